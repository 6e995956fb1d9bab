package org.zwfw.policies.bench;

import org.zwfw.policies.PolicyRows;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.zwfw.policies.facts.PolicyMatches;
import org.zwfw.policies.subject.Subject;

/**
 * The policy rows as one Camunda DMN 7.24 decision table (hit policy COLLECT, one DMN rule per row, empty cells for
 * "any"), generated as DMN XML from the same {@link PolicyRows}. Each DMN rule outputs its row index; the benefit is
 * computed from the row's metadata by {@link PolicyMatches#of}, as for the Drools rows. Two modes: the default FEEL
 * engine (feel-scala) and the legacy behaviour ({@code enableFeelLegacyBehavior(true)}: JUEL input expressions, the
 * old Java FEEL for input entries).
 */
public final class DmnMatcher {
    private static final Set<String> INTEGERS = Set.of("age", "employees", "insuredMonths");
    private static final Set<String> BOOLEANS = Set.of("disabled", "seriousDishonesty");
    private static final Set<String> STRINGS = Set.of("type", "hukou", "enterpriseScale");

    private final List<PolicyRows.Row> rows;
    private final List<String> attributes;
    private final DmnEngine engine;
    private final DmnDecision decision;
    private final String xml;

    public DmnMatcher(List<PolicyRows.Row> allRows, Set<String> activeCodes, boolean legacy) {
        this.rows = PolicyRows.active(allRows, activeCodes);
        List<PolicyRows.Column> columns = PolicyRows.columns(rows);
        this.attributes = columns.stream().map(PolicyRows.Column::attribute).distinct().toList();
        this.xml = xml(rows, columns, legacy);
        DefaultDmnEngineConfiguration cfg =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        if (legacy) {
            cfg.enableFeelLegacyBehavior(true);
        }
        this.engine = cfg.buildEngine();
        this.decision = engine.parseDecision("policies", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    public String xml() { return xml; }

    public List<PolicyMatches.Match> match(List<Subject> batch) {
        List<PolicyMatches.Match> out = new ArrayList<>();
        for (Subject s : batch) {
            match(s, out);
        }
        return out;
    }

    public void match(Subject s, List<PolicyMatches.Match> out) {
        Map<String, Object> vars = new HashMap<>();
        for (String a : attributes) {
            vars.put(a, a.equals("type") ? s.getType() : s.get(a));
        }
        DmnDecisionResult result = engine.evaluateDecision(decision, vars);
        for (DmnDecisionResultEntries e : result) {
            Number row = e.getSingleEntry();
            out.add(PolicyMatches.of(rows.get(row.intValue()).metadata(), s));
        }
    }

    static String xml(List<PolicyRows.Row> rows, List<PolicyRows.Column> columns, boolean legacy) {
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"zwfw-policies\" ")
                .append("name=\"zwfw policies\" namespace=\"http://zwfw.org/policies/bench\">\n")
                .append("  <decision id=\"policies\" name=\"免申即享政策\">\n")
                .append("    <decisionTable id=\"table\" hitPolicy=\"COLLECT\">\n");
        for (int c = 0; c < columns.size(); c++) {
            String a = columns.get(c).attribute();
            String expr = legacy ? "${" + a + "}" : a;
            x.append("      <input id=\"in").append(c).append("\" label=\"").append(esc(columns.get(c).snippet()))
                    .append("\"><inputExpression id=\"ie").append(c).append("\" typeRef=\"").append(typeRef(a))
                    .append("\"><text>").append(esc(expr)).append("</text></inputExpression></input>\n");
        }
        x.append("      <output id=\"row\" name=\"row\" typeRef=\"integer\"/>\n");
        for (int r = 0; r < rows.size(); r++) {
            x.append("      <rule id=\"r").append(r).append("\">");
            Map<String, String> cells = new HashMap<>();
            rows.get(r).conditions().forEach(cond -> cells.put(cond.column().snippet(), entry(cond)));
            for (int c = 0; c < columns.size(); c++) {
                String cell = cells.getOrDefault(columns.get(c).snippet(), "");
                x.append("<inputEntry id=\"r").append(r).append("i").append(c).append("\"><text>").append(esc(cell))
                        .append("</text></inputEntry>");
            }
            x.append("<outputEntry id=\"r").append(r).append("o\"><text>").append(r).append("</text></outputEntry>");
            x.append("</rule>\n");
        }
        x.append("    </decisionTable>\n  </decision>\n</definitions>\n");
        return x.toString();
    }

    /** A FEEL unary test for one filled cell: {@code <= 300}, {@code "LARGE"}, {@code false}, {@code 80}. */
    static String entry(PolicyRows.Condition c) {
        String op = c.column().op();
        String v = c.column().quoted() ? "\"" + c.value() + "\"" : c.value();
        return switch (op) {
            case "==" -> v;
            case "!=" -> "not(" + v + ")";
            case "<", "<=", ">", ">=" -> op + " " + v;
            default -> throw new IllegalArgumentException(op);
        };
    }

    private static String typeRef(String attribute) {
        if (INTEGERS.contains(attribute)) {
            return "integer";
        }
        if (BOOLEANS.contains(attribute)) {
            return "boolean";
        }
        return STRINGS.contains(attribute) ? "string" : "double";
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
