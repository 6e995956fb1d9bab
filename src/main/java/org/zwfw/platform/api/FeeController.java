package org.zwfw.platform.api;

import org.zwfw.fees.FeeRequest;
import org.zwfw.fees.FeeResponse;
import org.zwfw.fees.FeeService;

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

@RestController
@RequestMapping("/api/v1/decisions")
@Tag(name = "Decisions")
public record FeeController(FeeService service, DecisionMetrics metrics) {
    @Operation(summary = "What must this applicant pay for the matter, and what is waived (收费), with reasons citing each clause",
            description = "400 names every bad field; 404 when the matter is not on the jurisdiction's catalog for asOf. "
                    + "Every answered decision is appended to the audit log (kind FEE, outcome = total in yuan).")
    @ApiResponse(responseCode = "200", description = "The fee answer")
    @ApiResponse(responseCode = "400", description = "Bad input, each field named (application/problem+json)")
    @ApiResponse(responseCode = "404", description = "Matter not published by the jurisdiction on asOf (application/problem+json)")
    @PostMapping(path = "/fee", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public FeeResponse fee(@RequestBody(required = false) FeeRequest request) {
        return metrics.time("FEE", request == null ? null : request.jurisdiction(),
                () -> service.decide(request, Caller.current()), DecisionMetrics::feeOutcome);
    }
}
