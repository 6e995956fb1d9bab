package org.zwfw.bundles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;
import org.zwfw.bundles.facts.BundleDecision;
import org.zwfw.bundles.facts.MatterOutcome;
import org.zwfw.bundles.facts.Submitted;
import org.zwfw.engine.Engine;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RulesFolder;
import org.zwfw.engine.RulesNamedInTests;
import org.zwfw.engine.SampleRules;

/**
 * One bundle rule at a time, on the engine: a case that fires it (with its effect) and a counter-example that does
 * not. The matters' own decisions are given as facts here (the acceptance rules have their own tests); the sample
 * bundles are 新乡 XX-YJS-001 (XX-GTGS-004 + XX-SPJY-001, 5 working days, the 营业执照 produced within) and 银川
 * YC-YJS-001 (YC-SPJY-001 + YC-BDC-003, 5 working days). {@link #edited}: 银川's bundle with the 营业执照 produced
 * within it and both bundles without a promised time.
 */
class BundleRulesTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final LocalDate FIVE_WORKING_DAYS_LATER = LocalDate.of(2026, 3, 9);
    static final Map<String, String> BUNDLE = Map.of("410700", "XX-YJS-001", "640100", "YC-YJS-001");

    static RuleSet rs;
    static RuleSet edited;

    @TempDir
    static Path scratch;

    final BundleEngine engine = new BundleEngine();

    @BeforeAll
    static void load() {
        rs = SampleRules.get();
        RulesFolder f = RulesFolder.copyOfSample(scratch);
        f.edit("ningxia/yinchuan/catalog/bundles.csv", s -> s.replace("YC-SPJY-001|YC-BDC-003,5,,",
                "YC-SPJY-001|YC-BDC-003,,YC-SPJY-001/M02<YC-BDC-003,"));
        f.keepRows("ningxia/yinchuan/catalog/bundle-materials.csv", r -> !"B02".equals(r.get("material_code")));
        f.edit("henan/xinxiang/catalog/bundles.csv", s -> s.replace("XX-GTGS-004|XX-SPJY-001,5,", "XX-GTGS-004|XX-SPJY-001,,"));
        edited = f.load();
    }

    @Test
    void everyBundleRuleIsNamedHere() {
        RulesNamedInTests.assertEveryRuleNamed(rs, id -> id.contains(".bundle."), BundleRulesTest.class);
    }

    static Bundle bundle(RuleSet r, String j) {
        return r.table(BundleTables.class).find(j, BUNDLE.get(j)).orElseThrow();
    }

    static List<Submitted> submitted(RuleSet r, String j, Map<String, String> statuses) {
        Bundle b = bundle(r, j);
        return r.table(BundleTables.class).materialsOf(b).stream().map(m -> new Submitted(m.code(), m.name(),
                statuses.getOrDefault(m.code(), "MISSING"), m.serves().stream().map(BundleMaterial.Served::toString)
                        .toList())).toList();
    }

    BundleEngine.Result map(RuleSet r, String j, Map<String, String> statuses) {
        return engine.mapMaterials(r, bundle(r, j), MONDAY, submitted(r, j, statuses),
                Engine.lawInForce(r, j, MONDAY, "asOf"));
    }

    BundleEngine.Result combine(RuleSet r, String j, List<MatterOutcome> outcomes) {
        return combine(r, j, MONDAY, outcomes, Engine.lawInForce(r, j, MONDAY, "asOf"));
    }

    BundleEngine.Result combine(RuleSet r, String j, LocalDate asOf, List<MatterOutcome> outcomes,
                                List<org.zwfw.lawbook.Instrument> applying) {
        return engine.combine(r, bundle(r, j), asOf, submitted(r, j, Map.of()), outcomes, applying, new BundleDecision());
    }

    /** 银川's law on the day with the draft in force in place of 银川's own instruments (as a what-if side puts it). */
    static List<org.zwfw.lawbook.Instrument> withTheDraft(RuleSet r) {
        List<org.zwfw.lawbook.Instrument> law = new java.util.ArrayList<>(Engine.lawInForce(r, "640100", MONDAY, "asOf")
                .stream().filter(i -> !i.jurisdiction().equals("640100")).toList());
        law.add(r.instruments().stream().filter(i -> i.id().equals("yinchuan-draft-2025")).findFirst().orElseThrow());
        return law;
    }

    static MatterOutcome accepted(String matter, LocalDate due) {
        return new MatterOutcome(matter, "ACCEPT", due, null, Set.of());
    }

    static MatterOutcome notified(String matter, LocalDate deadline, String... missing) {
        return new MatterOutcome(matter, "NOTIFY_SUPPLEMENT", null, deadline, Set.of(missing));
    }

    static Stream<Arguments> materialOnce() {
        return Stream.of(Arguments.of("410700", "xinxiang.bundle.material-once", "yinchuan.bundle.material-once"),
                Arguments.of("640100", "yinchuan.bundle.material-once", "xinxiang.bundle.material-once"));
    }

    @ParameterizedTest
    @MethodSource("materialOnce")
    void aBundleMaterialStandsForEveryMatterMaterialItServes(String j, String fires, String other) {
        BundleEngine.Result r = map(rs, j, Map.of("B01", "PROVIDED", "B03", "NOT_LEGAL_FORM"));
        assertThat(r.fired()).contains(fires).doesNotContain(other);
        List<String> matters = bundle(rs, j).matters();
        assertThat(r.decision().statusesOf(matters.get(0))).containsEntry("M01", "PROVIDED");
        assertThat(r.decision().statusesOf(matters.get(1))).containsEntry("M01", "PROVIDED");
        assertThat(r.decision().getReasons()).anySatisfy(x -> assertThat(x.rule()).isEqualTo(fires));
    }

    @Test
    void xinxiangsLicenceProducedWithinTheBundleIsNeverAsked() {
        BundleEngine.Result r = map(rs, "410700", Map.of());
        assertThat(r.fired()).contains("xinxiang.bundle.produced-within");
        assertThat(r.decision().statusesOf("XX-SPJY-001")).containsEntry("M02", "PROVIDED")
                .containsEntry("M01", "MISSING");
        assertThat(r.decision().getWithinBundle())
                .containsExactly(new BundleDecision.WithinBundle("XX-SPJY-001", "M02", "XX-GTGS-004"));
    }

    @Test
    void yinchuansSampleBundleProducesNothingWithinButAnEditedOneDoes() {
        BundleEngine.Result sample = map(rs, "640100", Map.of());
        assertThat(sample.fired()).doesNotContain("yinchuan.bundle.produced-within");
        assertThat(sample.decision().getWithinBundle()).isEmpty();

        BundleEngine.Result r = map(edited, "640100", Map.of());
        assertThat(r.fired()).contains("yinchuan.bundle.produced-within");
        assertThat(r.decision().statusesOf("YC-SPJY-001")).containsEntry("M02", "PROVIDED");
    }

    static Stream<Arguments> accepted() {
        return Stream.of(Arguments.of("410700", "xinxiang.bundle.outcome.accept", "xinxiang.bundle.due.promised"),
                Arguments.of("640100", "yinchuan.bundle.outcome.accept", "yinchuan.bundle.due.promised"));
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void everyMatterAcceptedAcceptsTheBundleDueByItsPromisedTime(String j, String accept, String promised) {
        List<String> m = bundle(rs, j).matters();
        BundleEngine.Result r = combine(rs, j, List.of(accepted(m.get(0), MONDAY), accepted(m.get(1), LocalDate.of(2026, 3, 16))));
        assertThat(r.fired()).contains(accept, promised).noneMatch(id -> id.endsWith("least-advanced")
                || id.endsWith("longest-matter") || id.contains(".notice."));
        assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT");
        assertThat(r.decision().getDueDate()).isEqualTo(FIVE_WORKING_DAYS_LATER);
    }

    static Stream<Arguments> notified() {
        return Stream.of(Arguments.of("410700", "xinxiang.bundle.outcome.least-advanced", "xinxiang.bundle.notice.item",
                        "xinxiang.bundle.notice.deadline", "B04"),
                Arguments.of("640100", "yinchuan.bundle.outcome.least-advanced", "yinchuan.bundle.notice.item",
                        "yinchuan.bundle.notice.deadline", "B08"));
    }

    @ParameterizedTest
    @MethodSource("notified")
    void oneMatterToSupplementMakesTheBundleOneNotice(String j, String least, String item, String deadline,
                                                      String servingTheSecondMattersM04) {
        List<String> m = bundle(rs, j).matters();
        LocalDate early = LocalDate.of(2026, 3, 6);
        BundleEngine.Result r = combine(rs, j, List.of(notified(m.get(0), LocalDate.of(2026, 3, 9), "M01"),
                notified(m.get(1), early, "M01", "M04"), accepted("none", null)));
        assertThat(r.fired()).contains(least, item, deadline).noneMatch(id -> id.endsWith("outcome.accept")
                || id.contains(".due."));
        assertThat(r.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
        assertThat(r.decision().getSupplementDeadline()).isEqualTo(early);
        // B01 serves M01 of both matters: named once, with both.
        assertThat(r.decision().getNeeded()).filteredOn(n -> n.code().equals("B01")).singleElement()
                .satisfies(n -> assertThat(n.matters()).containsExactlyInAnyOrder(m.get(0), m.get(1)));
        assertThat(r.decision().getNeeded()).extracting(BundleDecision.Needed::code).doesNotHaveDuplicates()
                .containsExactly("B01", servingTheSecondMattersM04);
    }

    @Test
    void aRefusedMatterRefusesTheBundleAndAsksForNothing() {
        BundleEngine.Result r = combine(rs, "410700", List.of(new MatterOutcome("XX-GTGS-004", "REJECT", null, null, Set.of()),
                notified("XX-SPJY-001", MONDAY.plusDays(7), "M01")));
        assertThat(r.fired()).contains("xinxiang.bundle.outcome.least-advanced").doesNotContain(
                "xinxiang.bundle.notice.item", "xinxiang.bundle.notice.deadline", "xinxiang.bundle.outcome.accept");
        assertThat(r.decision().getOutcome()).isEqualTo("REJECT");
        assertThat(r.decision().hasNeeded()).isFalse();
    }

    @Test
    void deficiencyOutranksCommitmentAndIsDueByThePromisedTime() {
        BundleEngine.Result r = combine(rs, "410700", List.of(
                new MatterOutcome("XX-GTGS-004", "APPROVE_BY_COMMITMENT", MONDAY, null, Set.of()),
                new MatterOutcome("XX-SPJY-001", "ACCEPT_WITH_DEFICIENCY", MONDAY.plusDays(14), MONDAY.plusDays(7), Set.of("M06"))));
        assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT_WITH_DEFICIENCY");
        assertThat(r.fired()).contains("xinxiang.bundle.notice.item", "xinxiang.bundle.due.promised");
        assertThat(r.decision().getNeeded()).extracting(BundleDecision.Needed::code).containsExactly("B06");
        assertThat(r.decision().getDueDate()).isEqualTo(FIVE_WORKING_DAYS_LATER);
    }

    static Stream<Arguments> longest() {
        return Stream.of(Arguments.of("410700", "xinxiang.bundle.due.longest-matter", "xinxiang.bundle.due.promised"),
                Arguments.of("640100", "yinchuan.bundle.due.longest-matter", "yinchuan.bundle.due.promised"));
    }

    @ParameterizedTest
    @MethodSource("longest")
    void withoutAPromisedTimeTheBundleIsDueWithItsLastMatter(String j, String longest, String promised) {
        List<String> m = bundle(edited, j).matters();
        LocalDate later = LocalDate.of(2026, 3, 16);
        BundleEngine.Result r = combine(edited, j, List.of(accepted(m.get(0), MONDAY), accepted(m.get(1), later)));
        assertThat(r.fired()).contains(longest).doesNotContain(promised);
        assertThat(r.decision().getDueDate()).isEqualTo(later);
        // Counter-example: the published bundle has a promised time.
        BundleEngine.Result sample = combine(rs, j, List.of(accepted(m.get(0), MONDAY), accepted(m.get(1), later)));
        assertThat(sample.fired()).doesNotContain(longest);
    }

    static Stream<Arguments> legal() {
        return Stream.of(Arguments.of("410700", "xinxiang.bundle.due.legal-earliest-matter", "XX-BUN-05"),
                Arguments.of("640100", "yinchuan.bundle.due.legal-earliest-matter", "YC-BUN-06"));
    }

    /** The bundle's legal date is its earliest matter's (an interpretation entry); none when no matter has one. */
    @ParameterizedTest
    @MethodSource("legal")
    void theBundlesLegalDateIsTheEarliestOfItsMattersLegalDates(String j, String rule, String entry) {
        List<String> m = bundle(rs, j).matters();
        LocalDate early = LocalDate.of(2026, 3, 16);
        BundleEngine.Result r = combine(rs, j, List.of(
                new MatterOutcome(m.get(0), "ACCEPT", MONDAY, LocalDate.of(2026, 3, 30), null, Set.of(), false),
                new MatterOutcome(m.get(1), "ACCEPT", MONDAY, early, null, Set.of(), false)));
        assertThat(r.fired()).containsOnlyOnce(rule);
        assertThat(r.decision().getLegalDueDate()).isEqualTo(early);
        assertThat(r.decision().getReasons()).filteredOn(x -> x.rule().equals(rule)).singleElement()
                .satisfies(x -> {
                    assertThat(x.basis()).isEqualTo("INTERPRETATION");
                    assertThat(x.interpretations()).containsExactly(entry);
                    assertThat(x.text()).contains(m.get(1)).contains("2026-03-16");
                });
        // Counter-examples: no matter with a legal date, and a bundle not accepted, have none.
        BundleEngine.Result none = combine(rs, j, List.of(accepted(m.get(0), MONDAY), accepted(m.get(1), MONDAY)));
        assertThat(none.fired()).doesNotContain(rule);
        assertThat(none.decision().getLegalDueDate()).isNull();
        BundleEngine.Result notified = combine(rs, j, List.of(notified(m.get(0), MONDAY.plusDays(7), "M01"),
                new MatterOutcome(m.get(1), "ACCEPT", MONDAY, early, null, Set.of(), false)));
        assertThat(notified.decision().getLegalDueDate()).isNull();
    }

    // 银川市政务服务管理办法（草案） 第二十四条 (and 第二十一条第二款), run only with the draft in force (a what-if side).

    @Test
    void underTheDraftABundleMaterialIsReceivedOnceOnTheTextOfItsArticle21() {
        BundleEngine.Result r = engine.mapMaterials(rs, bundle(rs, "640100"), MONDAY,
                submitted(rs, "640100", Map.of("B01", "PROVIDED")), withTheDraft(rs));
        assertThat(r.fired()).contains("yinchuan-draft.bundle.material-once").doesNotContain("yinchuan.bundle.material-once",
                "yinchuan-draft.bundle.produced-within");
        assertThat(r.decision().statusesOf("YC-BDC-003")).containsEntry("M01", "PROVIDED");
        assertThat(r.decision().getReasons()).filteredOn(x -> x.rule().equals("yinchuan-draft.bundle.material-once"))
                .allSatisfy(x -> {
                    assertThat(x.clause()).isEqualTo("银川市政务服务管理办法（草案） 第二十一条");
                    assertThat(x.basis()).isEqualTo("TEXT");
                }).isNotEmpty();
        // Counter-example: as the law stands the 2025 rule decides, never the draft's.
        assertThat(map(rs, "640100", Map.of("B01", "PROVIDED")).fired()).noneMatch(id -> id.startsWith("yinchuan-draft."));
    }

    @Test
    void underTheDraftAMaterialProducedWithinTheBundleIsNeverAsked() {
        BundleEngine.Result r = engine.mapMaterials(edited, bundle(edited, "640100"), MONDAY,
                submitted(edited, "640100", Map.of()), withTheDraft(edited));
        assertThat(r.fired()).contains("yinchuan-draft.bundle.produced-within").doesNotContain("yinchuan.bundle.produced-within");
        assertThat(r.decision().statusesOf("YC-SPJY-001")).containsEntry("M02", "PROVIDED");
    }

    @Test
    void underTheDraftEveryMatterAcceptedAcceptsTheBundleDueByItsPromisedTime() {
        List<String> m = bundle(rs, "640100").matters();
        BundleEngine.Result r = combine(rs, "640100", MONDAY, List.of(accepted(m.get(0), MONDAY),
                accepted(m.get(1), LocalDate.of(2026, 3, 16))), withTheDraft(rs));
        assertThat(r.fired()).contains("yinchuan-draft.bundle.outcome.accept", "yinchuan-draft.bundle.due.promised")
                .noneMatch(id -> id.startsWith("yinchuan.") || id.endsWith("least-advanced") || id.endsWith("longest-matter"));
        assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT");
        assertThat(r.decision().getDueDate()).isEqualTo(FIVE_WORKING_DAYS_LATER);
        assertThat(r.decision().getReasons()).extracting(BundleDecision.Reason::clause)
                .contains("银川市政务服务管理办法（草案） 第二十四条");
    }

    @Test
    void underTheDraftOneMatterToSupplementMakesTheBundleOneNotice() {
        List<String> m = bundle(rs, "640100").matters();
        LocalDate early = LocalDate.of(2026, 3, 6);
        BundleEngine.Result r = combine(rs, "640100", MONDAY, List.of(notified(m.get(0), LocalDate.of(2026, 3, 9), "M01"),
                notified(m.get(1), early, "M01", "M04")), withTheDraft(rs));
        assertThat(r.fired()).contains("yinchuan-draft.bundle.outcome.least-advanced", "yinchuan-draft.bundle.notice.item",
                "yinchuan-draft.bundle.notice.deadline").noneMatch(id -> id.endsWith("outcome.accept") || id.contains(".due."));
        assertThat(r.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
        assertThat(r.decision().getSupplementDeadline()).isEqualTo(early);
        assertThat(r.decision().getNeeded()).extracting(BundleDecision.Needed::code).containsExactly("B01", "B08");
    }

    @Test
    void underTheDraftWithoutAPromisedTimeTheBundleIsDueWithItsLastMatter() {
        List<String> m = bundle(edited, "640100").matters();
        LocalDate later = LocalDate.of(2026, 3, 16);
        BundleEngine.Result r = combine(edited, "640100", MONDAY, List.of(accepted(m.get(0), MONDAY),
                accepted(m.get(1), later)), withTheDraft(edited));
        assertThat(r.fired()).contains("yinchuan-draft.bundle.due.longest-matter").doesNotContain("yinchuan-draft.bundle.due.promised");
        assertThat(r.decision().getDueDate()).isEqualTo(later);
    }

    // 国务院关于在线政务服务的若干规定 第四条 (NAT-OS-12): a bundle's dates past the holiday calendar on file are provisional.

    @Test
    void aPromisedTimeCountedIntoAYearWithoutItsScheduleIsProvisional() {
        LocalDate lateDecember = LocalDate.of(2026, 12, 28);
        List<String> m = bundle(rs, "410700").matters();
        BundleEngine.Result r = combine(rs, "410700", lateDecember, List.of(accepted(m.get(0), null),
                accepted(m.get(1), null)), Engine.lawInForce(rs, "410700", lateDecember, "asOf"));
        assertThat(r.fired()).contains("xinxiang.bundle.due.promised", "national.bundle.provisional-calendar")
                .doesNotContain("national.bundle.provisional-matter");
        assertThat(r.decision().getDueDate()).hasYear(2027);
        assertThat(r.decision().isProvisional()).isTrue();
        assertThat(r.decision().getReasons()).filteredOn(x -> x.rule().equals("national.bundle.provisional-calendar"))
                .singleElement().satisfies(x -> {
                    assertThat(x.text()).contains("2027");
                    assertThat(x.interpretations()).containsExactly("NAT-OS-12");
                });
        // Counter-example: five working days from a Monday in March stay within the calendar on file.
        BundleEngine.Result march = combine(rs, "410700", List.of(accepted(m.get(0), null), accepted(m.get(1), null)));
        assertThat(march.fired()).noneMatch(id -> id.startsWith("national.bundle.provisional"));
        assertThat(march.decision().isProvisional()).isFalse();
    }

    @Test
    void aMatterWhoseAnswerIsProvisionalMakesTheBundlesAnswerProvisional() {
        List<String> m = bundle(rs, "640100").matters();
        BundleEngine.Result r = combine(rs, "640100", List.of(accepted(m.get(0), MONDAY),
                new MatterOutcome(m.get(1), "ACCEPT", MONDAY.plusDays(7), null, Set.of(), true)));
        assertThat(r.fired()).contains("national.bundle.provisional-matter").doesNotContain("national.bundle.provisional-calendar");
        assertThat(r.decision().isProvisional()).isTrue();
        assertThat(r.decision().getReasons()).filteredOn(x -> x.rule().equals("national.bundle.provisional-matter"))
                .singleElement().satisfies(x -> assertThat(x.text()).contains(m.get(1)));
        BundleEngine.Result none = combine(rs, "640100", List.of(accepted(m.get(0), MONDAY), accepted(m.get(1), MONDAY)));
        assertThat(none.fired()).doesNotContain("national.bundle.provisional-matter");
    }
}
