package org.zwfw.fees.facts;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One reduction row of fee-reductions.csv: the fee it reduces, the condition and values that meet it, and the share
 * of the standard still payable (0.5 for 减半收取), with its own legal basis.
 */
public record FeeReduction(String fee, String condition, Set<String> values, BigDecimal payableShare, String reason,
                           String basis, String basisLevel) implements FeeRelief {
    public BigDecimal getPayableShare() { return payableShare; }
}
