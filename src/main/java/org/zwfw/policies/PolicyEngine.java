package org.zwfw.policies;

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
import org.zwfw.policies.facts.Subject;
import org.zwfw.ruleset.RuleSet;

/**
 * Matches subjects against the policy rows of a rule set. One session serves a whole batch (insert the batch, fire,
 * collect, delete — stack-notes: the fastest Drools idiom measured here). A fresh session per batch was tried: ~5%
 * faster on a rule base of policy tables only, but many times slower on the service's whole rule base, whose
 * acceptance rules are evaluated again by every new session. Only policy rows fire (rows carry {@code @policy}), and
 * only for policies valid on the date in the jurisdiction's chain. Not thread-safe: one engine per thread.
 */
public final class PolicyEngine implements AutoCloseable {
    private final KieSession session;
    private final AgendaFilter activeRowsOnly;
    private final PolicyMatches matches = new PolicyMatches();

    public PolicyEngine(RuleSet rs, String jurisdiction, LocalDate asOf) {
        Set<String> active = rs.table(PolicyTables.class).activeCodes(rs.catalog().chain(jurisdiction), asOf);
        session = rs.kieBase().newKieSession();
        session.setGlobal("matches", matches);
        // Only rows of policies valid on the date in the chain may fire (their rules carry @policy); a filter
        // rather than a joined fact keeps every row a single-pattern rule, which Drools evaluates far faster.
        // The answer per rule is worked out once (the filter is asked for every activation).
        // When every rule of the rule base is such a row (the policies-only rule base of a population run, all its
        // policies in force) there is nothing to filter, and the filter asked for each of millions of activations
        // is left out.
        boolean everyRuleAllowed = rs.kieBase().getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .allMatch(r -> isActive(r, active));
        Map<Rule, Boolean> allowed = new IdentityHashMap<>();
        activeRowsOnly = everyRuleAllowed ? null : m -> allowed.computeIfAbsent(m.getRule(), r -> isActive(r, active));
    }

    private static boolean isActive(Rule r, Set<String> activePolicies) {
        Object policy = r.getMetaData().get("policy");
        return policy != null && activePolicies.contains(policy.toString());
    }

    /** Every policy row that holds for each subject of the batch. */
    public List<PolicyMatches.Match> match(List<Subject> batch) {
        matches.clear();
        FactHandle[] handles = new FactHandle[batch.size()];
        for (int i = 0; i < handles.length; i++) {
            handles[i] = session.insert(batch.get(i));
        }
        if (activeRowsOnly == null) {
            session.fireAllRules();
        } else {
            session.fireAllRules(activeRowsOnly);
        }
        for (FactHandle h : handles) {
            session.delete(h);
        }
        return List.copyOf(matches.all());
    }

    @Override
    public void close() {
        session.dispose();
    }
}
