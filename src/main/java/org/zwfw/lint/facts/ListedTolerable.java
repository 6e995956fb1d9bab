package org.zwfw.lint.facts;

/** A row of the catalog's 容缺受理事项清单 (tolerance-list.csv), read as written. */
public record ListedTolerable(String matterCode, String materialCode) {
    public String getMatterCode() { return matterCode; }
    public String getMaterialCode() { return materialCode; }
}
