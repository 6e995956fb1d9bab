package org.zwfw.platform.api;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.zwfw.platform.audit.Caller;
import org.zwfw.supervision.ClockService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Supervision", description = "The case clock (domain.md §7): due soon, overdue, lawful extensions, completion")
public record SupervisionController(ClockService clock) {

    @Operation(summary = "Open cases on the clock on asOf (default today), by status DUE_SOON or OVERDUE",
            description = "Each case with its promisedDueDate and legalDueDate as they stood on asOf, workingDaysLeft "
                    + "(to the promised date, negative when past), legalWorkingDaysLeft, overdue (NONE | PROMISED | "
                    + "LEGAL), overdueSince, the clause of each limit and the reasons. A 告知承诺 approval is listed "
                    + "until a verification is recorded, with verification (dueDate from its 告知承诺事项清单 row, null "
                    + "where the row states no limit; daysLeft in the row's CALENDAR or WORKING days; overdueSince); an "
                    + "overdue verification makes status OVERDUE. A 一件事 case (matterCode: the bundle's code) has "
                    + "the bundle's promised date and its earliest matter's legal date. DUE_SOON only where a warning "
                    + "period is on file (西安 第三十三条). Filters: jurisdiction, matterCode, acceptedFrom/acceptedTo "
                    + "(the date of acceptance). Paged by promised date: size (default 500, at most 5000) cases read per "
                    + "page; the answer's nextCursor, passed as cursor, asks for the next page (null on the last). A "
                    + "page may hold fewer than size cases (closed ones, or not of the status asked) and still have a "
                    + "nextCursor.")
    @GetMapping("/api/v1/supervision/cases")
    public ClockService.CaseList cases(@ParameterObject ClockService.CaseQuery query) {
        return clock.list(query);
    }

    @Operation(summary = "Extend the legal time limit (the promise never moves); not allowed → 409 naming the clause",
            description = "行政许可法 第四十二条: a licence once, by at most 10 working days, dated before the legal date "
                    + "passes, approvedBy AGENCY_HEAD, the reason told to the applicant (applicantToldOn).")
    @PostMapping(path = "/api/v1/cases/{caseId}/extensions", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ClockService.CaseClock extend(@PathVariable String caseId,
                                         @RequestBody(required = false) ClockService.ExtensionInput in) {
        return clock.extend(caseId, in, Caller.current());
    }

    @Operation(summary = "A special procedure held during the case (现场勘验、技术审查、听证论证…); not listed → 409 naming the clause",
            description = "新乡 第十八条: special procedures are managed by a published list with their own time limits; "
                    + "whether their days count toward the case's limits is the list row's to say. kind: the list's "
                    + "code (e.g. ON_SITE_INSPECTION); from, to: the procedure's first and last day.")
    @PostMapping(path = "/api/v1/cases/{caseId}/procedures", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ClockService.CaseClock procedure(@PathVariable String caseId,
                                            @RequestBody(required = false) ClockService.ProcedureInput in) {
        return clock.procedure(caseId, in, Caller.current());
    }

    @Operation(summary = "The case completed on date (西安 第十八条: when the licence or approval is issued) → COMPLETED")
    @PostMapping(path = "/api/v1/cases/{caseId}/completion", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ClockService.CaseClock complete(@PathVariable String caseId,
                                           @RequestBody(required = false) ClockService.CompletionInput in) {
        return clock.complete(caseId, in, Caller.current());
    }
}
