package org.zwfw.lawbook;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every interpretation register of a rule set, by entry id, and which entries no rule names (validate reports them:
 * a reading nothing relies on is either stale or a rule forgot to name it).
 */
public record Interpretations(Map<String, Interpretation> byId, List<Interpretation> unused) {

    public Optional<Interpretation> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entries of one instrument, in register order. */
    public List<Interpretation> of(String instrumentId) {
        return byId.values().stream().filter(i -> i.instrument().equals(instrumentId))
                .sorted(java.util.Comparator.comparing(Interpretation::file).thenComparingInt(Interpretation::line))
                .toList();
    }
}
