package org.zwfw.governance.whatif;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.zwfw.acceptance.AcceptanceEngine;
import org.zwfw.acceptance.AcceptanceQuery;
import org.zwfw.acceptance.AcceptanceResponse;
import org.zwfw.acceptance.AcceptanceResult;
import org.zwfw.acceptance.AcceptanceService;
import org.zwfw.acceptance.AcceptanceValidator;
import org.zwfw.catalog.CreditRecord;
import org.zwfw.acceptance.facts.Decision;
import org.zwfw.catalog.CalendarMissingException;
import org.zwfw.identity.Identifiers;
import org.zwfw.policies.PolicyMatchService;
import org.zwfw.lawbook.Instrument;
import org.zwfw.engine.RuleSet;
import org.zwfw.kernel.BadRequestException;
import org.zwfw.kernel.FieldProblem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Runs a batch of cases under two rule sets and reports every decision that differs: each changed part of the answer
 * with both values and the clauses responsible, plus counts per outcome, per change of outcome, per changed part and
 * per clause. The clauses responsible for a changed part are those of the rules that wrote that part (or, for the
 * outcome, gave a reason that shaped it) on one side and not on the other; when the same clauses wrote it on both
 * sides (a table changed, not a rule), all of them.
 *
 * @param credit   the credit records a case's subject has on a side
 * @param policies the 免申即享 matcher for policy cases
 * @param today    the date of a request without {@code asOf}
 */
public record WhatIf(Credit credit, PolicyMatcher policies, LocalDate today) {
    /** The parts of an acceptance answer that are compared, in the order they are reported. */
    public static final List<String> ACCEPTANCE_PARTS = List.of("outcome", "completedOnTheSpot", "dueDate",
            "supplement.materials", "supplement.deadline", "supplement.lateConsequence", "waived", "unlawfulDemands",
            "priorityService");
    static final String INVALID = "INVALID";

    /** The applicant's credit records as one side sees them. */
    @FunctionalInterface
    public interface Credit {
        List<CreditRecord> of(RuleSet rs, AcceptanceQuery q, WhatIfCase c);
    }

    /** Offline: the credit platform export of the side's own rules folder. */
    public static final Credit RULES_FOLDER_CREDIT =
            (rs, q, c) -> q.applicantId() == null ? List.of() : rs.catalog().creditRecordsOf(q.applicantId());

    @FunctionalInterface
    public interface PolicyMatcher {
        PolicyMatchService.Response match(RuleSet rs, PolicyMatchService.Request r);
    }

    public record PolicyHit(String policy, String tier, Double amount, String unit, String clause) {}

    /** One side's answer to a case, as the report shows it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SideDecision(String outcome, Boolean completedOnTheSpot, LocalDate dueDate,
                               AcceptanceResponse.Supplement supplement, List<AcceptanceResponse.WaivedMaterial> waived,
                               List<AcceptanceResponse.UnlawfulDemand> unlawfulDemands, Boolean priorityService,
                               List<PolicyHit> matches, List<String> instruments, List<AcceptanceResponse.Reason> reasons,
                               List<FieldProblem> errors, org.zwfw.bundles.BundleResponse bundle) {

        SideDecision(String outcome, Boolean completedOnTheSpot, LocalDate dueDate,
                     AcceptanceResponse.Supplement supplement, List<AcceptanceResponse.WaivedMaterial> waived,
                     List<AcceptanceResponse.UnlawfulDemand> unlawfulDemands, Boolean priorityService,
                     List<PolicyHit> matches, List<String> instruments, List<AcceptanceResponse.Reason> reasons,
                     List<FieldProblem> errors) {
            this(outcome, completedOnTheSpot, dueDate, supplement, waived, unlawfulDemands, priorityService, matches,
                    instruments, reasons, errors, null);
        }
    }

    /** One changed part of the answer, both values, and the clauses responsible on each side. */
    public record Change(String part, String base, String proposal, List<String> baseClauses,
                         List<String> proposalClauses) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Difference(int line, String caseLabel, String kind, String jurisdiction, String matterCode,
                             String asOf, String applicant, WhatIfCase.Logged logged, List<Change> changes,
                             List<String> clauses, SideDecision base, SideDecision proposal) {}

    /** A case that could not be compared (not a case, or a request neither side can decide), with why. */
    public record Invalid(int line, String caseLabel, List<FieldProblem> errors) {}

    /**
     * {@code outcomes}: per side, how many compared cases got each outcome; {@code outcomeChanges}: among the differing
     * cases, "base → proposal" outcome pairs; {@code parts} and {@code clauses}: in how many differing cases each part
     * changed and each clause was responsible.
     */
    public record Summary(int cases, int compared, int differing, int invalid,
                          Map<String, Map<String, Integer>> outcomes, Map<String, Integer> outcomeChanges,
                          Map<String, Integer> parts, Map<String, Integer> clauses) {}

    public record Report(WhatIfSide.Described base, WhatIfSide.Described proposal, Summary summary,
                         List<Difference> differences, List<Invalid> invalid) {}

    private static final AcceptanceEngine ENGINE = new AcceptanceEngine();

    /** One side's evaluation: the answer, its compared parts, and per part the clauses of the rules that wrote it. */
    private record Evaluated(SideDecision view, Map<String, String> parts, Map<String, Set<String>> clauses) {
        boolean invalid() {
            return INVALID.equals(view.outcome());
        }
    }

    public Report run(WhatIfSide base, WhatIfSide proposal, List<WhatIfCase> cases, List<WhatIfCase.Unreadable> unreadable) {
        List<Difference> differences = new ArrayList<>();
        List<Invalid> invalid = new ArrayList<>(unreadable.stream()
                .map(u -> new Invalid(u.line(), null, u.errors())).toList());
        Map<String, Map<String, Integer>> outcomes = new LinkedHashMap<>();
        outcomes.put("base", new TreeMap<>());
        outcomes.put("proposal", new TreeMap<>());
        Map<String, Integer> outcomeChanges = new TreeMap<>();
        Map<String, Integer> parts = new LinkedHashMap<>();
        Map<String, Integer> clauses = new TreeMap<>();
        int compared = 0;
        for (WhatIfCase c : cases) {
            Evaluated b = evaluate(base, c);
            Evaluated p = evaluate(proposal, c);
            if (b.invalid() && p.invalid()) {
                invalid.add(new Invalid(c.line(), c.label(), b.view().errors()));
                continue;
            }
            compared++;
            outcomes.get("base").merge(b.view().outcome(), 1, Integer::sum);
            outcomes.get("proposal").merge(p.view().outcome(), 1, Integer::sum);
            List<Change> changes = compare(b, p);
            if (changes.isEmpty()) {
                continue;
            }
            Set<String> responsible = new LinkedHashSet<>();
            changes.forEach(ch -> {
                responsible.addAll(ch.baseClauses());
                responsible.addAll(ch.proposalClauses());
                parts.merge(ch.part(), 1, Integer::sum);
            });
            responsible.forEach(cl -> clauses.merge(cl, 1, Integer::sum));
            outcomeChanges.merge(b.view().outcome() + " → " + p.view().outcome(), 1, Integer::sum);
            differences.add(difference(c, changes, List.copyOf(responsible), b.view(), p.view()));
        }
        invalid.sort((x, y) -> Integer.compare(x.line(), y.line()));
        return new Report(base.describe(), proposal.describe(),
                new Summary(cases.size() + unreadable.size(), compared, differences.size(), invalid.size(), outcomes,
                        outcomeChanges, parts, clauses),
                differences, invalid);
    }

    private static List<Change> compare(Evaluated b, Evaluated p) {
        List<Change> changes = new ArrayList<>();
        if (b.invalid() || p.invalid()) {
            changes.add(new Change("outcome", b.view().outcome(), p.view().outcome(),
                    List.copyOf(b.clauses().getOrDefault("outcome", Set.of())),
                    List.copyOf(p.clauses().getOrDefault("outcome", Set.of()))));
            return changes;
        }
        Set<String> names = new LinkedHashSet<>(b.parts().keySet());
        names.addAll(p.parts().keySet());
        for (String part : names) {
            String bv = b.parts().getOrDefault(part, "—");
            String pv = p.parts().getOrDefault(part, "—");
            if (Objects.equals(bv, pv)) {
                continue;
            }
            Set<String> bc = b.clauses().getOrDefault(part, Set.of());
            Set<String> pc = p.clauses().getOrDefault(part, Set.of());
            List<String> bOnly = bc.stream().filter(x -> !pc.contains(x)).toList();
            List<String> pOnly = pc.stream().filter(x -> !bc.contains(x)).toList();
            if (bOnly.isEmpty() && pOnly.isEmpty()) {
                bOnly = List.copyOf(bc);
                pOnly = List.copyOf(pc);
            }
            changes.add(new Change(part, bv, pv, bOnly, pOnly));
        }
        return changes;
    }

    private static Difference difference(WhatIfCase c, List<Change> changes, List<String> clauses, SideDecision b,
                                         SideDecision p) {
        if (c.acceptance() != null) {
            var a = c.acceptance();
            String id = a.applicant() == null ? null : a.applicant().id();
            String applicant = id == null ? null
                    : c.logged() != null ? "hash:" + id.substring(0, Math.min(12, id.length())) : Identifiers.mask(id);
            return new Difference(c.line(), c.label(), c.kind(), a.jurisdiction(), a.matterCode(), a.asOf(), applicant,
                    c.logged(), changes, clauses, b, p);
        }
        if (c.services() != null) {
            var sv = c.services();
            String id = sv.applicant() == null ? null : sv.applicant().id();
            return new Difference(c.line(), c.label(), c.kind(), sv.jurisdiction(), sv.matterCode(), sv.asOf(),
                    id == null ? null : Identifiers.mask(id), null, changes, clauses, b, p);
        }
        if (c.bundle() != null) {
            var bu = c.bundle();
            String id = bu.applicant() == null ? null : bu.applicant().id();
            return new Difference(c.line(), c.label(), c.kind(), bu.jurisdiction(), bu.bundleCode(), bu.asOf(),
                    id == null ? null : Identifiers.mask(id), null, changes, clauses, b, p);
        }
        var r = c.policyMatch();
        String id = r.subject() == null ? null : r.subject().id();
        return new Difference(c.line(), c.label(), c.kind(), r.jurisdiction(), null, r.asOf(),
                id == null ? null : Identifiers.mask(id), null, changes, clauses, b, p);
    }

    private Evaluated evaluate(WhatIfSide side, WhatIfCase c) {
        return c.acceptance() != null ? acceptance(side, c) : c.services() != null ? services(side, c)
                : c.bundle() != null ? bundle(side, c) : policy(side, c);
    }

    private static Evaluated invalid(List<FieldProblem> errors) {
        return new Evaluated(new SideDecision(INVALID, null, null, null, null, null, null, null, null, null, errors),
                Map.of(), Map.of());
    }

    private Evaluated acceptance(WhatIfSide side, WhatIfCase c) {
        RuleSet rs = side.ruleSet();
        AcceptanceQuery q;
        try {
            q = c.logged() != null ? AcceptanceValidator.validateLogged(c.acceptance(), rs, today)
                    : AcceptanceValidator.validate(c.acceptance(), rs, today);
        } catch (BadRequestException e) {
            return invalid(e.getErrors());
        }
        List<Instrument> applying = side.applying(rs.catalog().chain(q.jurisdiction()), q.asOf());
        Attribution attribution = Attribution.ofAcceptance();
        AcceptanceResult result;
        try {
            result = ENGINE.evaluate(rs, q, applying, credit.of(rs, q, c), attribution);
        } catch (RuntimeException e) {
            RuntimeException cause = AcceptanceService.unwrapCalendar(e);
            return invalid(List.of(new FieldProblem("asOf", cause instanceof CalendarMissingException
                    ? cause.getMessage() : "cannot be decided under this rule set (" + cause.getClass().getSimpleName() + ")")));
        }
        Decision d = result.decision();
        Map<String, Set<String>> clauses = attribution.clauses;
        d.getReasons().stream().filter(Decision.Reason::shapesOutcome).map(Decision.Reason::clause)
                .filter(Objects::nonNull)
                .forEach(cl -> clauses.computeIfAbsent("outcome", k -> new LinkedHashSet<>()).add(cl));
        AcceptanceResponse r = AcceptanceService.toResponse(result);
        SideDecision view = new SideDecision(r.outcome(), r.completedOnTheSpot(), r.dueDate(), r.supplement(), r.waived(),
                r.unlawfulDemands(), r.priorityService(), null, r.ruleset().instruments(), r.reasons(), null);
        return new Evaluated(view, parts(r), clauses);
    }

    /** The compared parts of an answer as intake systems get it (no supplement unless the outcome has one). */
    static Map<String, String> parts(AcceptanceResponse r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("outcome", r.outcome());
        m.put("completedOnTheSpot", String.valueOf(r.completedOnTheSpot()));
        m.put("dueDate", Objects.toString(r.dueDate(), "—"));
        var s = r.supplement();
        m.put("supplement.materials", s == null ? "—" : join(s.materials(), i -> i.code() + " " + i.problem()));
        m.put("supplement.deadline", s == null ? "—" : Objects.toString(s.deadline(), "—"));
        m.put("supplement.lateConsequence", s == null ? "—" : Objects.toString(s.lateConsequence(), "—"));
        m.put("waived", join(r.waived(), w -> w.code() + " " + w.via()));
        m.put("unlawfulDemands", join(r.unlawfulDemands(), u -> (u.code() == null ? u.name() : u.code()) + " " + u.problem()));
        m.put("priorityService", String.valueOf(r.priorityService()));
        return m;
    }

    /** The same parts as the rules are writing them, to see which rule wrote which part. */
    static Map<String, String> parts(Decision d) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("outcome", Objects.toString(d.getOutcome(), "—"));
        m.put("completedOnTheSpot", String.valueOf(d.isCompletedOnTheSpot()));
        m.put("dueDate", Objects.toString(d.getDueDate(), "—"));
        m.put("supplement.materials", join(d.getSupplementItems(), i -> i.code() + " " + i.problem()));
        m.put("supplement.deadline", Objects.toString(d.getSupplementDeadline(), "—"));
        m.put("supplement.lateConsequence", Objects.toString(d.getLateConsequence(), "—"));
        m.put("waived", join(d.getWaived(), w -> w.code() + " " + w.via()));
        m.put("unlawfulDemands", join(d.getUnlawfulDemands(), u -> (u.code() == null ? u.name() : u.code()) + " " + u.problem()));
        m.put("priorityService", String.valueOf(d.isPriorityService()));
        return m;
    }

    private static <T> String join(List<T> items, Function<T, String> f) {
        return items == null || items.isEmpty() ? "—" : items.stream().map(f).collect(Collectors.joining(", "));
    }

    /**
     * Watches each rule fire and records, per part of the answer (the parts its {@code parts} function reads from the
     * session's decision global), the clauses of the rules that changed it.
     */
    static final class Attribution extends DefaultAgendaEventListener {
        final Map<String, Set<String>> clauses = new LinkedHashMap<>();
        private final Function<org.kie.api.runtime.KieRuntime, Map<String, String>> parts;
        private Map<String, String> before;

        Attribution(Function<org.kie.api.runtime.KieRuntime, Map<String, String>> parts) {
            this.parts = parts;
        }

        /** The acceptance family's answer, in its global {@code decision}. */
        static Attribution ofAcceptance() {
            return new Attribution(rt -> parts((Decision) rt.getGlobal("decision")));
        }

        /** The bundle families' answer, in their global {@code bundleDecision}. */
        static Attribution ofBundles() {
            return new Attribution(rt -> parts((org.zwfw.bundles.facts.BundleDecision) rt.getGlobal("bundleDecision")));
        }

        /** The services family's answer, in its global {@code services}. */
        static Attribution ofServices() {
            return new Attribution(rt -> parts((org.zwfw.services.facts.ServicesDecision)
                    rt.getGlobal("services")));
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            before = parts.apply(event.getKieRuntime());
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            Map<String, String> after = parts.apply(event.getKieRuntime());
            Object clause = event.getMatch().getRule().getMetaData().get("clause");
            if (clause == null) {
                return;
            }
            after.forEach((part, value) -> {
                if (!Objects.equals(before.get(part), value)) {
                    clauses.computeIfAbsent(part, k -> new LinkedHashSet<>()).add(clause.toString());
                }
            });
        }
    }

    /** The parts of a services answer that are compared, in the order they are reported. */
    public static final List<String> SERVICES_PARTS = List.of("mayApplyHere", "mayApplyFromRegion", "crossRegion",
            "wholeProcessOnline", "assistance.kinds", "assistance.kind", "assistance.free", "assistance.discretionary",
            "assistance.window", "homeVisit", "priorityService");

    static Map<String, String> parts(org.zwfw.services.facts.ServicesDecision d) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("mayApplyHere", Objects.toString(d.getMayApplyHere(), "—"));
        m.put("mayApplyFromRegion", Objects.toString(d.getRegionAllowed(), "—"));
        m.put("crossRegion", Objects.toString(d.getCrossRegion(), "—"));
        m.put("wholeProcessOnline", Objects.toString(d.getWholeProcessOnline(), "—"));
        m.put("assistance.kinds", join(d.getAssistanceKinds(), k -> k));
        m.put("assistance.kind", d.getAssistanceKind());
        m.put("assistance.free", String.valueOf(d.isFree()));
        m.put("assistance.discretionary", String.valueOf(d.isAssistanceDiscretionary()));
        m.put("assistance.window", String.valueOf(d.isAssistanceWindow()));
        m.put("homeVisit", Objects.toString(d.getHomeVisit(), "—") + (d.isHomeVisitDiscretionary() ? " (discretionary)" : ""));
        m.put("priorityService", String.valueOf(d.isPriorityService()));
        return m;
    }

    /**
     * A services question on one side: its outcome is {@code MAY_APPLY_HERE} or {@code NOT_HERE} (the audit log's), a
     * matter the side's catalog does not publish or a date no rule of the side decides is invalid on that side.
     */
    private Evaluated services(WhatIfSide side, WhatIfCase c) {
        RuleSet rs = side.ruleSet();
        org.zwfw.services.ServicesQuery q;
        try {
            q = org.zwfw.services.ServicesValidator.validate(c.services(), rs, today);
        } catch (BadRequestException e) {
            return invalid(e.getErrors());
        } catch (org.zwfw.kernel.NotFoundException e) {
            return invalid(List.of(new FieldProblem(e.getField(), e.getMessage())));
        }
        Attribution attribution = Attribution.ofServices();
        org.zwfw.services.ServicesResult result = new org.zwfw.services.ServicesEngine().evaluate(rs, q,
                side.applying(rs.catalog().chain(q.jurisdiction()), q.asOf()), attribution);
        if (result.decision().getMayApplyHere() == null) {
            return invalid(List.of(new FieldProblem("asOf", "no rule of this side decides where or how matters are handled in "
                    + q.jurisdiction() + " on " + q.asOf())));
        }
        var r = org.zwfw.services.ServicesService.toResponse(result);
        SideDecision view = new SideDecision(r.mayApplyHere() ? "MAY_APPLY_HERE" : "NOT_HERE", null, null, null, null,
                null, r.priorityService(), null, r.ruleset().instruments(), r.reasons(), null);
        Map<String, String> parts = parts(result.decision());
        Map<String, Set<String>> clauses = attribution.clauses;
        clauses.put("outcome", clauses.getOrDefault("mayApplyHere", Set.of()));
        Map<String, String> withOutcome = new LinkedHashMap<>();
        withOutcome.put("outcome", view.outcome());
        parts.forEach((k, v) -> {
            if (!k.equals("mayApplyHere")) {
                withOutcome.put(k, v);
            }
        });
        return new Evaluated(view, withOutcome, clauses);
    }

    /** The parts of a bundle answer that are compared, before each matter's parts (prefixed with its code). */
    public static final List<String> BUNDLE_PARTS = List.of("outcome", "dueDate", "supplement.materials",
            "supplement.deadline", "providedWithinBundle", "provisional");

    static Map<String, String> parts(org.zwfw.bundles.facts.BundleDecision d) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("outcome", Objects.toString(d.getOutcome(), "—"));
        m.put("dueDate", Objects.toString(d.getDueDate(), "—"));
        m.put("supplement.materials", join(d.getNeeded(), n -> n.code() + " " + n.problem() + " " + n.matters()));
        m.put("supplement.deadline", Objects.toString(d.getSupplementDeadline(), "—"));
        m.put("providedWithinBundle", join(d.getWithinBundle(), w -> w.matter() + "/" + w.material() + " ← " + w.producedBy()));
        m.put("provisional", String.valueOf(d.isProvisional()));
        return m;
    }

    /** One matter of a bundle decided on one side, with the clauses of the rules that wrote each part of its answer. */
    private record MatterEvaluated(String matterCode, AcceptanceResult result, AcceptanceResponse response, Attribution attribution) {}

    /**
     * A bundle application on one side ({@link org.zwfw.bundles.BundleEvaluator}, as the service decides it): the
     * bundle rules and each matter's acceptance rules of the side's instruments, credit as the side sees it. Compared:
     * the bundle's parts and, prefixed with its code, each matter's. The bundle's outcome is traced to the bundle rules
     * that wrote it and to the clauses that shaped each matter's outcome (a matter's decision makes the bundle's).
     */
    private Evaluated bundle(WhatIfSide side, WhatIfCase c) {
        RuleSet rs = side.ruleSet();
        Attribution attribution = Attribution.ofBundles();
        org.zwfw.bundles.BundleEvaluator.Evaluated<MatterEvaluated> e;
        try {
            var checked = org.zwfw.bundles.BundleEvaluator.check(c.bundle(), rs, today);
            List<Instrument> applying = side.applying(rs.catalog().chain(checked.bundle().jurisdiction()), checked.asOf());
            e = org.zwfw.bundles.BundleEvaluator.evaluate(rs, checked, applying, ar -> {
                AcceptanceQuery q = AcceptanceValidator.validate(ar, rs, today);
                Attribution matter = Attribution.ofAcceptance();
                AcceptanceResult result = ENGINE.evaluate(rs, q, side.applying(rs.catalog().chain(q.jurisdiction()),
                        q.asOf()), credit.of(rs, q, c), matter);
                if (result.decision().getOutcome() == null) {
                    throw new BadRequestException(List.of(new FieldProblem("asOf", "no rule of this side decides "
                            + q.matterCode() + " in " + q.jurisdiction() + " on " + q.asOf())));
                }
                return new MatterEvaluated(q.matterCode(), result, AcceptanceService.toResponse(result), matter);
            }, MatterEvaluated::response, attribution);
        } catch (BadRequestException ex) {
            return invalid(ex.getErrors());
        } catch (org.zwfw.kernel.NotFoundException ex) {
            return invalid(List.of(new FieldProblem(ex.getField(), ex.getMessage())));
        } catch (RuntimeException ex) {
            RuntimeException cause = AcceptanceService.unwrapCalendar(ex);
            return invalid(List.of(new FieldProblem("asOf", cause instanceof CalendarMissingException
                    ? cause.getMessage() : "cannot be decided under this rule set (" + cause.getClass().getSimpleName() + ")")));
        }
        org.zwfw.bundles.BundleResponse r = org.zwfw.bundles.BundleEvaluator.toResponse(rs, e, null);
        Map<String, String> parts = parts(e.decision());
        Map<String, Set<String>> clauses = attribution.clauses;
        for (MatterEvaluated m : e.decided()) {
            String code = m.matterCode();
            Map<String, Set<String>> mc = m.attribution().clauses;
            m.result().decision().getReasons().stream().filter(Decision.Reason::shapesOutcome)
                    .map(Decision.Reason::clause).filter(Objects::nonNull)
                    .forEach(cl -> mc.computeIfAbsent("outcome", k -> new LinkedHashSet<>()).add(cl));
            mc.getOrDefault("outcome", Set.of())
                    .forEach(cl -> clauses.computeIfAbsent("outcome", k -> new LinkedHashSet<>()).add(cl));
            parts(m.response()).forEach((k, v) -> parts.put(code + " " + k, v));
            mc.forEach((k, v) -> clauses.computeIfAbsent(code + " " + k, x -> new LinkedHashSet<>()).addAll(v));
        }
        SideDecision view = new SideDecision(r.outcome(), null, r.dueDate(), null, null, null, null, null,
                r.ruleset().instruments(), r.reasons(), null, r);
        return new Evaluated(view, parts, clauses);
    }

    private Evaluated policy(WhatIfSide side, WhatIfCase c) {
        PolicyMatchService.Response r;
        try {
            r = policies.match(side.ruleSet(), c.policyMatch());
        } catch (BadRequestException e) {
            return invalid(e.getErrors());
        }
        List<PolicyHit> hits = r.matches().stream()
                .map(m -> new PolicyHit(m.policy(), m.tier(), m.benefit().amount(), m.benefit().unit(), m.clause()))
                .toList();
        Map<String, String> parts = new LinkedHashMap<>();
        Map<String, Set<String>> clauses = new LinkedHashMap<>();
        for (PolicyHit h : hits) {
            String part = "policy " + h.policy();
            parts.put(part, (h.tier() == null ? "" : h.tier() + " ") + Objects.toString(h.amount(), "") + " "
                    + Objects.toString(h.unit(), ""));
            if (h.clause() != null) {
                clauses.computeIfAbsent(part, k -> new LinkedHashSet<>()).add(h.clause());
            }
        }
        SideDecision view = new SideDecision(hits.isEmpty() ? "NO_MATCH" : "MATCHES", null, null, null, null, null, null,
                hits, null, null, null);
        return new Evaluated(view, parts, clauses);
    }
}
