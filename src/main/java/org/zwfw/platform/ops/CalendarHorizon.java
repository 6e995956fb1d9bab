package org.zwfw.platform.ops;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.zwfw.engine.RuleSet;

/**
 * How far the holiday calendar of a rule set reaches from today (Asia/Shanghai): its last day and the days left until
 * it. Within {@link #WARN_DAYS} days (or past it) operators are warned — readiness details and the
 * {@code zwfw.calendar.days.left} gauge — so the State Council's next schedule is added before counts become
 * provisional (a count past the end is answered on the statutory holidays alone and marked provisional).
 */
public record CalendarHorizon(LocalDate lastDay, long daysLeft) {
    public static final int WARN_DAYS = 60;
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Null when the rule set has no calendar rows at all. */
    public static CalendarHorizon of(RuleSet rs, Clock clock) {
        LocalDate last = rs == null ? null : rs.catalog().calendar().lastDay();
        if (last == null) {
            return null;
        }
        return new CalendarHorizon(last, ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(SHANGHAI)), last));
    }

    public boolean warn() {
        return daysLeft <= WARN_DAYS;
    }

    /** What an operator is told when {@link #warn()}: the year to add and where. */
    public String warning() {
        int next = lastDay.getYear() + 1;
        return (daysLeft < 0 ? "the holiday calendar ended on " + lastDay
                : "the holiday calendar ends on " + lastDay + " (" + daysLeft + " days left)")
                + "; working-day counts into " + next + " are answered provisionally on the statutory holidays alone "
                + "until the State Council's " + next + " schedule is added to rules/calendar/cn-holidays.csv and reloaded";
    }
}
