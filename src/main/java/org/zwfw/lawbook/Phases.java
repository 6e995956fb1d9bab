package org.zwfw.lawbook;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The phases of each decision family, in the order they run, as {@code rules/phases.csv} lists them: a phase is a DRL
 * {@code ruleflow-group}, and a rule in a group that no row names would never fire, so the loader refuses it.
 */
public record Phases(Map<String, List<String>> byFamily) {

    /** The phases of a family in their order; empty when the table names no such family. */
    public List<String> of(String family) {
        return byFamily.getOrDefault(family, List.of());
    }

    /** The family a phase belongs to. */
    public Optional<String> familyOf(String phase) {
        return byFamily.entrySet().stream().filter(e -> e.getValue().contains(phase)).map(Map.Entry::getKey).findFirst();
    }
}
