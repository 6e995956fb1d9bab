package org.zwfw.acceptance.facts;

import org.zwfw.catalog.ToleranceListing;

import java.util.List;

/**
 * Derived once per decision (rule national.facts.only-tolerable-missing): something is missing, no main material is,
 * and every missing material is on the 容缺受理事项清单 for the matter — "仅欠缺可容缺受理材料" in the words of 新乡
 * 第二十条. Carries what the 容缺 rules need: the items to supplement, the list rows they are on, and the shortest
 * period the list publishes for them (working days). Never a reason of the answer by itself.
 */
public record OnlyTolerableMissing(String matterCode, List<Deficiency> deficiencies, List<ToleranceListing> rows,
                                   int listDays) {
    public OnlyTolerableMissing {
        deficiencies = List.copyOf(deficiencies);
        rows = List.copyOf(rows);
    }

    public String getMatterCode() { return matterCode; }
    public List<Deficiency> getDeficiencies() { return deficiencies; }
    public List<ToleranceListing> getRows() { return rows; }
    public int getListDays() { return listDays; }

    /** The list rows the missing materials are on, as the answer cites them. */
    public org.zwfw.lawbook.ListRef ref() {
        return ToleranceListing.ref(matterCode, deficiencies, rows);
    }
}
