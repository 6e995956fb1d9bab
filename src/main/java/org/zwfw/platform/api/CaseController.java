package org.zwfw.platform.api;

import org.zwfw.cases.CaseService;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zwfw.acceptance.AcceptanceRequest;
import org.zwfw.platform.audit.Caller;
import org.zwfw.platform.ops.DecisionMetrics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "The ledger of decided applications and the life of 容缺 and 告知承诺 cases")
public record CaseController(CaseService service, DecisionMetrics metrics) {
    @Operation(summary = "Decide an acceptance request and open its case (every outcome is recorded)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public CaseService.Opened open(@RequestBody(required = false) AcceptanceRequest request) {
        return metrics.time("ACCEPTANCE", request == null ? null : request.jurisdiction(),
                () -> service.open(request, Caller.current()), o -> o.decision().outcome());
    }

    @Operation(summary = "The case as it stands on asOf (default today): a pending case past its deadline reads as its law says")
    @GetMapping("/{caseId}")
    public CaseService.View read(@PathVariable String caseId, @RequestParam(required = false) String asOf) {
        return service.read(caseId, asOf);
    }

    @Operation(summary = "Materials supplemented on a date; after the deadline → 409 naming it",
            description = "materials: codes handed in that meet the requirements; nonConforming: codes handed in that do "
                    + "not (银川市政务服务管理办法 第二十五条: 视为放弃申请; where the law in force is silent the material "
                    + "simply stays missing). A nonConforming code that is not a material of the case's matter is a 400 "
                    + "naming nonConforming[i].")
    @PostMapping(path = "/{caseId}/supplements", consumes = MediaType.APPLICATION_JSON_VALUE)
    public CaseService.View supplement(@PathVariable String caseId,
                                       @RequestBody(required = false) CaseService.SupplementInput in) {
        return service.supplement(caseId, in, Caller.current());
    }

    @Operation(summary = "A commitment verified: FULFILLED, NOT_FULFILLED (with rectifyBy) or FALSE_COMMITMENT")
    @PostMapping(path = "/{caseId}/verifications", consumes = MediaType.APPLICATION_JSON_VALUE)
    public CaseService.View verify(@PathVariable String caseId,
                                   @RequestBody(required = false) CaseService.VerificationInput in) {
        return service.verify(caseId, in, Caller.current());
    }
}
