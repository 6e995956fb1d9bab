package org.zwfw.cases.facts;

import java.time.LocalDate;
import java.util.Set;

/**
 * Something that happens to a case on a date: READ (what state does it have on that date), SUPPLEMENT (materials
 * arrive: {@code materials} that meet the requirements, {@code nonConforming} ones handed in that do not), VERIFICATION
 * (a commitment checked: FULFILLED, NOT_FULFILLED, FALSE_COMMITMENT).
 */
public record CaseEvent(String kind, LocalDate date, Set<String> materials, String result, LocalDate rectifyBy,
                        Set<String> nonConforming) {

    public CaseEvent {
        materials = materials == null ? Set.of() : materials;
        nonConforming = nonConforming == null ? Set.of() : nonConforming;
    }

    /** An event with no material found not to meet the requirements. */
    public CaseEvent(String kind, LocalDate date, Set<String> materials, String result, LocalDate rectifyBy) {
        this(kind, date, materials, result, rectifyBy, Set.of());
    }

    public String getKind() { return kind; }
    public LocalDate getDate() { return date; }
    public Set<String> getMaterials() { return materials; }
    public String getResult() { return result; }
    public LocalDate getRectifyBy() { return rectifyBy; }
    public Set<String> getNonConforming() { return nonConforming; }

    /** No material handed in was found not to meet the requirements. */
    public boolean isConforming() { return nonConforming.isEmpty(); }

    /** True when the materials brought (meeting the requirements) cover every one still missing. */
    public boolean covers(Set<String> missing) { return materials.containsAll(missing); }
}
