package org.zwfw.fees;

import java.util.List;
import java.util.Map;

/**
 * The words a fee request and the fee tables share. The values of each condition an exemption or reduction row may
 * turn on are data ({@value #CONDITIONS_TABLE}): a misspelt value in a relief table is reported when the rules load
 * instead of silently never matching, and a new value (a housing type) is a row there, with no Java change. Which
 * request field carries each condition is the API's and stays here.
 */
public final class FeeVocabulary {
    /** The values of each condition: {@code condition,code,label,meaning}. */
    public static final String CONDITIONS_TABLE = "vocabulary/fee-conditions.csv";
    public static final String ENTERPRISE_SCALE = "ENTERPRISE_SCALE";
    public static final String HOUSING_TYPE = "HOUSING_TYPE";
    public static final String REGISTRATION_REASON = "REGISTRATION_REASON";
    /** The request field that carries each condition a relief row may turn on. */
    public static final Map<String, String> REQUEST_FIELDS = Map.of(
            ENTERPRISE_SCALE, "applicant.enterpriseScale",
            HOUSING_TYPE, "housingType",
            REGISTRATION_REASON, "registrationReason");
    /** 依据层级, highest first. */
    public static final List<String> BASIS_LEVELS =
            List.of("法律", "行政法规", "地方性法规", "部门规章", "地方政府规章", "规范性文件");
    /** An exemption of the first N units (第一本证书免收): no values, a free_units count. */
    public static final String FIRST_UNITS = "FIRST_UNITS";

    private FeeVocabulary() {}
}
