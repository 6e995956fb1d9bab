package org.zwfw.platform.api;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zwfw.platform.audit.Caller;
import org.zwfw.platform.security.Role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Who the caller is: the name the audit log records and the role(s) the credential carries. The workbench reads it
 * after sign-in to show only the pages that role may use.
 */
@RestController
@Tag(name = "Credentials", description = "The caller as the service sees it")
public class MeController {
    public record Me(String caller, List<String> roles) {}

    @Operation(summary = "The caller's name and roles (intake, analyst, auditor, supervisor, admin)")
    @GetMapping("/api/v1/me")
    public Me me() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        List<String> roles = a == null ? List.of() : a.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .flatMap(auth -> java.util.Arrays.stream(Role.values()).filter(r -> r.authority().equals(auth)))
                .map(Role::label).distinct().toList();
        return new Me(Caller.current(), roles);
    }
}
