package org.zwfw.catalog;

import java.util.Collection;
import java.util.stream.Collectors;

import org.zwfw.lawbook.ListRef;

/**
 * A row of the 容缺受理事项清单: this material of this matter may be supplemented later, within so many working days.
 * {@code source}: which list, published by whom, from when (the answer shows it).
 */
public record ToleranceListing(String matterCode, String materialCode, int supplementDays, String source) {
    public static final String LIST = "容缺受理事项清单";

    public String getMatterCode() { return matterCode; }
    public String getMaterialCode() { return materialCode; }
    public int getSupplementDays() { return supplementDays; }
    public String getSource() { return source; }

    public ListRef ref() {
        return new ListRef(LIST, matterCode + "/" + materialCode, source);
    }

    /** The rows of the list the deficiencies are on, as one reference: {@code YC-SPJY-001/M05|M06}. */
    public static ListRef ref(String matterCode, Collection<?> deficiencies, Collection<?> rows) {
        String codes = deficiencies.stream().map(d -> ((org.zwfw.catalog.Coded) d).getCode()).sorted()
                .collect(Collectors.joining("|"));
        String source = rows.stream().map(r -> ((ToleranceListing) r).source()).filter(s -> s != null && !s.isBlank())
                .distinct().collect(Collectors.joining("；"));
        return new ListRef(LIST, matterCode + "/" + codes, source.isEmpty() ? null : source);
    }
}
