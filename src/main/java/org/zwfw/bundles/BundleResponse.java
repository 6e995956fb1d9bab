package org.zwfw.bundles;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.zwfw.acceptance.AcceptanceResponse;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a bundle application (api.md "一件事一次办 — bundles"). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BundleResponse(
        @Schema(allowableValues = {"ACCEPT", "ACCEPT_WITH_DEFICIENCY", "APPROVE_BY_COMMITMENT", "NOTIFY_SUPPLEMENT", "REJECT"})
        String outcome,
        String bundleCode,
        String name,
        List<MatterDecision> matters,
        @Schema(description = "The one 一次告知 of the bundle: each bundle material to supplement once, with the matters that need it")
        Supplement supplement,
        @Schema(description = "The bundle's 承诺办结 date (its promised working days from asOf)", format = "date")
        LocalDate dueDate,
        List<AcceptanceResponse.Reason> reasons,
        @Schema(description = "The one case the ledger opened for the bundle (accepted with deficiency or by commitment)")
        String caseId,
        AcceptanceResponse.Ruleset ruleset,
        @Schema(description = "true when a date of the answer (the bundle's due date, or a date of one of its matters' answers) was counted past the last year of the holiday calendar on file, on the statutory holidays alone without that year's 调休 schedule (a reason names the missing year or the matter); absent otherwise. Recomputed once the schedule is on file.")
        Boolean provisional,
        @Schema(description = "The bundle's 法定办结 date: the earliest of its matters' legal dates (an interpretation entry the reason names); absent when none of its matters has one", format = "date")
        LocalDate legalDueDate) {

    /** One matter of the bundle, decided under its own rules. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MatterDecision(String matterCode, String name,
                                 @Schema(description = "Materials of this matter produced within the bundle: never asked of the applicant")
                                 List<WithinBundle> providedWithinBundle,
                                 AcceptanceResponse decision) {}

    public record WithinBundle(String code, String name, String producedBy) {}

    public record Supplement(List<Item> materials, @Schema(format = "date") LocalDate deadline) {}

    public record Item(String code, String name, @Schema(allowableValues = {"MISSING", "NOT_LEGAL_FORM"}) String problem,
                       List<String> matters) {}
}
