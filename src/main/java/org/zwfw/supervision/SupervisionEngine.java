package org.zwfw.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.zwfw.catalog.WorkingCalendar;
import org.zwfw.engine.Engine;
import org.zwfw.engine.RuleSet;
import org.zwfw.lawbook.Instrument;
import org.zwfw.supervision.facts.Clock;
import org.zwfw.supervision.facts.ClockDecision;
import org.zwfw.supervision.facts.ClockMove;
import org.zwfw.supervision.facts.Review;
import org.zwfw.supervision.facts.ReviewDecision;
import org.zwfw.supervision.facts.ReviewStanding;

/**
 * Runs the supervision rules: a case's clock on a date (family "clock"), a change to it (family "clock-moves"), a new
 * review (family "reviews") and a review's standing on a date (family "review-standing"). A case's clock is judged by
 * the law the case was opened under; a review by the law in force on its date.
 */
public final class SupervisionEngine {
    public static final String CLOCK = "clock";
    public static final String MOVES = "clock-moves";
    public static final String REVIEWS = "reviews";
    public static final String STANDING = "review-standing";

    public ClockDecision clock(RuleSet rs, Clock clock) {
        return onClock(rs, CLOCK, clock, null);
    }

    public ClockDecision move(RuleSet rs, Clock clock, ClockMove move) {
        return onClock(rs, MOVES, clock, move);
    }

    private ClockDecision onClock(RuleSet rs, String family, Clock clock, ClockMove move) {
        ClockDecision d = new ClockDecision();
        List<Instrument> applying = Engine.lawInForce(rs, clock.jurisdiction(), clock.openedOn(), "openedOn");
        Set<String> ids = rs.ids(applying);
        WorkingCalendar calendar = rs.catalog().calendar().tracking();
        Engine.run(rs, Engine.decide(family, applying, facts -> {
            facts.global("clockDecision", d);
            facts.global("calendar", calendar);
            facts.insert(clock);
            org.zwfw.catalog.Matter matter = rs.catalog().of(clock.jurisdiction()).matters().get(clock.matterCode());
            if (matter != null) {
                facts.insert(matter);
            }
            if (move != null) {
                facts.insert(move);
            }
            rs.parameters().stream().filter(p -> ids.contains(p.instrument())).forEach(facts::insert);
            SupervisionTables t = rs.table(SupervisionTables.class);
            if (t != null) {
                facts.insertAll(t.warningPeriodsOf(ids));
                facts.insertAll(t.proceduresOf(clock.jurisdiction(), clock.matterCode(), clock.asOf()));
                facts.insertAll(t.unifiedHandlingOf(clock.jurisdiction(), clock.matterCode(), clock.openedOn()));
            }
        }));
        return d;
    }

    public ReviewDecision review(RuleSet rs, Review review) {
        return onReview(rs, REVIEWS, review, null);
    }

    public ReviewDecision standing(RuleSet rs, Review review, ReviewStanding standing) {
        return onReview(rs, STANDING, review, standing);
    }

    private ReviewDecision onReview(RuleSet rs, String family, Review review, ReviewStanding standing) {
        ReviewDecision d = new ReviewDecision();
        List<Instrument> applying = Engine.lawInForce(rs, review.jurisdiction(), review.date(), "date");
        WorkingCalendar calendar = rs.catalog().calendar().tracking();
        Engine.run(rs, Engine.decide(family, applying, facts -> {
            facts.global("reviewDecision", d);
            facts.global("calendar", calendar);
            facts.insert(review);
            applying.forEach(i -> facts.insert(new org.zwfw.acceptance.facts.InForce(i.id(), i.title(),
                    i.jurisdiction())));
            if (standing != null) {
                facts.insert(standing);
            }
        }));
        return d;
    }

    /** The working days from {@code from} to {@code to}: positive ahead, negative when {@code to} is past. */
    public static int workingDaysLeft(WorkingCalendar calendar, LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(from, to);
    }
}
