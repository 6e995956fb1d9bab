package org.zwfw.bundles;

import java.time.LocalDate;
import java.util.List;

import org.zwfw.bundles.facts.BundleApplication;
import org.zwfw.bundles.facts.BundleDecision;
import org.zwfw.bundles.facts.MatterOutcome;
import org.zwfw.bundles.facts.Submitted;
import org.zwfw.catalog.WorkingCalendar;
import org.zwfw.engine.Engine;
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
        BundleDecision decision = new BundleDecision();
        WorkingCalendar calendar = rs.catalog().calendar().tracking();
        Engine.Fired fired = Engine.run(rs, Engine.decide(MATERIALS_FAMILY, applying, facts -> {
            facts.global("bundleDecision", decision);
            facts.global("calendar", calendar);
            facts.insert(new BundleApplication(bundle.jurisdiction(), bundle.code(), asOf));
            facts.insert(bundle);
            facts.insertAll(submitted);
        }));
        return new Result(decision, fired.rules());
    }

    public Result combine(RuleSet rs, Bundle bundle, LocalDate asOf, List<Submitted> submitted,
                          List<MatterOutcome> outcomes, List<Instrument> applying, BundleDecision decision) {
        WorkingCalendar calendar = rs.catalog().calendar().tracking();
        Engine.Fired fired = Engine.run(rs, Engine.decide(FAMILY, applying, facts -> {
            facts.global("bundleDecision", decision);
            facts.global("calendar", calendar);
            facts.insert(new BundleApplication(bundle.jurisdiction(), bundle.code(), asOf));
            facts.insert(bundle);
            facts.insertAll(submitted);
            facts.insertAll(outcomes);
        }));
        return new Result(decision, fired.rules());
    }
}
