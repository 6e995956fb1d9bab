package org.zwfw.platform.api;

import org.zwfw.acceptance.AcceptanceRequest;
import org.zwfw.acceptance.AcceptanceResponse;
import org.zwfw.acceptance.AcceptanceService;

import org.springframework.http.MediaType;
import org.zwfw.platform.audit.Caller;
import org.zwfw.platform.ops.DecisionMetrics;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/decisions")
@Tag(name = "Decisions", description = "May this application be accepted?")
public record AcceptanceController(AcceptanceService service, DecisionMetrics metrics) {
    @Operation(summary = "Decide whether an application is accepted (受理), with reasons citing each clause")
    @PostMapping(path = "/acceptance", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public AcceptanceResponse acceptance(@RequestBody(required = false) AcceptanceRequest request) {
        return metrics.time("ACCEPTANCE", request == null ? null : request.jurisdiction(),
                () -> service.decide(request, Caller.current()), AcceptanceResponse::outcome);
    }
}
