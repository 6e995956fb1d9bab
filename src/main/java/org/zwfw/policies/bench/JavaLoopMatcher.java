package org.zwfw.policies.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.zwfw.policies.facts.PolicyMatches;
import org.zwfw.policies.facts.Subject;

/**
 * The baseline for benchmarks: a hand-written loop over the rows of the same policy decision tables the Drools
 * engine compiles ({@link PolicyRows}), each row a list of predicates on getters. Absent values never satisfy a
 * condition (as in the rules). Produces the same {@link PolicyMatches.Match} data as the Drools engine.
 */
public final class JavaLoopMatcher {
    private static final Map<String, Function<Subject, Object>> GETTERS = Map.ofEntries(
            Map.entry("type", Subject::getType),
            Map.entry("age", Subject::getAge),
            Map.entry("hukou", Subject::getHukou),
            Map.entry("disabled", Subject::getDisabled),
            Map.entry("enterpriseScale", Subject::getEnterpriseScale),
            Map.entry("employees", Subject::getEmployees),
            Map.entry("annualTaxableIncome", Subject::getAnnualTaxableIncome),
            Map.entry("totalAssets", Subject::getTotalAssets),
            Map.entry("insuredMonths", Subject::getInsuredMonths),
            Map.entry("layoffRate", Subject::getLayoffRate),
            Map.entry("unemploymentInsurancePaid", Subject::getUnemploymentInsurancePaid),
            Map.entry("seriousDishonesty", Subject::getSeriousDishonesty));

    private record CompiledRow(Map<String, Object> metadata, Predicate<Subject>[] tests) {}

    private final CompiledRow[] rows;

    /** A matcher over the rows of the policies active (valid on the date in the jurisdiction chain). */
    public JavaLoopMatcher(List<PolicyRows.Row> rows, Set<String> activeCodes) {
        this.rows = PolicyRows.active(rows, activeCodes).stream().map(JavaLoopMatcher::compile)
                .toArray(CompiledRow[]::new);
    }

    public static JavaLoopMatcher load(Path rulesDir, Set<String> activeCodes) {
        return new JavaLoopMatcher(PolicyRows.read(rulesDir), activeCodes);
    }

    public int rowCount() { return rows.length; }

    public List<PolicyMatches.Match> match(List<Subject> batch) {
        List<PolicyMatches.Match> out = new ArrayList<>();
        for (Subject s : batch) {
            match(s, out);
        }
        return out;
    }

    public void match(Subject s, List<PolicyMatches.Match> out) {
        rows:
        for (CompiledRow r : rows) {
            for (Predicate<Subject> t : r.tests()) {
                if (!t.test(s)) {
                    continue rows;
                }
            }
            out.add(PolicyMatches.of(r.metadata(), s));
        }
    }

    @SuppressWarnings("unchecked")
    private static CompiledRow compile(PolicyRows.Row row) {
        Predicate<Subject>[] tests = row.conditions().stream().map(JavaLoopMatcher::test).toArray(Predicate[]::new);
        return new CompiledRow(row.metadata(), tests);
    }

    /** The few condition shapes: numeric comparison, equality of text, boolean or number. */
    static Predicate<Subject> test(PolicyRows.Condition c) {
        Function<Subject, Object> get = GETTERS.get(c.column().attribute());
        if (get == null) {
            throw new IllegalArgumentException("not a Subject attribute: " + c.column().attribute());
        }
        Object want = c.typedValue();
        String op = c.column().op();
        if (want instanceof Double d) {
            double t = d;
            return switch (op) {
                case "<=" -> s -> get.apply(s) instanceof Number n && n.doubleValue() <= t;
                case "<" -> s -> get.apply(s) instanceof Number n && n.doubleValue() < t;
                case ">=" -> s -> get.apply(s) instanceof Number n && n.doubleValue() >= t;
                case ">" -> s -> get.apply(s) instanceof Number n && n.doubleValue() > t;
                case "==" -> s -> get.apply(s) instanceof Number n && n.doubleValue() == t;
                case "!=" -> s -> get.apply(s) instanceof Number n && n.doubleValue() != t;
                default -> throw new IllegalArgumentException(op);
            };
        }
        return switch (op) {
            case "==" -> s -> want.equals(get.apply(s));
            case "!=" -> s -> {
                Object v = get.apply(s);
                return v != null && !want.equals(v);
            };
            default -> throw new IllegalArgumentException(op + " on " + want);
        };
    }
}
