package org.zwfw.platform.api;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zwfw.platform.audit.Caller;
import org.zwfw.platform.ops.DecisionMetrics;
import org.zwfw.services.ServicesRequest;
import org.zwfw.services.ServicesResponse;
import org.zwfw.services.ServicesService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/decisions")
@Tag(name = "Decisions")
public record ServicesController(ServicesService service, DecisionMetrics metrics) {
    @Operation(summary = "Where may this matter be applied for (就近办), from which region (通办), wholly online (全程网办), "
            + "with what help (帮办代办, 上门服务), with reasons citing each clause",
            description = "400 names every bad field; 404 when the matter is not on the jurisdiction's catalog for asOf. "
                    + "Every answered decision is appended to the audit log (kind SERVICES).")
    @ApiResponse(responseCode = "200", description = "The services answer")
    @ApiResponse(responseCode = "400", description = "Bad input, each field named (application/problem+json)")
    @ApiResponse(responseCode = "404", description = "Matter not published by the jurisdiction on asOf (application/problem+json)")
    @PostMapping(path = "/services", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ServicesResponse services(@RequestBody(required = false) ServicesRequest request) {
        return metrics.time("SERVICES", request == null ? null : request.jurisdiction(),
                () -> service.decide(request, Caller.current()), r -> r.mayApplyHere() ? "MAY_APPLY_HERE" : "NOT_HERE");
    }
}
