package org.zwfw.platform.api;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.zwfw.bundles.BundleRequest;
import org.zwfw.bundles.BundleResponse;
import org.zwfw.bundles.BundleService;
import org.zwfw.bundles.BundleView;
import org.zwfw.platform.audit.Caller;
import org.zwfw.platform.ops.DecisionMetrics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 一件事一次办: the published bundles and one application for a bundle, decided whole. */
@RestController
@Tag(name = "Bundles", description = "一件事一次办: matters handled as one application")
public record BundleController(BundleService service, DecisionMetrics metrics) {

    @Operation(summary = "The 一件事一次办 bundles a jurisdiction publishes: matters, materials (each asked once), promised time, source")
    @ApiResponse(responseCode = "404", description = "Unknown jurisdiction (application/problem+json, naming code)")
    @GetMapping("/api/v1/jurisdictions/{code}/bundles")
    public List<BundleView> bundles(@PathVariable String code) {
        return service.list(code);
    }

    @Operation(summary = "One published bundle")
    @ApiResponse(responseCode = "404", description = "Unknown jurisdiction or bundle (application/problem+json, naming code or bundleCode)")
    @GetMapping("/api/v1/jurisdictions/{code}/bundles/{bundleCode}")
    public BundleView bundle(@PathVariable String code, @PathVariable String bundleCode) {
        return service.one(code, bundleCode);
    }

    @Operation(summary = "Decide a 一件事一次办 application whole: each matter under its own rules, one notice, the bundle's due date",
            description = "400 names every bad field (materials[i].code must be a material of the bundle); 404 when the "
                    + "jurisdiction publishes no such bundle (naming bundleCode). Each matter's decision is appended to "
                    + "the audit log; a bundle accepted with deficiency or by commitment opens one case (caseId).")
    @ApiResponse(responseCode = "400", description = "Bad input, each field named (application/problem+json)")
    @ApiResponse(responseCode = "404", description = "Unknown bundle (application/problem+json, naming bundleCode)")
    @PostMapping(path = "/api/v1/decisions/bundle-acceptance", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public BundleResponse decide(@RequestBody(required = false) BundleRequest request) {
        return metrics.time("BUNDLE_ACCEPTANCE", request == null ? null : request.jurisdiction(),
                () -> service.decide(request, Caller.current()), BundleResponse::outcome);
    }
}
