package org.zwfw.fees;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words a fee request and the fee tables share: an exemption row may only turn on a value a request can name,
 * so a misspelt value in a table is reported when the rules load instead of silently never matching.
 */
public final class FeeVocabulary {
    public static final Set<String> ENTERPRISE_SCALES = Set.of("LARGE", "MEDIUM", "SMALL", "MICRO");
    /** 住房类型: 商品住房, 廉租住房, 公共租赁住房, 经济适用住房, 棚户区改造安置住房, 其他. */
    public static final Set<String> HOUSING_TYPES =
            Set.of("COMMODITY", "LOW_RENT", "PUBLIC_RENTAL", "AFFORDABLE", "SHANTY_RESETTLEMENT", "OTHER");
    /** 登记原因: 同一权利人分割不动产, 同一权利人合并不动产, 其他. */
    public static final Set<String> REGISTRATION_REASONS = Set.of("SAME_HOLDER_PARTITION", "SAME_HOLDER_MERGER", "OTHER");
    /** 依据层级, highest first. */
    public static final List<String> BASIS_LEVELS =
            List.of("法律", "行政法规", "地方性法规", "部门规章", "地方政府规章", "规范性文件");

    /** The conditions an exemption or reduction row may turn on, and the values each accepts. */
    public static final Map<String, Set<String>> CONDITIONS = Map.of(
            "ENTERPRISE_SCALE", ENTERPRISE_SCALES,
            "HOUSING_TYPE", HOUSING_TYPES,
            "REGISTRATION_REASON", REGISTRATION_REASONS);
    /** An exemption of the first N units (第一本证书免收): no values, a free_units count. */
    public static final String FIRST_UNITS = "FIRST_UNITS";

    private FeeVocabulary() {}
}
