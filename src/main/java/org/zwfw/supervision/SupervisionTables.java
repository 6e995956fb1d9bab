package org.zwfw.supervision;

import java.util.List;
import java.util.Set;

import org.zwfw.supervision.facts.WarningPeriod;

/** The supervision tables of a rule set: the warning periods beside the instruments that require warnings. */
public record SupervisionTables(List<WarningPeriod> warningPeriods) {

    public static SupervisionTables empty() {
        return new SupervisionTables(List.of());
    }

    public List<WarningPeriod> warningPeriodsOf(Set<String> instrumentIds) {
        return warningPeriods.stream().filter(w -> instrumentIds.contains(w.instrument())).toList();
    }
}
