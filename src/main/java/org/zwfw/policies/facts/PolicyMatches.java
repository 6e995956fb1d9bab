package org.zwfw.policies.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;
import org.zwfw.policies.subject.Subject;

/**
 * Collects what policy rows matched (a global of the session). A row's metadata says which policy and tier it is,
 * which attributes it tested, and its benefit: FIXED (amount per unit), PERCENTAGE (rate × a base attribute,
 * optionally capped) or TEXT (a benefit without an amount). Not thread-safe: one per session.
 */
public class PolicyMatches {

    /**
     * A table row's benefit and identity, read once from its rule's metadata (not per match): the policy, the tier,
     * the attributes it tested and how its benefit is computed.
     */
    public record Row(String policy, String tier, BenefitKind benefitKind, Double amount, String unit, Double rate,
                      String base, Double cap, String benefit, List<String> attributes) {

        /** The row of a rule's (or any engine's row) metadata. */
        public static Row of(Map<String, Object> m) {
            String attrs = text(m, "attributes");
            String kind = text(m, "benefitKind");
            return new Row(text(m, "policy"), text(m, "tier"), BenefitKind.of(kind), number(m, "amount"),
                    text(m, "unit"), number(m, "rate"), text(m, "base"), number(m, "cap"), text(m, "benefit"),
                    attrs == null ? List.of() : split(attrs));
        }

        /** This row's benefit for a subject that matched it. */
        public Match match(Subject s) {
            Double value = switch (benefitKind) {
                case FIXED -> amount;
                case PERCENTAGE -> {
                    Object b = base == null ? null : s.get(base);
                    if (!(b instanceof Number n) || rate == null) {
                        yield null;
                    }
                    double v = Math.round(n.doubleValue() * rate * 100.0) / 100.0;
                    yield cap == null ? v : Math.min(v, cap);
                }
                case TEXT -> null;
            };
            return new Match(s, this, value);
        }
    }

    /** How a row's benefit is worked out; a kind the tables do not know is treated as TEXT (no amount). */
    public enum BenefitKind {
        FIXED, PERCENTAGE, TEXT;

        static BenefitKind of(String kind) {
            return "FIXED".equals(kind) ? FIXED : "PERCENTAGE".equals(kind) ? PERCENTAGE : TEXT;
        }
    }

    /** One matched row for one subject, with the amount of its benefit for that subject (null: no amount). */
    public record Match(Subject subject, Row row, Double amount) {
        public String policy() { return row.policy(); }
        public String tier() { return row.tier(); }
        public String unit() { return row.unit(); }
        public String benefit() { return row.benefit(); }
        public List<String> attributes() { return row.attributes(); }
    }

    private final List<Match> matches = new ArrayList<>();
    /** Rows by rule, filled on first match: bounded by the rules of the rule base this session belongs to. */
    private final Map<Rule, Row> rows = new IdentityHashMap<>();
    /** Finds the subject of a matched fact (the Subject fact declared from the data dictionary). */
    private java.util.function.Function<Object, Subject> subjectOf = f -> (Subject) f;

    /** How the facts the rules match lead back to their subjects (set by the engine that inserts them). */
    public void subjectsBy(java.util.function.Function<Object, Subject> subjectOf) {
        this.subjectOf = subjectOf;
    }

    /** Called by a table row's action (classic DRL: {@code drools} is the rule context) with the matched fact. */
    public void add(RuleContext ctx, Object fact) {
        Subject s = subjectOf.apply(fact);
        Rule rule = ctx.getRule();
        Row row = rows.get(rule);
        if (row == null) {
            row = Row.of(rule.getMetaData());
            rows.put(rule, row);
        }
        matches.add(row.match(s));
    }

    /** Called by a table row's action in the executable model ({@code drools} is the model's consequence context). */
    public void add(org.drools.model.Drools drools, Object fact) {
        add((RuleContext) drools, fact);
    }

    /** The match of a row (its metadata, as a rule's {@code getMetaData()}) for a subject. */
    public static Match of(Map<String, Object> m, Subject s) {
        return Row.of(m).match(s);
    }

    private static final Pattern ATTRIBUTE_SEPARATOR = Pattern.compile("[,，\\s]+");

    private static List<String> split(String attrs) {
        return Arrays.stream(ATTRIBUTE_SEPARATOR.split(attrs)).filter(a -> !a.isBlank()).toList();
    }

    private static String text(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    private static Double number(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null || v.toString().isBlank()) {
            return null;
        }
        return v instanceof Number n ? n.doubleValue() : Double.valueOf(v.toString());
    }

    public List<Match> all() { return matches; }

    public void clear() { matches.clear(); }
}
