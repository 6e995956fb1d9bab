package org.zwfw.fees.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.kie.api.definition.type.ClassReactive;

/**
 * One fee the application incurs, as the rules shape it: the standard and the units charged, then whatever the
 * rules found — no sufficient legal basis ({@code lawful} false), a whole exemption, free units, a payable share.
 * The amount is only ever the standard times what the rules left payable; it holds no decision of its own.
 * Class-reactive: {@code payable} and {@code amountYuan} are derived, so any modify must re-evaluate every pattern
 * on the item (property reactivity would only wake patterns on the property a setter names).
 */
@ClassReactive
public class FeeItem {
    private final FeeStandard standard;
    private final int units;
    private int freeUnits;
    private boolean exempt;
    private boolean lawful = true;
    private boolean reduced;
    private BigDecimal payableShare = BigDecimal.ONE;

    public FeeItem(FeeStandard standard, int units) {
        this.standard = standard;
        this.units = units;
    }

    public FeeStandard getStandard() { return standard; }
    /** The standard's row of the published 收费标准. */
    public org.zwfw.lawbook.ListRef row() { return standard.row(); }
    public String getFee() { return standard.code(); }
    public String getName() { return standard.name(); }
    public String getUnit() { return standard.unit(); }
    public String getBasis() { return standard.basis(); }
    public String getBasisLevel() { return standard.basisLevel(); }
    public BigDecimal getStandardYuan() { return standard.amountYuan().setScale(2, RoundingMode.HALF_UP); }
    public int getUnits() { return units; }
    public int getFreeUnits() { return freeUnits; }
    public boolean isExempt() { return exempt; }
    public boolean isLawful() { return lawful; }
    public boolean isReduced() { return reduced; }
    public BigDecimal getPayableShare() { return payableShare; }

    /** Units left to pay for after the free ones. */
    public int getChargedUnits() { return Math.max(0, units - freeUnits); }

    /** What is payable for this fee, in yuan with 2 decimals. */
    public BigDecimal getAmountYuan() {
        if (!lawful || exempt) {
            return BigDecimal.ZERO.setScale(2);
        }
        return standard.amountYuan().multiply(BigDecimal.valueOf(getChargedUnits())).multiply(payableShare)
                .setScale(2, RoundingMode.HALF_UP);
    }

    /** Something is left to pay. */
    public boolean isPayable() { return getAmountYuan().signum() > 0; }

    public void setFreeUnits(int freeUnits) { this.freeUnits = freeUnits; }
    public void setExempt(boolean exempt) { this.exempt = exempt; }
    public void setLawful(boolean lawful) { this.lawful = lawful; }

    public void reduceTo(BigDecimal share) {
        this.payableShare = share;
        this.reduced = true;
    }
}
