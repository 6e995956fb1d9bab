package org.zwfw.bundles.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;
import org.zwfw.lawbook.Basis;
import org.zwfw.lawbook.ListRef;

/**
 * What the bundle rules decided, written by their consequences (a global of the session): the status each material
 * of each matter takes, the bundle's outcome, its one supplement notice and its due date, every write with the rule
 * that made it.
 */
public class BundleDecision {

    /** One rule that shaped the answer, with its clause and basis (domain.md §0). */
    public record Reason(String rule, String clause, String text, String basis, ListRef list,
                         List<String> interpretations, boolean discretionary) {}

    /** A material of a matter the bundle itself produces: never asked of the applicant. */
    public record WithinBundle(String matter, String material, String producedBy) {}

    /** One bundle material to supplement, named once, with the matters that need it. */
    public record Needed(String code, String name, String problem, Set<String> matters) {}

    private final Map<String, Map<String, String>> statuses = new TreeMap<>();
    private final List<WithinBundle> withinBundle = new ArrayList<>();
    private final Map<String, Needed> needed = new LinkedHashMap<>();
    private final List<Reason> reasons = new ArrayList<>();
    private String outcome;
    private LocalDate dueDate;
    private LocalDate legalDueDate;
    private LocalDate supplementDeadline;
    private boolean provisional;

    public void note(RuleContext ctx, String text) {
        reasons.add(reasonOf(ctx.getRule(), text, null));
    }

    public void note(RuleContext ctx, String text, ListRef list) {
        reasons.add(reasonOf(ctx.getRule(), text, list));
    }

    private static Reason reasonOf(Rule rule, String text, ListRef list) {
        Map<String, Object> meta = rule.getMetaData();
        Object id = meta.get("ruleId");
        Object clause = meta.get("clause");
        Basis basis = Basis.of(meta);
        return new Reason(id == null ? rule.getName() : id.toString(), clause == null ? null : clause.toString(), text,
                basis.kind(), list, basis.interpretations(), basis.discretionary());
    }

    /** The status a material of a matter takes from the bundle material that serves it. */
    public void status(String matter, String material, String status) {
        statuses.computeIfAbsent(matter, k -> new TreeMap<>()).put(material, status);
    }

    /** A material of a matter produced within the bundle: provided, and never asked of the applicant. */
    public void producedWithin(String matter, String material, String producedBy) {
        status(matter, material, "PROVIDED");
        withinBundle.add(new WithinBundle(matter, material, producedBy));
    }

    /** The one way a rule decides the bundle's outcome: recorded, and inserted for the rules of the later phases. */
    public void decide(RuleContext drools, String outcome) {
        this.outcome = outcome;
        drools.getKieRuntime().insert(new BundleOutcome(outcome));
    }

    /** A bundle material one matter still needs: listed once, however many matters need it. */
    public void need(Submitted s, String matter) {
        String problem = "NOT_LEGAL_FORM".equals(s.getStatus()) ? "NOT_LEGAL_FORM" : "MISSING";
        needed.computeIfAbsent(s.getCode(), k -> new Needed(s.getCode(), s.getName(), problem, new java.util.TreeSet<>()))
                .matters().add(matter);
    }

    public void setSupplementDeadline(LocalDate d) { this.supplementDeadline = d; }
    public void setDueDate(LocalDate d) { this.dueDate = d; }
    /** The bundle's 法定办结 date, which the case clock supervises (the rules say which of its matters' it is). */
    public void setLegalDueDate(LocalDate d) { this.legalDueDate = d; }

    /**
     * A date of the answer was counted past the last year of the holiday calendar on file, on the statutory holidays
     * alone (api.md {@code provisional}); the rule that sets it names the missing year or the matter in its reason.
     */
    public void setProvisional(boolean provisional) { this.provisional = provisional; }
    public boolean isProvisional() { return provisional; }

    public Map<String, String> statusesOf(String matter) { return Map.copyOf(statuses.getOrDefault(matter, Map.of())); }
    public List<WithinBundle> getWithinBundle() { return List.copyOf(withinBundle); }
    public List<Needed> getNeeded() {
        return needed.values().stream().sorted(java.util.Comparator.comparing(Needed::code)).toList();
    }
    public boolean hasNeeded() { return !needed.isEmpty(); }
    public String getOutcome() { return outcome; }
    public LocalDate getDueDate() { return dueDate; }
    public LocalDate getLegalDueDate() { return legalDueDate; }
    public LocalDate getSupplementDeadline() { return supplementDeadline; }
    public List<Reason> getReasons() { return List.copyOf(reasons); }
}
