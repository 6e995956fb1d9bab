package org.zwfw.platform.api;

import org.zwfw.fees.FeeRequest;
import org.zwfw.fees.FeeResponse;
import org.zwfw.fees.FeeService;
import org.zwfw.services.ServicesRequest;
import org.zwfw.services.ServicesResponse;
import org.zwfw.services.ServicesService;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.zwfw.platform.audit.Caller;
import org.zwfw.platform.ops.DecisionMetrics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The decisions about a matter besides its acceptance: what it costs (收费) and where, how and with what help it is
 * handled (就近办, 通办, 全程网办, 帮办代办, 上门服务). Each answer is timed by family and outcome, and logged by its service;
 * either answers 400 naming every bad field, and 404 when the matter is not on the jurisdiction's catalog for asOf.
 */
@RestController
@RequestMapping("/api/v1/decisions")
@Tag(name = "Decisions")
@ApiResponse(responseCode = "400", description = "Bad input, each field named (application/problem+json)")
@ApiResponse(responseCode = "404", description = "Matter not published by the jurisdiction on asOf (application/problem+json)")
public record MatterDecisionsController(FeeService fees, ServicesService services, DecisionMetrics metrics) {
    @Operation(summary = "What must this applicant pay for the matter, and what is waived (收费), with reasons citing each clause",
            description = "Every answered decision is appended to the audit log (kind FEE, outcome = total in yuan).")
    @ApiResponse(responseCode = "200", description = "The fee answer")
    @PostMapping(path = "/fee", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public FeeResponse fee(@RequestBody(required = false) FeeRequest request) {
        return metrics.time("FEE", request == null ? null : request.jurisdiction(),
                () -> fees.decide(request, Caller.current()), DecisionMetrics::feeOutcome);
    }

    @Operation(summary = "Where may this matter be applied for (就近办), from which region (通办), wholly online (全程网办), "
            + "with what help (帮办代办, 上门服务), with reasons citing each clause",
            description = "Every answered decision is appended to the audit log (kind SERVICES).")
    @ApiResponse(responseCode = "200", description = "The services answer")
    @PostMapping(path = "/services", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ServicesResponse services(@RequestBody(required = false) ServicesRequest request) {
        return metrics.time("SERVICES", request == null ? null : request.jurisdiction(),
                () -> services.decide(request, Caller.current()), r -> r.mayApplyHere() ? "MAY_APPLY_HERE" : "NOT_HERE");
    }
}
