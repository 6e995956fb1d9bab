package org.zwfw.policies;

import org.zwfw.policies.subject.Subject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;


import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * For a policy the subject did not match: the tier that came closest (fewest failed conditions), which conditions
 * failed and by how much. Read from the same decision-table rows the rules are compiled from; the rules alone decide
 * matches, this only explains the ones that did not happen.
 */
public final class NearMisses {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Failed(String attribute, String condition, Object value, Object threshold, Double by) {}

    public record NearMiss(String policy, String name, String tier, List<Failed> failed) {}

    private NearMisses() {}

    public static List<NearMiss> of(List<PolicyRows.Row> rows, Set<String> activeNotMatched, Subject s,
                                    PolicyTables tables) {
        List<NearMiss> out = new ArrayList<>();
        for (String policy : activeNotMatched.stream().sorted().toList()) {
            NearMiss best = null;
            for (PolicyRows.Row row : rows) {
                if (!policy.equals(row.policy())) {
                    continue;
                }
                List<Failed> failed = new ArrayList<>();
                for (PolicyRows.Condition c : row.conditions()) {
                    String attribute = c.column().attribute();
                    Object value = attribute.equals("type") ? s.getType() : s.get(attribute);
                    Object threshold = c.typedValue();
                    if (!holds(value, c.column().op(), threshold)) {
                        Double by = value instanceof Number v && threshold instanceof Number t
                                ? Math.abs(v.doubleValue() - t.doubleValue()) : null;
                        failed.add(new Failed(attribute, c.column().snippet().replace("$param", c.value()), value,
                                threshold, by));
                    }
                }
                Object tier = row.metadata().get("tier");
                NearMiss candidate = new NearMiss(policy, tables.policies().get(policy).name(),
                        tier == null ? null : tier.toString(), failed);
                if (best == null || failed.size() < best.failed().size()) {
                    best = candidate;
                }
            }
            if (best != null && !best.failed().isEmpty()) {
                out.add(best);
            }
        }
        out.sort(Comparator.comparingInt(n -> n.failed().size()));
        return out;
    }

    /** The condition as Drools reads it: an absent value never satisfies it. */
    static boolean holds(Object value, String op, Object threshold) {
        if (value == null) {
            return false;
        }
        if (value instanceof Number v && threshold instanceof Number t) {
            int c = Double.compare(v.doubleValue(), t.doubleValue());
            return switch (op) {
                case "<=" -> c <= 0;
                case ">=" -> c >= 0;
                case "<" -> c < 0;
                case ">" -> c > 0;
                case "==" -> c == 0;
                case "!=" -> c != 0;
                default -> false;
            };
        }
        boolean equal = value.toString().equals(threshold.toString());
        return switch (op) {
            case "==" -> equal;
            case "!=" -> !equal;
            default -> false;
        };
    }
}
