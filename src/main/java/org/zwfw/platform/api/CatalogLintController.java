package org.zwfw.platform.api;

import org.zwfw.lint.CatalogLintRequest;
import org.zwfw.lint.CatalogLintResponse;
import org.zwfw.lint.CatalogLintService;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/catalog")
@Tag(name = "Catalog")
public record CatalogLintController(CatalogLintService service) {
    @Operation(summary = "Lint a jurisdiction's published catalog (or an uploaded candidate) against the instruments in "
            + "force on asOf: every breach with its check and the article it breaches",
            description = "Checks 实施清单 / 办事指南 elements, material descriptions, catch-all wording (其他、有关), proofs "
                    + "off the retained list, materials obtainable by sharing still demanded, 承诺办结时限 beyond "
                    + "法定办结时限, 容缺 entries that are not materials of the matter or are main ones, fees without "
                    + "basis. 400 names every bad field (unknown jurisdiction, bad date, unreadable uploaded table).")
    @ApiResponse(responseCode = "200", description = "The breaches found (empty when the catalog is clean)")
    @ApiResponse(responseCode = "400", description = "Bad input, each field named (application/problem+json)")
    @PostMapping(path = "/lint", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public CatalogLintResponse lint(@RequestBody(required = false) CatalogLintRequest request) {
        return service.lint(request);
    }
}
