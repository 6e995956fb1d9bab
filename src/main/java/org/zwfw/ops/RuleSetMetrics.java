package org.zwfw.ops;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zwfw.ruleset.RuleSet;
import org.zwfw.ruleset.RuleSetHolder;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * The rule set in service as metrics: {@code zwfw.ruleset.active{version=…} 1} for the serving version only (the row
 * moves when a reload or install swaps the set), and {@code zwfw.ruleset.rules}, its number of rules.
 */
@Component
public class RuleSetMetrics {
    private final MultiGauge active;

    public RuleSetMetrics(MeterRegistry registry, RuleSetHolder holder) {
        this.active = MultiGauge.builder("zwfw.ruleset.active")
                .description("1 for the version (content hash) of the rule set in service")
                .register(registry);
        Gauge.builder("zwfw.ruleset.rules", holder, h -> h.current().rules().size())
                .description("Rules in the rule set in service")
                .register(registry);
        show(holder.current());
        holder.onInstall(this::show);
    }

    private void show(RuleSet rs) {
        active.register(List.of(MultiGauge.Row.of(Tags.of("version", rs.version()), 1)), true);
    }
}
