package org.zwfw.cases.facts;

import java.time.LocalDate;
import java.util.Set;

/**
 * Something that happens to a case on a date: READ (what state does it have on that date), SUPPLEMENT (materials
 * arrive), VERIFICATION (a commitment checked: FULFILLED, NOT_FULFILLED, FALSE_COMMITMENT).
 */
public record CaseEvent(String kind, LocalDate date, Set<String> materials, String result, LocalDate rectifyBy) {
    public String getKind() { return kind; }
    public LocalDate getDate() { return date; }
    public Set<String> getMaterials() { return materials; }
    public String getResult() { return result; }
    public LocalDate getRectifyBy() { return rectifyBy; }

    /** True when the materials brought cover every one still missing. */
    public boolean covers(Set<String> missing) { return materials.containsAll(missing); }
}
