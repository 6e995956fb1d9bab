package org.zwfw.fees.facts;

import java.util.Set;

/**
 * One exemption row of fee-exemptions.csv: the fee it exempts, the condition it turns on and the values that meet
 * it (ENTERPRISE_SCALE: SMALL|MICRO; HOUSING_TYPE: LOW_RENT|…), or FIRST_UNITS with the number of units that are
 * free (第一本证书免收), each with its own legal basis.
 */
public record FeeExemption(String fee, String condition, Set<String> values, int freeUnits, String reason,
                           String basis, String basisLevel) implements FeeRelief {
    public int getFreeUnits() { return freeUnits; }
}
