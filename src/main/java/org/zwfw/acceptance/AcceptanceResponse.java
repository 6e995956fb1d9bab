package org.zwfw.acceptance;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to an acceptance request, field names as api.md fixes them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AcceptanceResponse(
        @Schema(allowableValues = {"ACCEPT", "ACCEPT_WITH_DEFICIENCY", "APPROVE_BY_COMMITMENT", "NOTIFY_SUPPLEMENT", "REJECT"})
        String outcome,
        boolean completedOnTheSpot,
        @Schema(description = "承诺办结 date for an accepted case", format = "date") LocalDate dueDate,
        Supplement supplement,
        List<WaivedMaterial> waived,
        List<UnlawfulDemand> unlawfulDemands,
        boolean priorityService,
        List<Reason> reasons,
        Ruleset ruleset,
        @Schema(description = "法定办结 date for an accepted case (行政许可法 第四十二条 for a licence, else the catalog's legal_days)", format = "date")
        LocalDate legalDueDate,
        @Schema(description = "The written notice owed and, for a licence's 一次告知, the date by which it is owed (行政许可法 第三十二条（四）)")
        Notice notice,
        @Schema(description = "What the law on file does not reconcile in this answer (e.g. a supplement deadline after the due date); empty when none")
        List<Conflict> conflicts,
        @Schema(description = "true when a date of the answer was counted past the last year of the holiday calendar on file, on the statutory holidays alone without that year's 调休 schedule (a reason names the missing year); absent otherwise. Recomputed once the schedule is on file.")
        Boolean provisional,
        @Schema(description = "For APPROVE_BY_COMMITMENT: the verification (核查) the 告知承诺事项清单 row requires after the decision — dueDate, days and dayKind (CALENDAR or WORKING) as the row states them, method; dueDate null where the row states no time limit")
        Verification verification) {

    /** The verification duty of a 告知承诺 approval (domain.md §3), as the list row states it. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Verification(@Schema(format = "date") LocalDate dueDate, Integer days,
                               @Schema(allowableValues = {"CALENDAR", "WORKING"}) String dayKind, String method) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Notice(@Schema(example = "一次性告知书") String kind, @Schema(format = "date") LocalDate by,
                         @Schema(allowableValues = {"DEEMED_ACCEPTED"}) String ifLate) {}

    public record Conflict(String code, String text) {}

    public record Supplement(List<Item> materials, LocalDate deadline,
                             @Schema(allowableValues = {"WITHDRAWN", "ABANDONED", "NONE"}) String lateConsequence) {}

    public record Item(String code, String name, @Schema(allowableValues = {"MISSING", "NOT_LEGAL_FORM"}) String problem) {}

    public record WaivedMaterial(String code, String name, @Schema(allowableValues = {"E_LICENSE", "DATA_SHARING"}) String via) {}

    public record UnlawfulDemand(String code, String name, String problem) {}

    /**
     * One rule that shaped the answer, with what it rests on (domain.md §0): {@code basis} TEXT (the article's words),
     * LIST (the agency's published list: {@code list}) or INTERPRETATION (a recorded reading: {@code interpretation});
     * {@code list} and {@code interpretation} are attached whenever the rule used them; {@code discretionary} where the
     * text leaves the conclusion to the agency.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reason(String rule, String clause, String text,
                         @Schema(allowableValues = {"TEXT", "LIST", "INTERPRETATION"}) String basis,
                         ListRow list,
                         @Schema(description = "The interpretation register entry the rule relies on (the first, if several)") String interpretation,
                         @Schema(description = "Every interpretation register entry the rule relies on, when more than one") List<String> interpretations,
                         boolean discretionary) {

        public static Reason of(String rule, String clause, String text, String basis,
                                org.zwfw.lawbook.ListRef list, List<String> interpretations, boolean discretionary) {
            return new Reason(rule, clause, text, basis,
                    list == null ? null : new ListRow(list.name(), list.row(), list.source()),
                    interpretations == null || interpretations.isEmpty() ? null : interpretations.get(0),
                    interpretations == null || interpretations.size() < 2 ? null : List.copyOf(interpretations),
                    discretionary);
        }
    }

    /** The row of a published list a reason rests on or reads: which list, which row, and the list's source. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ListRow(String name, String row, String source) {}

    public record Ruleset(String version, List<String> jurisdictions, List<String> instruments) {}
}
