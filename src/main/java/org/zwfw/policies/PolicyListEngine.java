package org.zwfw.policies;

import java.util.List;
import java.util.Set;

import org.zwfw.engine.Engine;
import org.zwfw.policies.facts.PolicyListing;
import org.zwfw.lawbook.Instrument;
import org.zwfw.engine.RuleSet;

/**
 * Runs the policy-list rules ({@code ruleflow-group "policy-lists"}) for a jurisdiction on a date: the list classes of
 * the instruments that apply as facts, only those instruments' rules allowed to fire. Which lists must be published,
 * and under which clause, comes from the rules alone.
 */
public final class PolicyListEngine {
    /** The family's name in phases.csv. */
    public static final String FAMILY = "policy-lists";

    public PolicyListing evaluate(RuleSet rs, List<Instrument> applying) {
        Set<String> ids = rs.ids(applying);
        PolicyListing listing = new PolicyListing();
        Engine.run(rs, Engine.decide(FAMILY, applying, facts -> {
            facts.global("policyLists", listing);
            facts.insertAll(rs.table(PolicyTables.class).listsOf(ids));
        }));
        return listing;
    }
}
