package org.zwfw.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import org.zwfw.bundles.BundleTables;
import org.zwfw.catalog.WorkingCalendar;
import org.zwfw.engine.Engine;
import org.zwfw.engine.Facts;
import org.zwfw.engine.RuleSet;
import org.zwfw.lawbook.Instrument;
import org.zwfw.supervision.facts.Clock;
import org.zwfw.supervision.facts.ClockDecision;
import org.zwfw.supervision.facts.ClockMove;
import org.zwfw.supervision.facts.Review;
import org.zwfw.supervision.facts.ReviewDecision;
import org.zwfw.supervision.facts.ReviewStanding;
import org.zwfw.supervision.facts.VerificationDuty;

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
        return onClock(rs, CLOCK, clock, null, null);
    }

    /** The clock of a 告知承诺 approval with its verification duty ({@code duty} null: none runs on the date). */
    public ClockDecision clock(RuleSet rs, Clock clock, VerificationDuty duty) {
        return onClock(rs, CLOCK, clock, null, duty);
    }

    public ClockDecision move(RuleSet rs, Clock clock, ClockMove move) {
        return onClock(rs, MOVES, clock, move, null);
    }

    private ClockDecision onClock(RuleSet rs, String family, Clock clock, ClockMove move, VerificationDuty duty) {
        return run(rs, family, clock.jurisdiction(), clock.openedOn(), "openedOn", "clockDecision", new ClockDecision(),
                (applying, facts) -> {
            Set<String> ids = rs.ids(applying);
            facts.insert(clock);
            org.zwfw.catalog.Matter matter = rs.catalog().of(clock.jurisdiction()).matters().get(clock.matterCode());
            if (matter != null) {
                facts.insert(matter);
            } else {
                // A 一件事 case: its code is the bundle's, whose list row the bundle clock rules rest on.
                BundleTables bundles = rs.table(BundleTables.class);
                if (bundles != null) {
                    bundles.find(clock.jurisdiction(), clock.matterCode()).ifPresent(facts::insert);
                }
            }
            if (move != null) {
                facts.insert(move);
            }
            if (duty != null) {
                // The duty rests on the matter's row of the 告知承诺事项清单.
                facts.insert(duty);
                rs.catalog().of(clock.jurisdiction()).commitmentOf(clock.matterCode()).ifPresent(facts::insert);
            }
            rs.parameters().stream().filter(p -> ids.contains(p.instrument())).forEach(facts::insert);
            SupervisionTables t = rs.table(SupervisionTables.class);
            if (t != null) {
                facts.insertAll(t.warningPeriodsOf(ids));
                facts.insertAll(t.proceduresOf(clock.jurisdiction(), clock.matterCode(), clock.asOf()));
                facts.insertAll(t.unifiedHandlingOf(clock.jurisdiction(), clock.matterCode(), clock.openedOn()));
            }
        });
    }

    public ReviewDecision review(RuleSet rs, Review review) {
        return onReview(rs, REVIEWS, review, null);
    }

    public ReviewDecision standing(RuleSet rs, Review review, ReviewStanding standing) {
        return onReview(rs, STANDING, review, standing);
    }

    private ReviewDecision onReview(RuleSet rs, String family, Review review, ReviewStanding standing) {
        return run(rs, family, review.jurisdiction(), review.date(), "date", "reviewDecision", new ReviewDecision(),
                (applying, facts) -> {
            facts.insert(review);
            applying.forEach(i -> facts.insert(new org.zwfw.acceptance.facts.InForce(i.id(), i.title(),
                    i.jurisdiction())));
            if (standing != null) {
                facts.insert(standing);
            }
        });
    }

    /**
     * Runs {@code family} under the law in force in {@code jurisdiction} on {@code on} ({@code field} names that date
     * in the answer when no law is in force): the decision the rules fill in as the global {@code global}, the
     * tracking working calendar as {@code calendar}, then the facts {@code more} inserts.
     */
    private static <D> D run(RuleSet rs, String family, String jurisdiction, LocalDate on, String field, String global,
                             D decision, BiConsumer<List<Instrument>, Facts> more) {
        List<Instrument> applying = Engine.lawInForce(rs, jurisdiction, on, field);
        WorkingCalendar calendar = rs.catalog().calendar().tracking();
        Engine.run(rs, Engine.decide(family, applying, facts -> {
            facts.global(global, decision);
            facts.global("calendar", calendar);
            more.accept(applying, facts);
        }));
        return decision;
    }

    /** The working days from {@code from} to {@code to}: positive ahead, negative when {@code to} is past. */
    public static int workingDaysLeft(WorkingCalendar calendar, LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(from, to);
    }
}
