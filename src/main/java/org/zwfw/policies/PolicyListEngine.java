package org.zwfw.policies;

import java.util.List;
import java.util.Set;

import org.kie.api.runtime.KieSession;
import org.zwfw.policies.facts.PolicyListing;
import org.zwfw.ruleset.Instrument;
import org.zwfw.ruleset.RuleSet;

/**
 * Runs the policy-list rules ({@code ruleflow-group "policy-lists"}) for a jurisdiction on a date: the list classes of
 * the instruments that apply as facts, only those instruments' rules allowed to fire. Which lists must be published,
 * and under which clause, comes from the rules alone.
 */
public final class PolicyListEngine {
    public static final String PHASE = "policy-lists";

    public PolicyListing evaluate(RuleSet rs, List<Instrument> applying) {
        Set<String> ids = rs.ids(applying);
        PolicyListing listing = new PolicyListing();
        KieSession session = rs.newSession();
        try {
            session.setGlobal("policyLists", listing);
            rs.table(PolicyTables.class).listsOf(ids).forEach(session::insert);
            session.getAgenda().getAgendaGroup(PHASE).setFocus();
            session.fireAllRules(rs.onlyRulesOf(ids));
        } finally {
            session.dispose();
        }
        return listing;
    }
}
