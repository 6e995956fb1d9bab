package org.zwfw.bundles;

import java.time.LocalDate;
import java.util.List;

import org.kie.api.event.rule.AgendaEventListener;
import org.zwfw.acceptance.facts.ProvisionalCount;
import org.zwfw.bundles.facts.BundleApplication;
import org.zwfw.bundles.facts.BundleDecision;
import org.zwfw.bundles.facts.MatterOutcome;
import org.zwfw.bundles.facts.Submitted;
import org.zwfw.catalog.WorkingCalendar;
import org.zwfw.engine.Engine;
import org.zwfw.engine.Facts;
import org.zwfw.engine.RuleSet;
import org.zwfw.lawbook.Instrument;

/**
 * Runs the bundle rules in two steps around the matters' own acceptance decisions: {@link #mapMaterials} (family
 * {@code bundle-materials}: which status each matter's materials take from the bundle's, which are produced within
 * it) and {@link #combine} (family {@code bundles}: the bundle's outcome, its one notice, its due date). Holds no
 * decision logic: every status, outcome, date and reason comes from a rule and the bundle's list rows.
 */
public final class BundleEngine {
    public static final String MATERIALS_FAMILY = "bundle-materials";
    public static final String FAMILY = "bundles";

    /** The result of both steps, with the ids of the rules that fired. */
    public record Result(BundleDecision decision, List<String> fired) {}

    public Result mapMaterials(RuleSet rs, Bundle bundle, LocalDate asOf, List<Submitted> submitted,
                               List<Instrument> applying) {
        return mapMaterials(rs, bundle, asOf, submitted, applying, null);
    }

    /** The same, with a listener (may be null) that also watches each rule fire (a what-if's attribution). */
    public Result mapMaterials(RuleSet rs, Bundle bundle, LocalDate asOf, List<Submitted> submitted,
                               List<Instrument> applying, AgendaEventListener observer) {
        BundleDecision decision = new BundleDecision();
        WorkingCalendar calendar = rs.catalog().calendar().tracking();
        Engine.Fired fired = Engine.run(rs, Engine.decide(MATERIALS_FAMILY, applying,
                facts -> application(facts, decision, calendar, bundle, asOf, submitted)).observedBy(observer));
        return new Result(decision, fired.rules());
    }

    public Result combine(RuleSet rs, Bundle bundle, LocalDate asOf, List<Submitted> submitted,
                          List<MatterOutcome> outcomes, List<Instrument> applying, BundleDecision decision) {
        return combine(rs, bundle, asOf, submitted, outcomes, applying, decision, null);
    }

    /**
     * The same, with a listener (may be null). A date the bundle rules counted past the last year of the holiday
     * calendar on file (on the statutory holidays alone) is inserted as a {@link ProvisionalCount} once every date is
     * counted, and the {@code bundle-service} phase runs again for the rules that say so.
     */
    public Result combine(RuleSet rs, Bundle bundle, LocalDate asOf, List<Submitted> submitted,
                          List<MatterOutcome> outcomes, List<Instrument> applying, BundleDecision decision,
                          AgendaEventListener observer) {
        WorkingCalendar calendar = rs.catalog().calendar().tracking();
        Engine.Fired fired = Engine.run(rs, Engine.decide(FAMILY, applying, facts -> {
            application(facts, decision, calendar, bundle, asOf, submitted);
            facts.insertAll(outcomes);
        }).observedBy(observer).thenAgain("bundle-service", facts -> {
            calendar.provisionalYears().forEach(y -> facts.insert(new ProvisionalCount(y)));
            return !calendar.provisionalYears().isEmpty();
        }));
        return new Result(decision, fired.rules());
    }

    /** What both phases are given: the decision and calendar globals, the application, the bundle, what was submitted. */
    private static void application(Facts facts, BundleDecision decision, WorkingCalendar calendar, Bundle bundle,
                                    LocalDate asOf, List<Submitted> submitted) {
        facts.global("bundleDecision", decision);
        facts.global("calendar", calendar);
        facts.insert(new BundleApplication(bundle.jurisdiction(), bundle.code(), asOf));
        facts.insert(bundle);
        facts.insertAll(submitted);
    }
}
