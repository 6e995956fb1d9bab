package org.zwfw.supervision;

import java.util.List;
import java.util.Set;

import org.zwfw.supervision.facts.ProcedureListing;
import org.zwfw.supervision.facts.UnifiedHandling;
import org.zwfw.supervision.facts.WarningPeriod;

/**
 * The supervision tables of a rule set: the warning periods beside the instruments that require warnings, and each
 * jurisdiction's published list of special procedures and its list of licence matters handled jointly.
 */
public record SupervisionTables(List<WarningPeriod> warningPeriods, List<ProcedureListing> procedures,
                                List<UnifiedHandling> unifiedHandling) {

    public static SupervisionTables empty() {
        return new SupervisionTables(List.of(), List.of(), List.of());
    }

    /** The matter's row of the unified / joint / concentrated handling list, published on the date, if any. */
    public List<UnifiedHandling> unifiedHandlingOf(String jurisdiction, String matterCode, java.time.LocalDate on) {
        return unifiedHandling.stream().filter(u -> u.jurisdiction().equals(jurisdiction)
                && u.matterCode().equals(matterCode) && !u.publishedFrom().isAfter(on)).toList();
    }

    /** The listed procedures of a matter, published on the date. */
    public List<ProcedureListing> proceduresOf(String jurisdiction, String matterCode, java.time.LocalDate on) {
        return procedures.stream().filter(p -> p.jurisdiction().equals(jurisdiction) && p.matterCode().equals(matterCode)
                && !p.publishedFrom().isAfter(on)).toList();
    }

    public List<WarningPeriod> warningPeriodsOf(Set<String> instrumentIds) {
        return warningPeriods.stream().filter(w -> instrumentIds.contains(w.instrument())).toList();
    }
}
