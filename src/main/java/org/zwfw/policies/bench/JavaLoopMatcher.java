package org.zwfw.policies.bench;

import org.zwfw.policies.PolicyRows;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zwfw.policies.facts.PolicyMatches;
import org.zwfw.policies.subject.Subject;

/**
 * The baseline for benchmarks: a hand-written loop over the rows of the same policy decision tables the Drools
 * engine compiles ({@link PolicyRows}). Rows are grouped by the subject type they require (every row says
 * {@code type == ...}), and each remaining condition is a small test object (attribute name, operator, threshold)
 * reading the subject's value by name. Absent values never satisfy a condition (as in the rules). Produces
 * the same {@link PolicyMatches.Match} data as the Drools engine.
 */
public final class JavaLoopMatcher {
    private static final int LE = 0, LT = 1, GE = 2, GT = 3, NUM_EQ = 4, NUM_NE = 5, EQ = 6, NE = 7;

    private record CompiledRow(PolicyMatches.Row row, Test[] tests) {}

    /** One condition: attribute name, operator and threshold (a double) or value (String/Boolean). */
    static final class Test {
        final String attribute;
        final int op;
        final double threshold;
        final Object value;

        Test(PolicyRows.Condition c) {
            attribute = c.column().attribute();
            Object want = c.typedValue();
            String o = c.column().op();
            if (want instanceof Double d) {
                threshold = d;
                value = null;
                op = switch (o) {
                    case "<=" -> LE;
                    case "<" -> LT;
                    case ">=" -> GE;
                    case ">" -> GT;
                    case "==" -> NUM_EQ;
                    case "!=" -> NUM_NE;
                    default -> throw new IllegalArgumentException(o);
                };
            } else {
                threshold = 0;
                value = want;
                op = switch (o) {
                    case "==" -> EQ;
                    case "!=" -> NE;
                    default -> throw new IllegalArgumentException(o + " on " + want);
                };
            }
        }

        boolean test(Subject s) {
            Object v = get(s, attribute);
            if (v == null) {
                return false;
            }
            if (op >= EQ) {
                return op == EQ ? value.equals(v) : !value.equals(v);
            }
            double x = ((Number) v).doubleValue();
            return switch (op) {
                case LE -> x <= threshold;
                case LT -> x < threshold;
                case GE -> x >= threshold;
                case GT -> x > threshold;
                case NUM_EQ -> x == threshold;
                default -> x != threshold;
            };
        }
    }

    static Object get(Subject s, String attribute) {
        return attribute.equals("type") ? s.getType() : s.get(attribute);
    }

    private final Map<String, CompiledRow[]> byType = new HashMap<>();
    private final CompiledRow[] anyType;
    private final int rowCount;

    /** A matcher over the rows of the policies active (valid on the date in the jurisdiction chain). */
    public JavaLoopMatcher(List<PolicyRows.Row> rows, Set<String> activeCodes) {
        List<PolicyRows.Row> active = PolicyRows.active(rows, activeCodes);
        rowCount = active.size();
        Set<String> types = new LinkedHashSet<>();
        active.forEach(r -> r.conditions().stream().filter(JavaLoopMatcher::isTypeEquality)
                .forEach(c -> types.add(c.value())));
        for (String type : types) {
            byType.put(type, compile(active, type));
        }
        anyType = compile(active, null);
    }

    public static JavaLoopMatcher load(Path rulesDir, Set<String> activeCodes) {
        return new JavaLoopMatcher(PolicyRows.read(rulesDir), activeCodes);
    }

    public int rowCount() { return rowCount; }

    public List<PolicyMatches.Match> match(List<Subject> batch) {
        List<PolicyMatches.Match> out = new ArrayList<>();
        for (Subject s : batch) {
            match(s, out);
        }
        return out;
    }

    public void match(Subject s, List<PolicyMatches.Match> out) {
        CompiledRow[] rows = s.getType() == null ? anyType : byType.getOrDefault(s.getType(), anyType);
        rows:
        for (CompiledRow r : rows) {
            for (Test t : r.tests()) {
                if (!t.test(s)) {
                    continue rows;
                }
            }
            out.add(r.row().match(s));
        }
    }

    private static boolean isTypeEquality(PolicyRows.Condition c) {
        return c.column().attribute().equals("type") && c.column().op().equals("==");
    }

    /** The rows a subject of the type can match (type == null: rows without a type condition), type test dropped. */
    private static CompiledRow[] compile(List<PolicyRows.Row> rows, String type) {
        List<CompiledRow> out = new ArrayList<>();
        for (PolicyRows.Row row : rows) {
            List<Test> tests = new ArrayList<>();
            boolean possible = true;
            for (PolicyRows.Condition c : row.conditions()) {
                if (isTypeEquality(c)) {
                    possible &= c.value().equals(type);
                } else {
                    tests.add(new Test(c));
                }
            }
            if (possible) {
                out.add(new CompiledRow(PolicyMatches.Row.of(row.metadata()), tests.toArray(Test[]::new)));
            }
        }
        return out.toArray(CompiledRow[]::new);
    }
}
