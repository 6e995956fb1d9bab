package org.zwfw.fees.facts;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One reduction row of fee-reductions.csv: the fee it reduces, the condition and values that meet it, and the share
 * of the standard still payable (0.5 for 减半收取), with its own legal basis.
 */
public record FeeReduction(String fee, String condition, Set<String> values, BigDecimal payableShare, String reason,
                           String basis, String basisLevel) {
    /** This reduction's row of the published 收费标准 (fee/condition), with its own basis as source. */
    public org.zwfw.lawbook.ListRef row() {
        return new org.zwfw.lawbook.ListRef(FeeStandard.LIST, fee + "/" + condition, basis);
    }

    public String getFee() { return fee; }
    public String getCondition() { return condition; }
    public Set<String> getValues() { return values; }
    public BigDecimal getPayableShare() { return payableShare; }
    public String getReason() { return reason; }
    public String getBasis() { return basis; }
    public String getBasisLevel() { return basisLevel; }
}
