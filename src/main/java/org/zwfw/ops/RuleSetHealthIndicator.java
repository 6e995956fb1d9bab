package org.zwfw.ops;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.zwfw.ruleset.RuleSet;
import org.zwfw.ruleset.RuleSetHolder;

/** Readiness: a rule set is loaded and serving — its version, since when, how many rules and instruments. */
@Component
public class RuleSetHealthIndicator implements HealthIndicator {
    private final RuleSetHolder holder;

    public RuleSetHealthIndicator(RuleSetHolder holder) {
        this.holder = holder;
    }

    @Override
    public Health health() {
        RuleSetHolder.Active active = holder.active();
        if (active == null || active.ruleSet() == null || active.ruleSet().rules().isEmpty()) {
            return Health.outOfService().withDetail("reason", "no rule set loaded").build();
        }
        RuleSet rs = active.ruleSet();
        return Health.up()
                .withDetail("version", rs.version())
                .withDetail("servingSince", String.valueOf(active.since()))
                .withDetail("rules", rs.rules().size())
                .withDetail("instruments", rs.instruments().size())
                .build();
    }
}
