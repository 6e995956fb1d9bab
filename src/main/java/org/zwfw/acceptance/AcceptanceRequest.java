package org.zwfw.acceptance;

import java.util.List;

import org.zwfw.identity.Identifiers;

import org.zwfw.lawbook.vocabulary.FromVocabulary;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/decisions/acceptance} as intake systems send it. Values arrive as text and are
 * checked field by field, so every bad one can be named in the answer.
 */
@Schema(description = "An application to be accepted (受理)")
public record AcceptanceRequest(
        @Schema(example = "640100") String jurisdiction,
        @Schema(example = "YC-SPJY-001") String matterCode,
        @Schema(example = "2025-12-15") String asOf,
        String route,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Applicant applicant,
        @Schema(description = "Materials the applicant lists; a material of the matter not listed counts as MISSING")
        List<MaterialEntry> materials,
        @Schema(description = "The applicant's written 容缺 commitment to supplement listed materials; never read as a 告知承诺书 "
                + "(older clients' commitment.signed on the COMMITMENT route without commitmentLetter is read as the letter, never as both)")
        Commitment commitment,
        String channel,
        @Schema(description = "The day the agency received the materials, YYYY-MM-DD; default asOf (行政许可法 第三十二条（四）'s five days run from it)", format = "date")
        String receivedOn,
        @Schema(description = "The 告知承诺书 on the COMMITMENT route; replaces only what the 告知承诺事项清单 row lists")
        CommitmentLetter commitmentLetter,
        @Schema(description = "Materials the agency (the window) demanded of the applicant, as the intake system records "
                + "them: a material of the matter's guide by its code, anything else by its name. One outside the guide, "
                + "or a proof demanded again, is an unlawful demand where a text on file says so")
        List<DemandedEntry> demanded) implements org.zwfw.catalog.MatterRequest {

    /** The request without the materials the agency demanded. */
    public AcceptanceRequest(String jurisdiction, String matterCode, String asOf, String route, Applicant applicant,
                             List<MaterialEntry> materials, Commitment commitment, String channel, String receivedOn,
                             CommitmentLetter commitmentLetter) {
        this(jurisdiction, matterCode, asOf, route, applicant, materials, commitment, channel, receivedOn,
                commitmentLetter, null);
    }

    /** The request as older clients send it: no channel, no receipt date, no separate 告知承诺书. */
    public AcceptanceRequest(String jurisdiction, String matterCode, String asOf, String route, Applicant applicant,
                             List<MaterialEntry> materials, Commitment commitment) {
        this(jurisdiction, matterCode, asOf, route, applicant, materials, commitment, null, null, null);
    }

    @Schema(description = "The 告知承诺书: the applicant commits that it meets the conditions the commitment list names")
    public record CommitmentLetter(Boolean signed) {}

    @Schema(description = "The applicant")
    public record Applicant(
            @Schema(description = "An applicant type of the rules' vocabulary (vocabulary/applicant-types.csv)",
                    requiredMode = Schema.RequiredMode.REQUIRED)
                    @FromVocabulary(table = "applicant-types") String type,
            @Schema(description = "身份证号 (NATURAL_PERSON) or 统一社会信用代码 (LEGAL_PERSON), check digit verified", example = "91640100MA76A1B2CR", requiredMode = Schema.RequiredMode.REQUIRED) String id,
            @Schema(description = "Special groups: priority groups of the rules' vocabulary (vocabulary/priority-groups.csv)")
            @FromVocabulary(table = "priority-groups") List<String> groups) {
        /** Masked: frameworks log request bodies at DEBUG, cut short where a pattern could no longer find the id. */
        @Override
        public String toString() {
            return "Applicant[type=" + type + ", id=" + Identifiers.mask(id) + ", groups=" + groups + "]";
        }
    }

    @Schema(description = "One listed material")
    public record MaterialEntry(
            @Schema(example = "M01", requiredMode = Schema.RequiredMode.REQUIRED) String code,
            @Schema(description = "A material status of the rules' vocabulary (vocabulary/material-statuses.csv)",
                    requiredMode = Schema.RequiredMode.REQUIRED)
                    @FromVocabulary(table = "material-statuses") String status) {}

    @Schema(description = "One material the agency demanded: a material code of the matter, or the name of what was demanded")
    public record DemandedEntry(
            @Schema(example = "M05", description = "A material code of the matter's guide (materials.csv)") String code,
            @Schema(example = "无犯罪记录证明", description = "What was demanded, as the agency named it (when it has no code of the matter)") String name) {}

    @Schema(description = "The applicant's written 容缺 commitment: to supplement the missing tolerable materials by a date")
    public record Commitment(
            Boolean signed,
            @Schema(description = "Date by which the applicant commits to supplement", format = "date") String supplementBy) {}
}
