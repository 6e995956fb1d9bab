package org.zwfw.acceptance.facts;

/** A row of the 容缺受理事项清单: this material of this matter may be supplemented later, within so many working days. */
public record ToleranceListing(String matterCode, String materialCode, int supplementDays) {
    public String getMatterCode() { return matterCode; }
    public String getMaterialCode() { return materialCode; }
    public int getSupplementDays() { return supplementDays; }
}
