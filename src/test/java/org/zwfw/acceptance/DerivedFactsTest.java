package org.zwfw.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.zwfw.acceptance.facts.Deficiency;
import org.zwfw.acceptance.facts.OnlyTolerableMissing;
import org.zwfw.acceptance.facts.SupplementWindow;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RuleSetLoader;

/**
 * The derived facts of an acceptance decision (rules national.facts.*, phase "facts"): computed once, read by the
 * clause rules, never a reason of the answer.
 */
class DerivedFactsTest {

    static final String YINCHUAN = "640100";
    static final LocalDate MON_2025_12_15 = LocalDate.of(2025, 12, 15);
    static RuleSet rs;

    @BeforeAll
    static void load() {
        rs = RuleSetLoader.load(Path.of("rules"));
    }

    /** What one decision derived, seen after the session's last rule fired, and its answer. */
    record Run(AcceptanceResult result, List<Object> derived) {}

    static Run run(Map<String, String> materials, boolean signed, LocalDate by) {
        AcceptanceQuery q = new AcceptanceQuery(YINCHUAN, "YC-SPJY-001", MON_2025_12_15, "ORDINARY", "LEGAL_PERSON", null,
                Set.of(), materials, signed, by, "WINDOW", MON_2025_12_15, false);
        List<Object> derived = new ArrayList<>();
        AcceptanceEngine engine = new AcceptanceEngine();
        AcceptanceResult r = engine.evaluate(rs, q, rs.applicable(rs.catalog().chain(YINCHUAN), MON_2025_12_15),
                List.of(), new DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent event) {
                        derived.clear();
                        derived.addAll(event.getKieRuntime().getObjects(
                                o -> o instanceof OnlyTolerableMissing || o instanceof SupplementWindow));
                    }
                });
        return new Run(r, derived);
    }

    /** 食品经营许可 in 银川: M01–M04 main, M05 and M06 on the 容缺 list (10 working days); 承诺办结 5 working days. */
    static Map<String, String> food(String... missing) {
        Map<String, String> m = new TreeMap<>();
        for (String c : List.of("M01", "M02", "M03", "M04", "M05", "M06")) {
            m.put(c, "PROVIDED");
        }
        for (String c : missing) {
            m.put(c, "MISSING");
        }
        return m;
    }

    static <T> List<T> of(Run r, Class<T> type) {
        return r.derived().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void onlyTolerableMaterialsMissingIsDerivedOnceWithTheItemsAndTheListPeriod() {
        Run r = run(food("M05", "M06"), true, null);
        assertThat(of(r, OnlyTolerableMissing.class)).singleElement().satisfies(o -> {
            assertThat(o.matterCode()).isEqualTo("YC-SPJY-001");
            assertThat(o.deficiencies()).extracting(Deficiency::getCode).containsExactlyInAnyOrder("M05", "M06");
            assertThat(o.listDays()).isEqualTo(10);
            assertThat(o.ref().row()).isEqualTo("YC-SPJY-001/M05|M06");
        });
        assertThat(r.result().firedRules()).containsOnlyOnce("national.facts.only-tolerable-missing");
    }

    @Test
    void aMissingMainMaterialIsNotOnlyTolerable() {
        Run r = run(food("M01", "M06"), true, null);
        assertThat(of(r, OnlyTolerableMissing.class)).isEmpty();
        assertThat(of(r, SupplementWindow.class)).isEmpty();
        assertThat(r.result().firedRules()).doesNotContain("national.facts.only-tolerable-missing",
                "national.facts.supplement-window");
    }

    @Test
    void nothingMissingDerivesNothing() {
        assertThat(run(food(), true, null).derived()).isEmpty();
    }

    @Test
    void theWindowCountsThePromisedLimitOnceAndComparesTheCommittedDate() {
        // 5 working days from Monday 2025-12-15: Monday 2025-12-22 is the last day of the 承诺办结时限.
        SupplementWindow onTheDay = of(run(food("M06"), true, LocalDate.of(2025, 12, 22)), SupplementWindow.class).get(0);
        assertThat(onTheDay).isEqualTo(new SupplementWindow(LocalDate.of(2025, 12, 22), 5, LocalDate.of(2025, 12, 22)));
        assertThat(onTheDay.isWithinLimit()).isTrue();
        SupplementWindow dayAfter = of(run(food("M06"), true, LocalDate.of(2025, 12, 23)), SupplementWindow.class).get(0);
        assertThat(dayAfter.isWithinLimit()).isFalse();
        assertThat(of(run(food("M06"), true, null), SupplementWindow.class).get(0).isWithinLimit()).isTrue();
    }

    @Test
    void withoutTheWrittenCommitmentThereIsNoWindow() {
        Run r = run(food("M06"), false, null);
        assertThat(of(r, OnlyTolerableMissing.class)).hasSize(1);
        assertThat(of(r, SupplementWindow.class)).isEmpty();
    }

    @Test
    void derivedFactsAreNeverAReasonOfTheAnswer() {
        for (Run r : List.of(run(food("M06"), true, LocalDate.of(2025, 12, 23)), run(food("M05", "M06"), true, null),
                run(food("M06"), false, null))) {
            assertThat(r.result().firedRules()).contains("national.facts.only-tolerable-missing");
            assertThat(r.result().decision().getReasons()).extracting(x -> x.rule())
                    .noneMatch(id -> id.startsWith("national.facts."));
        }
    }
}
