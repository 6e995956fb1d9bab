package org.zwfw.governance.whatif;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.zwfw.lawbook.Instrument;
import org.zwfw.engine.RuleSet;

/**
 * One side of a what-if: a rule set, either as the law stands (each case under the instruments its manifests put in
 * force on its date) or with one instrument in force — a draft included — in place of the other instruments of its
 * jurisdiction, on every date. So {@code yinchuan-draft-2025} against {@code yinchuan-measures-2025} compares the two
 * texts for every 银川 case, whatever its date; cases elsewhere are decided as the law stands on both sides.
 */
public record WhatIfSide(String label, RuleSet ruleSet, Instrument inForce) {

    public static WhatIfSide asTheLawStands(String label, RuleSet rs) {
        return new WhatIfSide(label, rs, null);
    }

    /** The instrument of the rule set with this id or exact title. */
    public static Optional<Instrument> instrument(RuleSet rs, String idOrTitle) {
        return rs.instruments().stream()
                .filter(i -> i.id().equals(idOrTitle) || i.title().equals(idOrTitle))
                .findFirst();
    }

    /** The instruments a case of this chain and date is decided under on this side. */
    public List<Instrument> applying(List<String> chain, LocalDate date) {
        List<Instrument> law = ruleSet.applicable(chain, date);
        if (inForce == null || !chain.contains(inForce.jurisdiction())) {
            return law;
        }
        List<Instrument> out = new ArrayList<>(law.stream()
                .filter(i -> !i.jurisdiction().equals(inForce.jurisdiction())).toList());
        out.add(inForce);
        return out;
    }

    /** How the report names this side. */
    public Described describe() {
        return new Described(label, ruleSet.version(), inForce == null ? null : inForce.id(),
                inForce == null ? null : inForce.title(), inForce == null ? null : inForce.status().name());
    }

    public record Described(String label, String version, String instrument, String instrumentTitle,
                            String instrumentStatus) {}
}
