package org.zwfw.policies;

import org.zwfw.policies.subject.Subject;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.FactHandle;
import org.zwfw.policies.facts.PolicyMatches;
import org.zwfw.engine.RuleSet;

/**
 * Matches subjects against the policy rows of a rule set, a batch at a time. On the service's whole rule base one
 * session serves every batch (insert the batch, fire, collect, delete — stack-notes: the fastest Drools idiom measured
 * here): a new session per batch would evaluate the acceptance rules again each time, many times slower. On a rule
 * base of policy rows only (a population run's) each batch gets a new session instead, which skips deleting a
 * thousand facts: 5–10% less CPU (docs/benchmarks.md). Only policy rows fire (rows carry {@code @policy}), and only
 * for policies valid on the date in the jurisdiction's chain. Not thread-safe: one engine per thread.
 */
public final class PolicyEngine implements AutoCloseable {
    private final org.kie.api.KieBase kieBase;
    /** The session reused for every batch, or null when each batch gets a new one (a policies-only rule base). */
    private final KieSession session;
    private final AgendaFilter activeRowsOnly;
    private final PolicyMatches matches = new PolicyMatches();
    /** Makes the rules' Subject facts (the type declared from the data dictionary) from the subjects. */
    private final SubjectFacts facts;

    public PolicyEngine(RuleSet rs, String jurisdiction, LocalDate asOf) {
        Set<String> active = rs.table(PolicyTables.class).activeCodes(rs.catalog().chain(jurisdiction), asOf);
        kieBase = rs.kieBase();
        facts = SubjectFacts.of(kieBase, rs.table(PolicyTables.class).dictionary());
        if (facts != null) {
            matches.subjectsBy(facts::subjectOf);
        }
        List<Rule> rules = kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream()).toList();
        boolean policyRowsOnly = rules.stream().allMatch(r -> r.getMetaData().get("policy") != null);
        session = policyRowsOnly ? null : newSession();
        // Only rows of policies valid on the date in the chain may fire (their rules carry @policy); a filter
        // rather than a joined fact keeps every row a single-pattern rule, which Drools evaluates far faster.
        // The answer per rule is worked out once (the filter is asked for every activation).
        // When every rule of the rule base is such a row (the policies-only rule base of a population run, all its
        // policies in force) there is nothing to filter, and the filter asked for each of millions of activations
        // is left out.
        boolean everyRuleAllowed = policyRowsOnly && rules.stream().allMatch(r -> isActive(r, active));
        Map<Rule, Boolean> allowed = new IdentityHashMap<>();
        activeRowsOnly = everyRuleAllowed ? null : m -> allowed.computeIfAbsent(m.getRule(), r -> isActive(r, active));
    }

    private static boolean isActive(Rule r, Set<String> activePolicies) {
        Object policy = r.getMetaData().get("policy");
        return policy != null && activePolicies.contains(policy.toString());
    }

    private KieSession newSession() {
        KieSession s = kieBase.newKieSession();
        s.setGlobal("matches", matches);
        return s;
    }

    /** Every policy row that holds for each subject of the batch. */
    public List<PolicyMatches.Match> match(List<Subject> batch) {
        matches.clear();
        if (session == null) {
            KieSession fresh = newSession();
            try {
                batch.forEach(s -> fresh.insert(fact(s)));
                fire(fresh);
            } finally {
                fresh.dispose();
            }
            return List.copyOf(matches.all());
        }
        FactHandle[] handles = new FactHandle[batch.size()];
        for (int i = 0; i < handles.length; i++) {
            handles[i] = session.insert(fact(batch.get(i)));
        }
        fire(session);
        for (FactHandle h : handles) {
            session.delete(h);
        }
        return List.copyOf(matches.all());
    }

    /** The fact the rules match for a subject (the subject itself when the rule base declares no Subject fact). */
    private Object fact(Subject s) {
        return facts == null ? s : facts.fact(s);
    }

    private void fire(KieSession s) {
        if (activeRowsOnly == null) {
            s.fireAllRules();
        } else {
            s.fireAllRules(activeRowsOnly);
        }
    }

    @Override
    public void close() {
        if (session != null) {
            session.dispose();
        }
    }
}
