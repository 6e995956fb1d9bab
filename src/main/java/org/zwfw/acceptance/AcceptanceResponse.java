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
        Ruleset ruleset) {

    public record Supplement(List<Item> materials, LocalDate deadline,
                             @Schema(allowableValues = {"WITHDRAWN", "ABANDONED", "NONE"}) String lateConsequence) {}

    public record Item(String code, String name, @Schema(allowableValues = {"MISSING", "NOT_LEGAL_FORM"}) String problem) {}

    public record WaivedMaterial(String code, String name, @Schema(allowableValues = {"E_LICENSE", "DATA_SHARING"}) String via) {}

    public record UnlawfulDemand(String code, String name, String problem) {}

    public record Reason(String rule, String clause, String text) {}

    public record Ruleset(String version, List<String> jurisdictions, List<String> instruments) {}
}
