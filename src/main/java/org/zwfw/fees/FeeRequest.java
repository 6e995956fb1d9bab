package org.zwfw.fees;

import java.util.List;

import org.zwfw.identity.Identifiers;

import org.zwfw.lawbook.vocabulary.FromVocabulary;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/decisions/fee}. Values arrive as text and are checked field by field, so every bad
 * one can be named in the answer.
 */
@Schema(description = "What must this applicant pay for this matter, and what is waived?")
public record FeeRequest(
        @Schema(example = "640100") String jurisdiction,
        @Schema(example = "YC-BDC-003") String matterCode,
        @Schema(example = "2026-01-15") String asOf,
        @Schema(description = "Where the application is made: WINDOW (an offline counter, default) or ONLINE. The counter's "
                + "payment methods (现金、银行卡、电子支付) are owed only offline (银川 第三十三条, 新乡 第二十九条: 线下办理时)",
                defaultValue = "WINDOW")
        String channel,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Applicant applicant,
        @Schema(description = "How many certificates are issued, where a fee depends on it (1..99)", example = "1", defaultValue = "1")
        Integer certificates,
        @Schema(description = "Optional. 住房类型 of the property registered, where an exemption turns on it: a HOUSING_TYPE "
                + "of the rules' fee vocabulary (vocabulary/fee-conditions.csv: COMMODITY 商品住房, LOW_RENT 廉租住房, …)")
                @FromVocabulary(table = "fee-conditions", condition = "HOUSING_TYPE")
        String housingType,
        @Schema(description = "Optional. 登记原因, where a reduction turns on it: a REGISTRATION_REASON of the rules' fee "
                + "vocabulary (SAME_HOLDER_PARTITION / SAME_HOLDER_MERGER: 同一权利人因分割、合并不动产申请变更登记, OTHER)")
                @FromVocabulary(table = "fee-conditions", condition = "REGISTRATION_REASON")
        String registrationReason) implements org.zwfw.catalog.MatterRequest {

    @Schema(name = "FeeApplicant", description = "The applicant")
    public record Applicant(
            @Schema(description = "An applicant type of the rules' vocabulary (vocabulary/applicant-types.csv)",
                    requiredMode = Schema.RequiredMode.REQUIRED)
                    @FromVocabulary(table = "applicant-types") String type,
            @Schema(description = "身份证号 (NATURAL_PERSON) or 统一社会信用代码 (LEGAL_PERSON), check digit verified", example = "91640100MA76A1B2CR", requiredMode = Schema.RequiredMode.REQUIRED) String id,
            @Schema(description = "企业规模: an ENTERPRISE_SCALE of the rules' fee vocabulary (小微企业 = SMALL or MICRO); "
                    + "个体工商户 count as 小微企业")
                    @FromVocabulary(table = "fee-conditions", condition = "ENTERPRISE_SCALE") String enterpriseScale,
            @Schema(description = "Special groups: priority groups of the rules' vocabulary (vocabulary/priority-groups.csv)")
            @FromVocabulary(table = "priority-groups") List<String> groups) {
        /** Masked: frameworks log request bodies at DEBUG, cut short where a pattern could no longer find the id. */
        @Override
        public String toString() {
            return "Applicant[type=" + type + ", id=" + Identifiers.mask(id) + ", enterpriseScale=" + enterpriseScale
                    + ", groups=" + groups + "]";
        }
    }
}
