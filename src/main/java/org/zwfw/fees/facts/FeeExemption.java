package org.zwfw.fees.facts;

import java.util.Set;

/**
 * One exemption row of fee-exemptions.csv: the fee it exempts, the condition it turns on and the values that meet
 * it (ENTERPRISE_SCALE: SMALL|MICRO; HOUSING_TYPE: LOW_RENT|…), or FIRST_UNITS with the number of units that are
 * free (第一本证书免收), each with its own legal basis.
 */
public record FeeExemption(String fee, String condition, Set<String> values, int freeUnits, String reason,
                           String basis, String basisLevel) {
    /** This exemption's row of the published 收费标准 (fee/condition), with its own basis as source. */
    public org.zwfw.lawbook.ListRef row() {
        return new org.zwfw.lawbook.ListRef(FeeStandard.LIST, fee + "/" + condition, basis);
    }

    public String getFee() { return fee; }
    public String getCondition() { return condition; }
    public Set<String> getValues() { return values; }
    public int getFreeUnits() { return freeUnits; }
    public String getReason() { return reason; }
    public String getBasis() { return basis; }
    public String getBasisLevel() { return basisLevel; }
}
