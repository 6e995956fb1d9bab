package org.zwfw.policies.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.kie.api.runtime.rule.RuleContext;

/**
 * Collects what policy rows matched (a global of the session). A row's metadata says which policy and tier it is,
 * which attributes it tested, and its benefit: FIXED (amount per unit), PERCENTAGE (rate × a base attribute,
 * optionally capped) or TEXT (a benefit without an amount).
 */
public class PolicyMatches {

    /** One matched row for one subject. */
    public record Match(Subject subject, String policy, String tier, Double amount, String unit, String benefit,
                        List<String> attributes) {}

    private final List<Match> matches = new ArrayList<>();

    public void add(RuleContext ctx, Subject s) {
        matches.add(of(ctx.getRule().getMetaData(), s));
    }

    /** The match of a row (its metadata, as a rule's {@code getMetaData()}) for a subject: also used by other engines. */
    public static Match of(Map<String, Object> m, Subject s) {
        String kind = text(m, "benefitKind");
        Double amount = switch (kind == null ? "TEXT" : kind) {
            case "FIXED" -> number(m, "amount");
            case "PERCENTAGE" -> {
                Object base = s.get(text(m, "base"));
                Double rate = number(m, "rate");
                Double cap = number(m, "cap");
                if (!(base instanceof Number b) || rate == null) {
                    yield null;
                }
                double v = Math.round(b.doubleValue() * rate * 100.0) / 100.0;
                yield cap == null ? v : Math.min(v, cap);
            }
            default -> null;
        };
        String attrs = text(m, "attributes");
        return new Match(s, text(m, "policy"), text(m, "tier"), amount, text(m, "unit"), text(m, "benefit"),
                attrs == null ? List.of() : ATTRIBUTE_LISTS.computeIfAbsent(attrs, PolicyMatches::split));
    }

    /** A row's attribute list is split once, not per match (one entry per distinct list: bounded by the rows). */
    private static final Map<String, List<String>> ATTRIBUTE_LISTS = new ConcurrentHashMap<>();
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
