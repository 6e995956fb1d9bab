package org.zwfw.services;

import java.util.List;

import org.zwfw.identity.Identifiers;

import org.zwfw.lawbook.vocabulary.FromVocabulary;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/decisions/services} (api.md "Where, how and with what help"). Values arrive as text
 * and are checked field by field, so every bad one can be named in the answer.
 */
@Schema(description = "Where may this matter be applied for, from which region, wholly online, and with what help?",
        example = ServicesRequest.EXAMPLE)
public record ServicesRequest(
        String jurisdiction,
        String matterCode,
        String asOf,
        String channel,
        @Schema(description = "Where the application is made; default the 政务服务中心 (CENTER)") Place place,
        @Schema(description = "行政区划代码 (6 digits) where the applicant is, for 通办", example = "640104") String applicantRegion,
        Applicant applicant,
        Project project) implements org.zwfw.catalog.MatterRequest {
    /**
     * The documented example, whole: a 新乡 个体工商户 registration asked about at a village station by an applicant in
     * 宁夏 (docs/intake-api.md shows its answer). Per-field examples cannot keep a place, a region and a matter consistent.
     */
    public static final String EXAMPLE = """
            {"jurisdiction": "410700", "matterCode": "XX-GTGS-004", "asOf": "2026-01-15", "channel": "ONLINE",
             "place": {"level": "VILLAGE"}, "applicantRegion": "640104"}""";

    @Schema(description = "The place of application")
    public record Place(
            @Schema(description = "CENTER 政务服务中心, TOWNSHIP 乡镇（街道）便民服务中心, VILLAGE 村（社区）便民服务站",
                    allowableValues = {"CENTER", "TOWNSHIP", "VILLAGE"}, defaultValue = "CENTER") String level,
            @Schema(description = "行政区划代码 of the place (6 to 12 digits, within the jurisdiction)", example = "410702001") String code) {}

    @Schema(name = "ServicesApplicant", description = "The applicant (optional)")
    public record Applicant(
            @Schema(description = "An applicant type of the rules' vocabulary (vocabulary/applicant-types.csv)")
            @FromVocabulary(table = "applicant-types")
            String type,
            @Schema(description = "身份证号 or 统一社会信用代码, check digit verified", example = "91410700MA47D3E4F1") String id,
            @Schema(description = "Special groups: priority groups of the rules' vocabulary (vocabulary/priority-groups.csv)")
            @FromVocabulary(table = "priority-groups")
            List<String> groups,
            @Schema(description = "确实行动不便: cannot come to the centre (上门服务)", defaultValue = "false") Boolean mobilityImpaired) {
        /** Masked: frameworks log request bodies at DEBUG. */
        @Override
        public String toString() {
            return "Applicant[type=" + type + ", id=" + Identifiers.mask(id) + ", groups=" + groups
                    + ", mobilityImpaired=" + mobilityImpaired + "]";
        }
    }

    @Schema(description = "The investment project the application belongs to, if any (帮办代办)")
    public record Project(
            @Schema(description = "KEY_INVESTMENT 重点投资建设项目, MAJOR_ATTRACTED_INVESTMENT 招商引资的重大项目, TECH_INNOVATION "
                    + "科技创新类, STATE_ENCOURAGED 国家鼓励类; OTHER_INVESTMENT another kind of 投资建设项目 (the text's “等”)")
            List<String> kinds) {}
}
