package org.zwfw.platform.ops;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RuleSetHolder;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * The rule set in service as metrics: {@code zwfw.ruleset.active{version=…} 1} for the serving version only (the row
 * moves when a reload or install swaps the set), and {@code zwfw.ruleset.rules}, its number of rules;
 * {@code zwfw.calendar.days.left}: days from today (Asia/Shanghai) to the last day of its holiday calendar (negative
 * once past it) — alert at 60 or fewer, when next year's schedule is due.
 */
@Component
public class RuleSetMetrics {
    private final MultiGauge active;

    @Autowired
    public RuleSetMetrics(MeterRegistry registry, RuleSetHolder holder) {
        this(registry, holder, Clock.system(CalendarHorizon.SHANGHAI));
    }

    RuleSetMetrics(MeterRegistry registry, RuleSetHolder holder, Clock clock) {
        this.active = MultiGauge.builder("zwfw.ruleset.active")
                .description("1 for the version (content hash) of the rule set in service")
                .register(registry);
        Gauge.builder("zwfw.ruleset.rules", holder, h -> h.current().rules().size())
                .description("Rules in the rule set in service")
                .register(registry);
        Gauge.builder("zwfw.calendar.days.left", holder, h -> {
                    CalendarHorizon c = CalendarHorizon.of(h.current(), clock);
                    return c == null ? Double.NaN : c.daysLeft();
                })
                .description("Days from today to the last day of the holiday calendar on file (warn at 60 or fewer)")
                .baseUnit("days")
                .register(registry);
        show(holder.current());
        holder.onInstall(this::show);
    }

    private void show(RuleSet rs) {
        active.register(List.of(MultiGauge.Row.of(Tags.of("version", rs.version()), 1)), true);
    }
}
