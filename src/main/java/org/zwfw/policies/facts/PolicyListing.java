package org.zwfw.policies.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What the policy-list rules decided (the {@code policyLists} global of a listing session): which classes of policy
 * list must be published, each with the rule and clause that requires it.
 */
public class PolicyListing {

    /** A list to publish, with the rule that requires it. */
    public record Published(PolicyClassList list, String rule, String clause, String text, org.zwfw.lawbook.Basis basis) {}

    private final List<Published> published = new ArrayList<>();

    public void publish(RuleContext ctx, PolicyClassList list, String text) {
        Rule rule = ctx.getRule();
        Map<String, Object> meta = rule.getMetaData();
        Object id = meta.get("ruleId");
        Object clause = meta.get("clause");
        published.add(new Published(list, id == null ? rule.getName() : id.toString(),
                clause == null ? null : clause.toString(), text, org.zwfw.lawbook.Basis.of(meta)));
    }

    /** The lists in their tables' order. */
    public List<Published> all() {
        return published.stream().sorted(Comparator.comparing((Published p) -> p.list().instrument())
                .thenComparingInt(p -> p.list().position())).toList();
    }
}
