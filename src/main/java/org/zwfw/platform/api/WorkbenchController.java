package org.zwfw.platform.api;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The analysts' workbench (docs/workbench.md): static pages in the jar under {@code static/workbench/}; both
 * {@code /workbench} and {@code /workbench/} open its page. The page itself is open, every call it makes carries the
 * caller's bearer token.
 */
@Controller
@Hidden
public class WorkbenchController {
    @GetMapping({"/workbench", "/workbench/"})
    public String page() {
        return "forward:/workbench/index.html";
    }
}
