package org.zwfw.platform.ops;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RuleSetHolder;

/**
 * Readiness: a rule set is loaded and serving — its version, since when, how many rules and instruments — and how far
 * its holiday calendar reaches ({@code calendarEnds}, {@code calendarDaysLeft}); within 60 days of its end a
 * {@code calendarWarning} says which year to add. The service still answers then (provisionally past the end), so
 * the status stays UP: the warning is for operators, the gauge {@code zwfw.calendar.days.left} for alerts.
 */
@Component
public class RuleSetHealthIndicator implements HealthIndicator {
    private final RuleSetHolder holder;
    private final Clock clock;

    @Autowired
    public RuleSetHealthIndicator(RuleSetHolder holder) {
        this(holder, Clock.system(CalendarHorizon.SHANGHAI));
    }

    RuleSetHealthIndicator(RuleSetHolder holder, Clock clock) {
        this.holder = holder;
        this.clock = clock;
    }

    @Override
    public Health health() {
        RuleSetHolder.Active active = holder.active();
        if (active == null || active.ruleSet() == null || active.ruleSet().rules().isEmpty()) {
            return Health.outOfService().withDetail("reason", "no rule set loaded").build();
        }
        RuleSet rs = active.ruleSet();
        Health.Builder h = Health.up()
                .withDetail("version", rs.version())
                .withDetail("servingSince", String.valueOf(active.since()))
                .withDetail("rules", rs.rules().size())
                .withDetail("instruments", rs.instruments().size());
        CalendarHorizon horizon = CalendarHorizon.of(rs, clock);
        if (horizon != null) {
            h.withDetail("calendarEnds", horizon.lastDay().toString())
                    .withDetail("calendarDaysLeft", horizon.daysLeft());
            if (horizon.warn()) {
                h.withDetail("calendarWarning", horizon.warning());
            }
        }
        return h.build();
    }
}
