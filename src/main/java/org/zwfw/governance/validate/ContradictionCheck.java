package org.zwfw.governance.validate;

import org.zwfw.lawbook.Manifest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * No two rules that can apply to the same decision give it opposite outcomes for the same situation, unless one of
 * them says it is the exception. Precisely, rules A and B contradict when
 * <ul>
 *   <li>both decide an outcome — {@code decision.decide(drools, "X")} (acceptance) or {@code transition.to(drools, "X", …)}
 *       (a case's next state) in the consequence — and the outcomes differ;</li>
 *   <li>they are in the same phase ({@code ruleflow-group}), so neither runs after the other has decided;</li>
 *   <li>their instruments can be in force for one decision: the same jurisdiction or one above the other in the
 *       行政区划 chain, with overlapping in-force periods (a DRAFT counts as open-ended, but never together with
 *       another instrument of its own jurisdiction, which it would replace);</li>
 *   <li>every condition of one is also a condition of the other (compared as written, whitespace aside, in any order):
 *       whenever the stricter rule fires, so does the other, on the same facts;</li>
 *   <li>and neither is marked {@code @overrides} — bare, or naming the other's {@code @ruleId} — which records that it
 *       is the exception (house style §7: exceptions are explicit).</li>
 * </ul>
 * Conditions that differ only in how a variable is named are not recognised as the same; rules whose conditions
 * exclude each other ({@code not ToleranceGranted()} vs. the rule inserting it) are not contradictions.
 */
final class ContradictionCheck {
    private static final Pattern OUTCOME = Pattern.compile(
            "decision\\s*\\.\\s*decide\\s*\\(\\s*drools\\s*,\\s*\"([^\"]+)\"|transition\\s*\\.\\s*to\\s*\\(\\s*drools\\s*,\\s*\"([^\"]+)\"");

    private ContradictionCheck() {}

    record Decisive(String file, int line, String name, String id, String phase, Manifest instrument,
                    Set<String> outcomes, Set<String> conditions, Set<String> overrides, boolean overridesAll) {
        String where() { return file + ":" + line; }
    }

    static void run(RulesSource src, List<Finding> out) {
        List<Decisive> rules = new ArrayList<>();
        for (RulesSource.Drl drl : src.drls) {
            if (drl.pkg() == null) {
                continue;
            }
            for (RuleDescr r : drl.pkg().getRules()) {
                decisive(src, drl, r).ifPresent(rules::add);
            }
        }
        for (int i = 0; i < rules.size(); i++) {
            for (int k = i + 1; k < rules.size(); k++) {
                Decisive a = rules.get(i);
                Decisive b = rules.get(k);
                if (!a.phase().equals(b.phase()) || a.outcomes().equals(b.outcomes())
                        || exempt(a, b) || exempt(b, a) || !togetherInForce(src, a.instrument(), b.instrument())) {
                    continue;
                }
                boolean aInB = b.conditions().containsAll(a.conditions());
                boolean bInA = a.conditions().containsAll(b.conditions());
                if (!aInB && !bInA) {
                    continue;
                }
                out.add(Finding.at(b.file(), b.line(), "contradiction", "rule \"" + b.name() + "\" decides "
                        + String.join("/", b.outcomes()) + " where rule \"" + a.name() + "\" (" + a.where()
                        + ") decides " + String.join("/", a.outcomes()) + " in ruleflow-group \"" + b.phase() + "\": "
                        + (aInB && bInA ? "their conditions are the same"
                        : "all conditions of \"" + (aInB ? a.name() : b.name()) + "\" are conditions of the other")
                        + ", and " + (a.instrument() == b.instrument() ? "both are rules of " + a.instrument().title()
                        : a.instrument().title() + " and " + b.instrument().title() + " can apply to one decision")
                        + "; make the conditions exclusive or mark the exception "
                        + "@overrides(\"<ruleId of the rule it overrides>\")"));
            }
        }
    }

    private static java.util.Optional<Decisive> decisive(RulesSource src, RulesSource.Drl drl, RuleDescr r) {
        Set<String> outcomes = new TreeSet<>();
        Matcher m = OUTCOME.matcher(String.valueOf(r.getConsequence()));
        while (m.find()) {
            outcomes.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        AttributeDescr group = r.getAttributes().get("ruleflow-group");
        var instrument = src.manifestOf(r);
        if (outcomes.isEmpty() || instrument.isEmpty()) {
            return java.util.Optional.empty();
        }
        Set<String> conditions = new LinkedHashSet<>();
        for (BaseDescr d : r.getLhs().getDescrs()) {
            conditions.add(text(drl.source(), d));
        }
        String override = RulesSource.annotation(r, "overrides");
        Set<String> overrides = new TreeSet<>();
        if (override != null) {
            for (String s : override.split(",")) {
                if (!s.isBlank()) {
                    overrides.add(s.trim());
                }
            }
        }
        String id = RulesSource.annotation(r, "ruleId");
        return java.util.Optional.of(new Decisive(drl.file(), r.getLine(), r.getName(), id == null ? r.getName() : id,
                group == null ? "MAIN" : group.getValue(), instrument.get(), outcomes, conditions, overrides,
                override != null && overrides.isEmpty()));
    }

    private static String text(String source, BaseDescr d) {
        int s = d.getStartCharacter();
        int e = d.getEndCharacter();
        String t = s >= 0 && e >= s && e < source.length() ? source.substring(s, e + 1) : d.toString();
        return t.replaceAll("\\s+", " ").trim();
    }

    private static boolean exempt(Decisive rule, Decisive other) {
        return rule.overridesAll() || rule.overrides().contains(other.id());
    }

    private static boolean togetherInForce(RulesSource src, Manifest a, Manifest b) {
        if (a == b) {
            return true;
        }
        String ja = a.jurisdiction();
        String jb = b.jurisdiction();
        if (ja == null || jb == null) {
            return false;
        }
        if ((a.draft() || b.draft()) && ja.equals(jb)) {
            return false;
        }
        if (!src.catalog.chain(ja).contains(jb) && !src.catalog.chain(jb).contains(ja)) {
            return false;
        }
        LocalDate fromA = a.draft() ? LocalDate.MIN : orElse(a.date("inForceFrom"), LocalDate.MIN);
        LocalDate toA = a.draft() ? LocalDate.MAX : orElse(a.date("inForceTo"), LocalDate.MAX);
        LocalDate fromB = b.draft() ? LocalDate.MIN : orElse(b.date("inForceFrom"), LocalDate.MIN);
        LocalDate toB = b.draft() ? LocalDate.MAX : orElse(b.date("inForceTo"), LocalDate.MAX);
        return !fromA.isAfter(toB) && !fromB.isAfter(toA);
    }

    private static LocalDate orElse(LocalDate d, LocalDate fallback) {
        return d == null ? fallback : d;
    }
}
