package org.zwfw.services.facts;

/**
 * Where the applicant is, seen from the jurisdiction (a helper fact the engine derives from the 行政区划代码, never a
 * decision): {@code LOCAL} within the jurisdiction; {@code SAME_CITY} another county of the same 设区的市 (only for a
 * county-level jurisdiction); {@code SAME_PROVINCE} elsewhere in the same 省/自治区; {@code OTHER_PROVINCE} another one.
 */
public record RegionRelation(String region, String relation) {
    public static final String LOCAL = "LOCAL";
    public static final String SAME_CITY = "SAME_CITY";
    public static final String SAME_PROVINCE = "SAME_PROVINCE";
    public static final String OTHER_PROVINCE = "OTHER_PROVINCE";

    public String getRegion() { return region; }
    public String getRelation() { return relation; }

    /**
     * The relation of {@code region} to the jurisdiction whose chain (国家 → 省 → 市 → 区) is given: the digits of a
     * 行政区划代码 that mark a province (2), a city (4) or a county (6) are compared.
     */
    public static RegionRelation of(java.util.List<String> chain, String region) {
        String j = chain.get(chain.size() - 1);
        int significant = switch (chain.size()) {
            case 1 -> 0;
            case 2 -> 2;
            case 3 -> 4;
            default -> 6;
        };
        String relation;
        if (region.startsWith(j.substring(0, significant))) {
            relation = LOCAL;
        } else if (significant == 6 && region.startsWith(j.substring(0, 4))) {
            relation = SAME_CITY;
        } else if (region.startsWith(j.substring(0, 2))) {
            relation = SAME_PROVINCE;
        } else {
            relation = OTHER_PROVINCE;
        }
        return new RegionRelation(region, relation);
    }
}
