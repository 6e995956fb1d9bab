package org.zwfw.acceptance.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;
import org.zwfw.lawbook.Basis;
import org.zwfw.lawbook.ListRef;

/**
 * What the rules decided, written by rule consequences (a global of the session). Every write names the rule
 * that made it, so the answer carries each rule's clause.
 */
public class Decision {

    /**
     * One rule that shaped the answer: its clause, what the conclusion rests on ({@code basis}: TEXT, LIST or
     * INTERPRETATION, domain.md §0), the list row it read, the interpretation entries it relies on, and whether the
     * text leaves the conclusion to the agency.
     */
    public record Reason(String rule, String name, String clause, String text, boolean shapesOutcome, String basis,
                         ListRef list, List<String> interpretations, boolean discretionary) {}

    /** The written notice owed (书面凭证, 受理通知书, 一次性告知书 …), by when, and what follows if it is late. */
    public record Notice(String kind, LocalDate by, String ifLate) {}

    /** Something in the answer the law on file does not reconcile, for the agency to resolve. */
    public record Conflict(String code, String text) {}

    /** One item to supplement or correct. */
    public record Item(String code, String name, String problem) {}

    /** One material that must not be demanded, and why. */
    public record WaivedItem(String code, String name, String via) {}

    private String outcome;
    private boolean completedOnTheSpot;
    private LocalDate dueDate;
    private final List<Item> supplementItems = new ArrayList<>();
    private LocalDate supplementDeadline;
    private String lateConsequence;
    private final List<WaivedItem> waived = new ArrayList<>();
    private final List<Item> unlawfulDemands = new ArrayList<>();
    private boolean priorityService;
    private final List<Reason> reasons = new ArrayList<>();
    private LocalDate legalDueDate;
    private Verification verification;
    private Notice notice;
    private final List<Conflict> conflicts = new ArrayList<>();
    private boolean provisional;

    /** A reason that shaped the outcome itself. */
    public void because(RuleContext ctx, String text) {
        reasons.add(reasonOf(ctx.getRule(), text, true, null));
    }

    /** A reason that shaped the outcome, resting on (or reading) a row of a published list. */
    public void because(RuleContext ctx, String text, ListRef list) {
        reasons.add(reasonOf(ctx.getRule(), text, true, list));
    }

    /** A reason that shaped another part of the answer (waivers, priority, due date). */
    public void note(RuleContext ctx, String text) {
        reasons.add(reasonOf(ctx.getRule(), text, false, null));
    }

    /** A reason that shaped another part of the answer, resting on (or reading) a row of a published list. */
    public void note(RuleContext ctx, String text, ListRef list) {
        reasons.add(reasonOf(ctx.getRule(), text, false, list));
    }

    static Reason reasonOf(Rule rule, String text, boolean shapesOutcome, ListRef list) {
        Map<String, Object> meta = rule.getMetaData();
        Object id = meta.get("ruleId");
        Object clause = meta.get("clause");
        Basis basis = Basis.of(meta);
        return new Reason(id == null ? rule.getName() : id.toString(), rule.getName(),
                clause == null ? null : clause.toString(), text, shapesOutcome, basis.kind(), list,
                basis.interpretations(), basis.discretionary());
    }

    public void setLegalDueDate(LocalDate legalDueDate) { this.legalDueDate = legalDueDate; }

    /**
     * The verification duty of a 告知承诺 approval, as the list row states it: due by {@code dueDate} ({@code days}
     * CALENDAR or WORKING days from the decision), by {@code method}; all null but the duty itself where the row
     * states no limit.
     */
    public record Verification(LocalDate dueDate, Integer days, String dayKind, String method) {}

    public void setVerification(Verification v) { this.verification = v; }
    public Verification getVerification() { return verification; }
    public LocalDate getLegalDueDate() { return legalDueDate; }

    /** The notice owed; a later rule that names one replaces an earlier one only if it adds a date. */
    public void notice(String kind, LocalDate by, String ifLate) {
        if (notice == null || by != null || notice.by() == null) {
            this.notice = new Notice(kind, by, ifLate);
        }
    }
    public Notice getNotice() { return notice; }

    public void conflict(String code, String text) {
        if (conflicts.stream().noneMatch(c -> c.code().equals(code))) {
            conflicts.add(new Conflict(code, text));
        }
    }
    public List<Conflict> getConflicts() { return List.copyOf(conflicts); }

    /**
     * The one way a rule decides the outcome: it is recorded in the answer and inserted as an {@link Outcome} fact
     * for the rules of the later phases (notices, due dates), in one call, so neither half can be forgotten.
     */
    public void decide(RuleContext drools, String outcome) {
        this.outcome = outcome;
        drools.getKieRuntime().insert(new Outcome(outcome));
    }

    /**
     * A date of the answer was counted past the last year of the holiday calendar on file, on the statutory holidays
     * alone (api.md {@code provisional}); the rule that sets it names the missing year in its reason.
     */
    public void setProvisional(boolean provisional) { this.provisional = provisional; }
    public boolean isProvisional() { return provisional; }

    public void supplement(Collection<Deficiency> deficiencies, LocalDate deadline, String lateConsequence) {
        supplementItems.clear();
        deficiencies.stream()
                .sorted(Comparator.comparing(Deficiency::getCode))
                .forEach(d -> supplementItems.add(new Item(d.getCode(), d.getMaterial().getName(), d.getProblem())));
        this.supplementDeadline = deadline;
        this.lateConsequence = lateConsequence;
    }

    public void waive(Material m) {
        if (waived.stream().noneMatch(w -> w.code().equals(m.getCode()))) {
            waived.add(new WaivedItem(m.getCode(), m.getName(), m.getObtainableVia()));
        }
    }

    public void unlawfulDemand(Material m) {
        unlawfulDemand(m.getCode(), m.getName(), "NOT_ON_RETAINED_PROOF_LIST");
    }

    /**
     * A demand the agency must not make: {@code code} the material of the matter (null for one outside its guide),
     * {@code problem} why ({@code NOT_ON_RETAINED_PROOF_LIST}, {@code NOT_IN_GUIDE}, {@code DEMANDED_AGAIN}); one
     * entry per material.
     */
    public void unlawfulDemand(String code, String name, String problem) {
        if (unlawfulDemands.stream().noneMatch(w -> java.util.Objects.equals(w.code(), code) && w.name().equals(name))) {
            unlawfulDemands.add(new Item(code, name, problem));
        }
    }

    public void setCompletedOnTheSpot(boolean v) { this.completedOnTheSpot = v; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public void setPriorityService(boolean v) { this.priorityService = v; }

    public String getOutcome() { return outcome; }
    public boolean isCompletedOnTheSpot() { return completedOnTheSpot; }
    public LocalDate getDueDate() { return dueDate; }
    public List<Item> getSupplementItems() { return List.copyOf(supplementItems); }
    public LocalDate getSupplementDeadline() { return supplementDeadline; }
    public String getLateConsequence() { return lateConsequence; }
    public List<WaivedItem> getWaived() {
        return waived.stream().sorted(Comparator.comparing(WaivedItem::code)).toList();
    }
    public List<Item> getUnlawfulDemands() {
        return unlawfulDemands.stream().sorted(Comparator.comparing(Item::code, Comparator.nullsLast(Comparator.<String>naturalOrder()))
                .thenComparing(Item::name)).toList();
    }
    public boolean isPriorityService() { return priorityService; }

    /** Reasons that shaped the outcome first, then the others, each in the order the rules fired. */
    public List<Reason> getReasons() {
        List<Reason> ordered = new ArrayList<>(reasons.stream().filter(Reason::shapesOutcome).toList());
        ordered.addAll(reasons.stream().filter(r -> !r.shapesOutcome()).toList());
        return ordered;
    }
}
