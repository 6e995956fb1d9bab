package org.zwfw.fees.facts;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One published fee standard (收费项目和标准) of fee-standards.csv, with its legal basis and the level of that basis
 * (法律, 行政法规, 部门规章, 规范性文件 …). {@code chargedPer}: CASE (once per matter, 件) or CERTIFICATE (per
 * certificate issued, 本). {@code chargedWith}: the fee codes of matters this fee is charged together with (the
 * 证书工本费 goes with the 登记费), so no matter needs to name it.
 */
public record FeeStandard(String jurisdiction, String code, String name, String unit, BigDecimal amountYuan,
                          String chargedPer, Set<String> chargedWith, String basis, String basisLevel) {

    public static final String CASE = "CASE";
    public static final String CERTIFICATE = "CERTIFICATE";
    /** The name of the published list every fee, exemption and reduction row belongs to. */
    public static final String LIST = "收费标准";

    /** How many units of this fee one application incurs: one per case, or one per certificate issued. */
    public int unitsFor(int certificates) {
        return CERTIFICATE.equals(chargedPer) ? certificates : 1;
    }

    /** This standard's row of the published 收费标准: its fee code, with the normative document that sets it as source. */
    public org.zwfw.lawbook.ListRef row() {
        return new org.zwfw.lawbook.ListRef(LIST, code, basis);
    }

    // Getters in bean style for DRL constraints.
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getUnit() { return unit; }
    public BigDecimal getAmountYuan() { return amountYuan; }
    public String getChargedPer() { return chargedPer; }
    public Set<String> getChargedWith() { return chargedWith; }
    public String getBasis() { return basis; }
    public String getBasisLevel() { return basisLevel; }
}
