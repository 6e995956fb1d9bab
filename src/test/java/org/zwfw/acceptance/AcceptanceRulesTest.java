package org.zwfw.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.acceptance.facts.Decision;
import org.zwfw.ruleset.Instrument;
import org.zwfw.ruleset.RuleInfo;
import org.zwfw.ruleset.RuleSet;
import org.zwfw.ruleset.RuleSetLoader;
import org.zwfw.ruleset.RulesFolder;

/**
 * One rule at a time: a case that fires it (with its effect) and a counter-example that does not. Dates are worked
 * out by hand from rules/calendar/cn-holidays.csv (counting from the day after asOf, weekends and HOLIDAY rows off,
 * WORKDAY rows on); 2025-12-15 is a Monday, so +5 working days is 2025-12-22 and +10 is 2025-12-29.
 */
class AcceptanceRulesTest {
    static final String YINCHUAN = "640100";
    static final String XINXIANG = "410700";
    static final String XIAN = "610100";
    static final String HONGSIBU = "640303";
    static final LocalDate MON_2025_12_15 = LocalDate.of(2025, 12, 15);

    static RuleSet rs;
    /**
     * The sample rules with analysts' edits: 食品安全管理人员健康证明 dropped from the 银川 and 西安 retained-proof
     * lists; YC-SGXK-002 without 承诺办结时限 (法定 7 days); YC-BDC-003 with neither limit; HSB-GTGS-004 gains an
     * 电子证照 material M04 and a tolerable non-main material M05 (5 days).
     */
    static RuleSet edited;

    @TempDir
    static Path scratch;

    final AcceptanceEngine engine = new AcceptanceEngine();

    @BeforeAll
    static void load() {
        rs = RuleSetLoader.load(Path.of("rules"));
        RulesFolder f = RulesFolder.copyOfSample(scratch);
        f.keepRows("ningxia/yinchuan/catalog/retained-proofs.csv", r -> !r.get("proof_name").equals("食品安全管理人员健康证明"));
        f.keepRows("shaanxi/xian/catalog/retained-proofs.csv", r -> !r.get("proof_name").equals("食品安全管理人员健康证明"));
        f.edit("ningxia/yinchuan/catalog/matters.csv", s -> s
                .replace("YC-SGXK-002,建筑工程施工许可,行政许可,LEGAL_PERSON,7,3,", "YC-SGXK-002,建筑工程施工许可,行政许可,LEGAL_PERSON,7,,")
                .replace("YC-BDC-003,不动产转移登记（住宅买卖）,行政确认,NATURAL_PERSON|LEGAL_PERSON,30,5,",
                        "YC-BDC-003,不动产转移登记（住宅买卖）,行政确认,NATURAL_PERSON|LEGAL_PERSON,,,"));
        f.appendLines("ningxia/wuzhong/hongsibu/catalog/materials.csv",
                "HSB-GTGS-004,M04,营业执照（变更前）,电子证照,1,N,N,E_LICENSE",
                "HSB-GTGS-004,M05,从业人员健康证明,复印件,1,N,N,");
        f.appendLines("ningxia/wuzhong/hongsibu/catalog/tolerance-list.csv", "HSB-GTGS-004,M05,5");
        edited = f.load();
    }

    /** An application as an intake clerk would fill it in. */
    static final class App {
        final String jurisdiction;
        final String matter;
        final LocalDate asOf;
        String type = "LEGAL_PERSON";
        final Set<String> groups = new LinkedHashSet<>();
        final Map<String, String> materials = new LinkedHashMap<>();
        boolean signed;
        LocalDate by;
        String route = "ORDINARY";
        String id;

        App(String jurisdiction, String matter, LocalDate asOf) {
            this.jurisdiction = jurisdiction;
            this.matter = matter;
            this.asOf = asOf;
        }

        App natural() { type = "NATURAL_PERSON"; return this; }
        App provided(String... codes) { Arrays.stream(codes).forEach(c -> materials.put(c, "PROVIDED")); return this; }
        App missing(String... codes) { Arrays.stream(codes).forEach(c -> materials.put(c, "MISSING")); return this; }
        App notLegalForm(String... codes) { Arrays.stream(codes).forEach(c -> materials.put(c, "NOT_LEGAL_FORM")); return this; }
        App groups(String... g) { groups.addAll(List.of(g)); return this; }
        App signed() { signed = true; return this; }
        App signedBy(LocalDate d) { signed = true; by = d; return this; }
        App commitmentRoute() { route = "COMMITMENT"; return this; }
        App id(String subject) { id = subject; return this; }

        AcceptanceQuery query() {
            return new AcceptanceQuery(jurisdiction, matter, asOf, route, type, id, groups, materials, signed, by);
        }
    }

    static App app(String jurisdiction, String matter, LocalDate asOf) {
        return new App(jurisdiction, matter, asOf);
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    AcceptanceResult run(App a) {
        return engine.evaluate(rs, a.query());
    }

    AcceptanceResult runEdited(App a) {
        return engine.evaluate(edited, a.query());
    }

    /** 食品经营许可 in 银川 with every material not obtainable by sharing provided. */
    static App yinchuanFoodComplete(LocalDate asOf) {
        return app(YINCHUAN, "YC-SPJY-001", asOf).provided("M01", "M04", "M05", "M06");
    }

    static List<String> supplementCodes(Decision d) {
        return d.getSupplementItems().stream().map(Decision.Item::code).toList();
    }

    @Nested
    class National {
        @Test
        void matterNotYetPublishedOnTheDateIsRejected() {
            // YC-SPJY-001 is published from 2025-01-01; the day before it is not on the list.
            AcceptanceResult r = run(app(YINCHUAN, "YC-SPJY-001", d("2024-12-31")).provided("M01", "M02", "M03", "M04", "M05", "M06"));
            assertThat(r.firedRules()).contains("national.reject.matter-not-published", "national.outcome.reject");
            assertThat(r.decision().getOutcome()).isEqualTo("REJECT");
            assertThat(r.decision().getDueDate()).isNull();
            assertThat(r.decision().getReasons()).extracting(Decision.Reason::clause).contains("中华人民共和国行政许可法 第三十二条");
        }

        @Test
        void matterUnknownToTheJurisdictionIsRejected() {
            AcceptanceResult r = run(app(YINCHUAN, "YC-NONE-999", MON_2025_12_15));
            assertThat(r.firedRules()).contains("national.reject.matter-not-published");
            assertThat(r.decision().getOutcome()).isEqualTo("REJECT");
        }

        @Test
        void matterPublishedOnItsFirstDayIsNotRejected() {
            // 2025-01-01 is a holiday: 5 working days run 01-02, 01-03, 01-06, 01-07, 01-08.
            AcceptanceResult r = run(app(YINCHUAN, "YC-SPJY-001", d("2025-01-01")).provided("M01", "M02", "M03", "M04", "M05", "M06"));
            assertThat(r.firedRules()).doesNotContain("national.reject.matter-not-published", "national.outcome.reject");
            assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT");
            assertThat(r.decision().getDueDate()).isEqualTo(d("2025-01-08"));
        }

        @Test
        void naturalPersonApplyingForAMatterServingOnlyLegalPersonsIsRejected() {
            AcceptanceResult r = run(app(YINCHUAN, "YC-SGXK-002", MON_2025_12_15).natural().provided("M01", "M03", "M04", "M05"));
            assertThat(r.firedRules()).contains("national.reject.applicant-not-served");
            assertThat(r.decision().getOutcome()).isEqualTo("REJECT");
        }

        @Test
        void legalPersonIsServedByTheSameMatter() {
            // M02 (规划许可证) comes from an 电子证照 under 银川 第三十条; 3 working days from 12-15 → 12-18.
            AcceptanceResult r = run(app(YINCHUAN, "YC-SGXK-002", MON_2025_12_15).provided("M01", "M03", "M04", "M05"));
            assertThat(r.firedRules()).doesNotContain("national.reject.applicant-not-served");
            assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT");
            assertThat(r.decision().getDueDate()).isEqualTo(d("2025-12-18"));
        }

        @Test
        void missingAndIllFormedMaterialsAreAllNotifiedAtOnce() {
            AcceptanceResult r = run(app(YINCHUAN, "YC-SPJY-001", MON_2025_12_15).provided("M01", "M05").missing("M04").notLegalForm("M06"));
            assertThat(r.firedRules()).contains("national.materials.deficient", "national.outcome.notify-supplement");
            Decision d = r.decision();
            assertThat(d.getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
            assertThat(d.getSupplementItems()).extracting(Decision.Item::code, Decision.Item::problem)
                    .containsExactly(tuple("M04", "MISSING"), tuple("M06", "NOT_LEGAL_FORM"));
            // supplement_days 5 in matters.csv; the law sets no consequence for the applicant.
            assertThat(d.getSupplementDeadline()).isEqualTo(d("2025-12-22"));
            assertThat(d.getLateConsequence()).isEqualTo("NONE");
            assertThat(d.getDueDate()).as("not accepted, so no 办结 date").isNull();
        }

        @Test
        void completeApplicationHasNoDeficiencyAndIsAccepted() {
            AcceptanceResult r = run(yinchuanFoodComplete(MON_2025_12_15));
            assertThat(r.firedRules()).contains("national.outcome.accept")
                    .doesNotContain("national.materials.deficient", "national.outcome.notify-supplement");
            assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT");
            assertThat(r.decision().getSupplementItems()).isEmpty();
        }

        @Test
        void applicationMissingAMaterialIsNotAccepted() {
            AcceptanceResult r = run(app(YINCHUAN, "YC-SPJY-001", MON_2025_12_15).provided("M01", "M05", "M06").missing("M04"));
            assertThat(r.firedRules()).doesNotContain("national.outcome.accept");
            assertThat(r.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
        }

        @Test
        void toleranceGrantedReplacesTheNotification() {
            AcceptanceResult r = run(yinchuanFoodComplete(MON_2025_12_15).missing("M06").signed());
            assertThat(r.firedRules()).contains("national.materials.deficient")
                    .doesNotContain("national.outcome.notify-supplement");
        }

        @Test
        void dueDateSkipsTheSpringFestivalAndCountsTheWorkingSaturday() {
            // Thu 2026-02-12 → 02-13 (1), Sat 02-14 调休 (2), 02-15..02-23 holiday, 02-24 (3), 02-25 (4), 02-26 (5).
            AcceptanceResult r = run(yinchuanFoodComplete(d("2026-02-12")));
            assertThat(r.firedRules()).contains("national.due-date.working-days");
            assertThat(r.decision().getDueDate()).isEqualTo(d("2026-02-26"));
        }

        @Test
        void dueDateOverTheNationalDayWeekCountsBothWorkingWeekends() {
            // Fri 2025-09-26 → Sun 09-28 调休 (1), 09-29 (2), 09-30 (3), 10-01..10-08 off, 10-09 (4), 10-10 (5).
            AcceptanceResult r = run(app(YINCHUAN, "YC-SPJY-001", d("2025-09-26")).provided("M01", "M02", "M03", "M04", "M05", "M06"));
            assertThat(r.firedRules()).contains("national.due-date.working-days");
            assertThat(r.decision().getDueDate()).isEqualTo(d("2025-10-10"));
        }

        @Test
        void rejectedApplicationHasNoDueDate() {
            AcceptanceResult r = run(app(YINCHUAN, "YC-NONE-999", MON_2025_12_15));
            assertThat(r.firedRules()).doesNotContain("national.due-date.working-days", "national.due-date.legal-limit");
        }

        @Test
        void withoutPromisedDaysTheLegalLimitGivesTheDueDate() {
            // edited: YC-SGXK-002 has 法定 7 days, no 承诺: 12-16 … 12-24 (seven weekdays).
            AcceptanceResult r = runEdited(app(YINCHUAN, "YC-SGXK-002", MON_2025_12_15).provided("M01", "M03", "M04", "M05"));
            assertThat(r.firedRules()).contains("national.due-date.legal-limit").doesNotContain("national.due-date.working-days");
            assertThat(r.decision().getDueDate()).isEqualTo(d("2025-12-24"));
        }

        @Test
        void withNeitherLimitTheLawsTwentyDaysApply() {
            // edited: YC-BDC-003 without limits; parameters.csv decision.working-days 20 (第四十二条):
            // 12-16 … 12-31 is 12 weekdays, 2026-01-01..03 holiday, 01-04 Sun 调休 (13), 01-05..01-09 (18), 01-12 (19), 01-13 (20).
            AcceptanceResult r = runEdited(app(YINCHUAN, "YC-BDC-003", MON_2025_12_15).provided("M01", "M03", "M04"));
            assertThat(r.firedRules()).contains("national.due-date.legal-limit");
            assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT");
            assertThat(r.decision().getDueDate()).isEqualTo(d("2026-01-13"));
        }

        @Test
        void publishedPromisedDaysLeaveTheLegalLimitRuleSilent() {
            AcceptanceResult r = run(yinchuanFoodComplete(MON_2025_12_15));
            assertThat(r.firedRules()).doesNotContain("national.due-date.legal-limit");
        }
    }

    @Nested
    class Yinchuan {
        @Test
        void materialsFromElectronicLicencesAndSharedDataAreWaivedFromCommencement() {
            AcceptanceResult r = run(yinchuanFoodComplete(d("2025-12-01")));
            assertThat(r.firedRules()).contains("yinchuan.shared-data.waive");
            assertThat(r.decision().getWaived()).extracting(Decision.WaivedItem::code, Decision.WaivedItem::via)
                    .containsExactly(tuple("M02", "E_LICENSE"), tuple("M03", "DATA_SHARING"));
            assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT");
        }

        @Test
        void beforeTheMeasuresCommenceNothingIsWaived() {
            // Fri 2025-11-28, day before 2025-12-01 falls on a Sunday: only the national law applies.
            AcceptanceResult r = run(yinchuanFoodComplete(d("2025-11-28")));
            assertThat(r.firedRules()).doesNotContain("yinchuan.shared-data.waive");
            assertThat(r.decision().getWaived()).isEmpty();
            assertThat(r.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
            assertThat(supplementCodes(r.decision())).containsExactly("M02", "M03");
            assertThat(r.decision().getSupplementDeadline()).isEqualTo(d("2025-12-05"));
        }

        @Test
        void proofDroppedFromTheRetainedListIsNotDemanded() {
            AcceptanceResult r = runEdited(yinchuanFoodComplete(MON_2025_12_15).missing("M06"));
            assertThat(r.firedRules()).contains("yinchuan.proofs.not-on-list")
                    .doesNotContain("national.materials.deficient");
            assertThat(r.decision().getUnlawfulDemands()).extracting(Decision.Item::code, Decision.Item::problem)
                    .containsExactly(tuple("M06", "NOT_ON_RETAINED_PROOF_LIST"));
            assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT");
            assertThat(r.decision().getDueDate()).isEqualTo(d("2025-12-22"));
        }

        @Test
        void proofOnTheRetainedListIsDemanded() {
            AcceptanceResult r = run(yinchuanFoodComplete(MON_2025_12_15).missing("M06"));
            assertThat(r.firedRules()).doesNotContain("yinchuan.proofs.not-on-list");
            assertThat(r.decision().getUnlawfulDemands()).isEmpty();
            assertThat(supplementCodes(r.decision())).containsExactly("M06");
        }

        @Test
        void onlyTolerableMaterialMissingWithCommitmentIsAcceptedFirstUntilThePromisedLimit() {
            // Deadline = earliest(applicant 12-22, list 10 days → 12-29, 承诺办结 5 days → 12-22).
            AcceptanceResult r = run(yinchuanFoodComplete(MON_2025_12_15).missing("M06").signedBy(d("2025-12-22")));
            assertThat(r.firedRules()).contains("yinchuan.tolerance.accept-first")
                    .doesNotContain("yinchuan.tolerance.commitment-beyond-limit");
            Decision d = r.decision();
            assertThat(d.getOutcome()).isEqualTo("ACCEPT_WITH_DEFICIENCY");
            assertThat(d.getSupplementItems()).extracting(Decision.Item::code, Decision.Item::problem)
                    .containsExactly(tuple("M06", "MISSING"));
            assertThat(d.getSupplementDeadline()).isEqualTo(d("2025-12-22"));
            assertThat(d.getLateConsequence()).isEqualTo("ABANDONED");
            assertThat(d.getDueDate()).isEqualTo(d("2025-12-22"));
            assertThat(d.getReasons().get(0).clause()).isEqualTo("银川市政务服务管理办法 第二十五条");
        }

        @Test
        void commitmentWithoutADateIsCappedAtThePromisedLimitNotTheListPeriod() {
            AcceptanceResult r = run(yinchuanFoodComplete(MON_2025_12_15).missing("M05", "M06").signed());
            assertThat(r.firedRules()).contains("yinchuan.tolerance.accept-first");
            assertThat(r.decision().getSupplementDeadline()).isEqualTo(d("2025-12-22"));
            assertThat(supplementCodes(r.decision())).containsExactly("M05", "M06");
        }

        @Test
        void anEarlierCommittedDateIsTheDeadline() {
            AcceptanceResult r = run(yinchuanFoodComplete(MON_2025_12_15).missing("M06").signedBy(d("2025-12-18")));
            assertThat(r.firedRules()).contains("yinchuan.tolerance.accept-first");
            assertThat(r.decision().getSupplementDeadline()).isEqualTo(d("2025-12-18"));
        }

        @Test
        void toleranceIsNotGrantedBeforeTheMeasuresCommence() {
            AcceptanceResult r = run(app(YINCHUAN, "YC-SPJY-001", d("2025-11-28")).provided("M01", "M02", "M03", "M04", "M05")
                    .missing("M06").signed());
            assertThat(r.firedRules()).doesNotContain("yinchuan.tolerance.accept-first");
            assertThat(r.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
        }

        @Test
        void commitmentBeyondThePromisedLimitIsRefusedAndNotified() {
            AcceptanceResult r = run(yinchuanFoodComplete(MON_2025_12_15).missing("M06").signedBy(d("2025-12-23")));
            assertThat(r.firedRules()).contains("yinchuan.tolerance.commitment-beyond-limit", "national.outcome.notify-supplement")
                    .doesNotContain("yinchuan.tolerance.accept-first");
            Decision d = r.decision();
            assertThat(d.getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
            assertThat(d.getLateConsequence()).isEqualTo("NONE");
            assertThat(d.getDueDate()).isNull();
            assertThat(d.getReasons()).extracting(Decision.Reason::rule).contains("yinchuan.tolerance.commitment-beyond-limit");
        }

        @Test
        void commitmentOnTheLastDayOfThePromisedLimitIsNotBeyondIt() {
            AcceptanceResult r = run(yinchuanFoodComplete(MON_2025_12_15).missing("M06").signedBy(d("2025-12-22")));
            assertThat(r.firedRules()).doesNotContain("yinchuan.tolerance.commitment-beyond-limit");
        }

        @Test
        void withoutWrittenCommitmentToleranceIsRefused() {
            AcceptanceResult r = run(yinchuanFoodComplete(MON_2025_12_15).missing("M06"));
            assertThat(r.firedRules()).contains("yinchuan.tolerance.no-commitment")
                    .doesNotContain("yinchuan.tolerance.accept-first");
            assertThat(r.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
            assertThat(supplementCodes(r.decision())).containsExactly("M06");
        }

        @Test
        void signedCommitmentIsNotRefusedForLackOfCommitment() {
            AcceptanceResult r = run(yinchuanFoodComplete(MON_2025_12_15).missing("M06").signed());
            assertThat(r.firedRules()).doesNotContain("yinchuan.tolerance.no-commitment");
        }

        @Test
        void missingMainMaterialDefeatsTolerance() {
            AcceptanceResult r = run(yinchuanFoodComplete(MON_2025_12_15).missing("M04", "M06").signed());
            assertThat(r.firedRules()).contains("yinchuan.tolerance.not-only-tolerable")
                    .doesNotContain("yinchuan.tolerance.accept-first");
            assertThat(r.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
            assertThat(supplementCodes(r.decision())).containsExactly("M04", "M06");
        }

        @Test
        void onlyListedMaterialsMissingIsNotCalledIntolerable() {
            AcceptanceResult r = run(yinchuanFoodComplete(MON_2025_12_15).missing("M05", "M06").signed());
            assertThat(r.firedRules()).doesNotContain("yinchuan.tolerance.not-only-tolerable");
        }

        @Test
        void pregnantApplicantGetsTheGreenChannel() {
            AcceptanceResult r = run(yinchuanFoodComplete(MON_2025_12_15).natural().groups("PREGNANT"));
            assertThat(r.firedRules()).contains("yinchuan.priority.green-channel");
            assertThat(r.decision().isPriorityService()).isTrue();
        }

        @Test
        void greenChannelIsNotOfferedBeforeTheMeasuresCommence() {
            AcceptanceResult r = run(app(YINCHUAN, "YC-SPJY-001", d("2025-11-28")).natural().groups("PREGNANT")
                    .provided("M01", "M02", "M03", "M04", "M05", "M06"));
            assertThat(r.firedRules()).doesNotContain("yinchuan.priority.green-channel");
            assertThat(r.decision().isPriorityService()).isFalse();
        }
    }

    @Nested
    class YinchuanDraft {
        static final Set<String> DRAFT_RULES = Set.of("yinchuan-draft.reject.unpublished", "yinchuan-draft.shared-data.waive",
                "yinchuan-draft.tolerance.accept-first", "yinchuan-draft.notify.once", "yinchuan-draft.on-the-spot",
                "yinchuan-draft.priority.green-channel", "yinchuan-draft.commitment.credit-excluded",
                "yinchuan-draft.commitment.approve");

        @Test
        void everyDraftRuleIsListed() {
            // The draft's fee rules (第三十一条, ids with ".fee.") are covered by org.zwfw.fees.FeeRulesTest, its
            // catalog lint rules (ids with ".lint.") by org.zwfw.catalog.lint.CatalogLintRulesTest.
            assertThat(rs.rules()).filteredOn(r -> r.instrument().equals("yinchuan-draft-2025"))
                    .extracting(RuleInfo::id).filteredOn(id -> !id.contains(".fee.") && !id.contains(".lint."))
                    .containsExactlyInAnyOrderElementsOf(DRAFT_RULES);
        }

        @Test
        void draftRulesNeverFireForARealDecisionOnAnyDayOf2025And2026() {
            List<String> firedDraft = new ArrayList<>();
            for (LocalDate day = d("2025-01-01"); !day.isAfter(d("2026-12-31")); day = day.plusDays(1)) {
                assertThat(rs.applicable(rs.catalog().chain(YINCHUAN), day)).extracting(Instrument::id)
                        .doesNotContain("yinchuan-draft-2025");
                // An unknown matter (draft 第十一条) is rejected without counting working days.
                List<AcceptanceResult> results = new ArrayList<>(List.of(run(app(YINCHUAN, "YC-NONE-999", day).groups("MILITARY"))));
                if (day.isBefore(d("2026-12-17"))) {
                    // Notification, tolerance, waiver, acceptance: their dates (≤ 10 working days) stay inside the
                    // calendar on file, which ends 2026-12-31.
                    results.add(run(app(YINCHUAN, "YC-SPJY-001", day).groups("MILITARY").provided("M01").missing("M04")));
                    results.add(run(app(YINCHUAN, "YC-SPJY-001", day).groups("MILITARY")
                            .provided("M01", "M04", "M05").missing("M06").signed()));
                    results.add(run(app(YINCHUAN, "YC-SPJY-001", day).provided("M01", "M02", "M03", "M04", "M05", "M06")));
                }
                LocalDate on = day;
                for (AcceptanceResult r : results) {
                    r.firedRules().stream().filter(id -> id.startsWith("yinchuan-draft.")).forEach(id -> firedDraft.add(on + " " + id));
                }
            }
            assertThat(firedDraft).isEmpty();
        }

        private List<Instrument> draftInsteadOfMeasures(LocalDate day) {
            List<Instrument> applying = new ArrayList<>(rs.applicable(rs.catalog().chain(YINCHUAN), day));
            assertThat(applying.removeIf(i -> i.id().equals("yinchuan-measures-2025"))).isTrue();
            applying.add(rs.instruments().stream().filter(i -> i.id().equals("yinchuan-draft-2025")).findFirst().orElseThrow());
            return applying;
        }

        @Test
        void whatIfUnderTheDraftAcceptsFirstWithoutThePromisedLimitCapAndLatenessMeansWithdrawal() {
            App a = yinchuanFoodComplete(MON_2025_12_15).groups("MILITARY").missing("M06").signedBy(d("2025-12-24"));
            AcceptanceResult real = run(a);
            assertThat(real.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");

            AcceptanceResult whatIf = engine.evaluate(rs, a.query(), draftInsteadOfMeasures(MON_2025_12_15));
            assertThat(whatIf.firedRules()).contains("yinchuan-draft.tolerance.accept-first", "yinchuan-draft.shared-data.waive",
                    "yinchuan-draft.priority.green-channel")
                    .noneMatch(id -> id.startsWith("yinchuan."));
            Decision d = whatIf.decision();
            assertThat(d.getOutcome()).isEqualTo("ACCEPT_WITH_DEFICIENCY");
            assertThat(d.getSupplementDeadline()).isEqualTo(d("2025-12-24"));
            assertThat(d.getLateConsequence()).isEqualTo("WITHDRAWN");
            assertThat(d.getWaived()).extracting(Decision.WaivedItem::code).containsExactly("M02", "M03");
            assertThat(d.isPriorityService()).isTrue();
            assertThat(whatIf.instruments()).extracting(Instrument::id).contains("yinchuan-draft-2025");
        }

        @Test
        void whatIfUnderTheDraftAnyBadCreditRecordExcludesTheCommitmentRoute() {
            // 91640100MA76Q3R4TH has a MINOR record: the national baseline (and so 银川 2025) lets it commit,
            // the draft's 第二十三条 does not.
            App a = app(YINCHUAN, "YC-SPJY-001", d("2026-03-02")).id("91640100MA76Q3R4TH").commitmentRoute().signed();
            assertThat(run(a).decision().getOutcome()).isEqualTo("APPROVE_BY_COMMITMENT");
            AcceptanceResult whatIf = engine.evaluate(rs, a.query(), draftInsteadOfMeasures(d("2026-03-02")));
            assertThat(whatIf.firedRules()).contains("yinchuan-draft.commitment.credit-excluded")
                    .doesNotContain("national.commitment.approve", "yinchuan-draft.commitment.approve");
            AcceptanceResult clean = engine.evaluate(rs, a.id("91640100MA76A1B2CR").query(), draftInsteadOfMeasures(d("2026-03-02")));
            assertThat(clean.firedRules()).contains("national.commitment.approve", "yinchuan-draft.commitment.approve");
        }

        @Test
        void whatIfUnderTheDraftNotifiesOnceAndCitesItsArticleOnUnpublishedMatters() {
            AcceptanceResult notify = engine.evaluate(rs, app(YINCHUAN, "YC-SPJY-001", MON_2025_12_15).provided("M01").missing("M04").query(),
                    draftInsteadOfMeasures(MON_2025_12_15));
            assertThat(notify.firedRules()).contains("yinchuan-draft.notify.once");
            assertThat(notify.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");

            AcceptanceResult unpublished = engine.evaluate(rs, app(YINCHUAN, "YC-NONE-999", MON_2025_12_15).query(),
                    draftInsteadOfMeasures(MON_2025_12_15));
            assertThat(unpublished.firedRules()).contains("yinchuan-draft.reject.unpublished");
            assertThat(unpublished.decision().getReasons()).extracting(Decision.Reason::clause)
                    .contains("银川市政务服务管理办法（草案） 第十一条");
        }

        @Test
        void draftGreenChannelDoesNotNamePregnantWomen() {
            AcceptanceResult r = engine.evaluate(rs, yinchuanFoodComplete(MON_2025_12_15).natural().groups("PREGNANT").query(),
                    draftInsteadOfMeasures(MON_2025_12_15));
            assertThat(r.firedRules()).doesNotContain("yinchuan-draft.priority.green-channel");
            assertThat(r.decision().isPriorityService()).isFalse();
        }
    }

    @Nested
    class Xinxiang {
        @Test
        void sharedDataIsWaivedFromTheRegulationsCommencement() {
            // Both days the matter is not yet published (REJECT); only the waiver differs.
            AcceptanceResult on = run(app(XINXIANG, "XX-SPJY-001", d("2024-03-01")));
            AcceptanceResult before = run(app(XINXIANG, "XX-SPJY-001", d("2024-02-29")));
            assertThat(on.firedRules()).contains("xinxiang.shared-data.waive");
            assertThat(on.decision().getWaived()).extracting(Decision.WaivedItem::code).containsExactly("M02", "M03");
            assertThat(before.firedRules()).doesNotContain("xinxiang.shared-data.waive");
            assertThat(before.decision().getWaived()).isEmpty();
        }

        @Test
        void tolerableMaterialWithCommitmentIsAcceptedFirstUntilTheListPeriodAndLatenessMeansWithdrawal() {
            // Applicant commits to 12-31, later than the list's 10 working days (12-29): the list wins.
            AcceptanceResult r = run(app(XINXIANG, "XX-SPJY-001", MON_2025_12_15).provided("M01", "M04", "M05").missing("M06")
                    .signedBy(d("2025-12-31")));
            assertThat(r.firedRules()).contains("xinxiang.tolerance.accept-first");
            Decision d = r.decision();
            assertThat(d.getOutcome()).isEqualTo("ACCEPT_WITH_DEFICIENCY");
            assertThat(d.getSupplementDeadline()).isEqualTo(d("2025-12-29"));
            assertThat(d.getLateConsequence()).isEqualTo("WITHDRAWN");
            assertThat(d.getDueDate()).isEqualTo(d("2025-12-22"));
        }

        @Test
        void withoutCommitmentNoToleranceAndTheApplicantIsNotifiedOnce() {
            AcceptanceResult r = run(app(XINXIANG, "XX-SPJY-001", MON_2025_12_15).provided("M01", "M04", "M05").missing("M06"));
            assertThat(r.firedRules()).contains("xinxiang.tolerance.no-commitment", "xinxiang.notify.once")
                    .doesNotContain("xinxiang.tolerance.accept-first");
            assertThat(r.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
        }

        @Test
        void signedCommitmentIsNotRefused() {
            AcceptanceResult r = run(app(XINXIANG, "XX-SPJY-001", MON_2025_12_15).provided("M01", "M04", "M05").missing("M06").signed());
            assertThat(r.firedRules()).doesNotContain("xinxiang.tolerance.no-commitment", "xinxiang.notify.once");
        }

        @Test
        void missingMainMaterialIsNotTolerable() {
            AcceptanceResult r = run(app(XINXIANG, "XX-SPJY-001", MON_2025_12_15).provided("M01", "M05", "M06").missing("M04").signed());
            assertThat(r.firedRules()).contains("xinxiang.tolerance.not-only-tolerable").doesNotContain("xinxiang.tolerance.accept-first");
            assertThat(r.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
        }

        @Test
        void missingListedMaterialIsTolerable() {
            AcceptanceResult r = run(app(XINXIANG, "XX-SPJY-001", MON_2025_12_15).provided("M01", "M04", "M05").missing("M06").signed());
            assertThat(r.firedRules()).doesNotContain("xinxiang.tolerance.not-only-tolerable");
        }

        @Test
        void immediateMatterCompleteIsFinishedOnTheSpot() {
            AcceptanceResult r = run(app(XINXIANG, "XX-GTGS-004", MON_2025_12_15).natural().provided("M01", "M03"));
            assertThat(r.firedRules()).contains("xinxiang.on-the-spot");
            assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT");
            assertThat(r.decision().isCompletedOnTheSpot()).isTrue();
            assertThat(r.decision().getDueDate()).isEqualTo(MON_2025_12_15);
        }

        @Test
        void ordinaryMatterIsNotFinishedOnTheSpot() {
            AcceptanceResult r = run(app(XINXIANG, "XX-SPJY-001", MON_2025_12_15).provided("M01", "M04", "M05", "M06"));
            assertThat(r.firedRules()).doesNotContain("xinxiang.on-the-spot").contains("xinxiang.shared-data.waive");
            assertThat(r.decision().isCompletedOnTheSpot()).isFalse();
            assertThat(r.decision().getDueDate()).isEqualTo(d("2025-12-22"));
        }

        @Test
        void soldierGetsTheGreenChannel() {
            AcceptanceResult r = run(app(XINXIANG, "XX-SPJY-001", MON_2025_12_15).natural().groups("MILITARY").provided("M01", "M04", "M05", "M06"));
            assertThat(r.firedRules()).contains("xinxiang.priority.green-channel");
            assertThat(r.decision().isPriorityService()).isTrue();
        }

        @Test
        void pregnantWomenAreNotNamedByTheRegulation() {
            AcceptanceResult r = run(app(XINXIANG, "XX-SPJY-001", MON_2025_12_15).natural().groups("PREGNANT").provided("M01", "M04", "M05", "M06"));
            assertThat(r.firedRules()).doesNotContain("xinxiang.priority.green-channel");
            assertThat(r.decision().isPriorityService()).isFalse();
        }
    }

    @Nested
    class Xian {
        @Test
        void unlistedMatterIsRejectedCitingTheCitysArticle() {
            AcceptanceResult r = run(app(XIAN, "XA-NONE-000", MON_2025_12_15));
            assertThat(r.firedRules()).contains("xian.reject.not-in-list");
            assertThat(r.decision().getOutcome()).isEqualTo("REJECT");
            assertThat(r.decision().getReasons()).extracting(Decision.Reason::clause)
                    .contains("西安市政务服务标准化管理办法（试行） 第七条");
        }

        @Test
        void listedMatterIsNotRejected() {
            AcceptanceResult r = run(app(XIAN, "XA-SPJY-001", MON_2025_12_15).provided("M01", "M04", "M05", "M06"));
            assertThat(r.firedRules()).doesNotContain("xian.reject.not-in-list");
        }

        @Test
        void sharedDataIsWaivedFromTheTrialsStart() {
            AcceptanceResult on = run(app(XIAN, "XA-SPJY-001", d("2021-08-26")));
            AcceptanceResult before = run(app(XIAN, "XA-SPJY-001", d("2021-08-25")));
            assertThat(on.firedRules()).contains("xian.shared-data.waive");
            assertThat(on.decision().getWaived()).extracting(Decision.WaivedItem::code).containsExactly("M02", "M03");
            assertThat(before.firedRules()).doesNotContain("xian.shared-data.waive");
        }

        @Test
        void proofDroppedFromTheCitysDirectoryIsFlaggedAndNotDemanded() {
            AcceptanceResult r = runEdited(app(XIAN, "XA-SPJY-001", MON_2025_12_15).provided("M01", "M04", "M05").missing("M06"));
            assertThat(r.firedRules()).contains("xian.proofs.not-on-list");
            assertThat(r.decision().getUnlawfulDemands()).extracting(Decision.Item::code).containsExactly("M06");
            assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT");
        }

        @Test
        void proofInTheCitysDirectoryIsDemanded() {
            AcceptanceResult r = run(app(XIAN, "XA-SPJY-001", MON_2025_12_15).provided("M01", "M04", "M05").missing("M06"));
            assertThat(r.firedRules()).doesNotContain("xian.proofs.not-on-list");
            assertThat(supplementCodes(r.decision())).containsExactly("M06");
        }

        @Test
        void toleranceWithCommitmentHasNoLateConsequence() {
            AcceptanceResult r = run(app(XIAN, "XA-SPJY-001", MON_2025_12_15).provided("M01", "M04", "M05").missing("M06").signed());
            assertThat(r.firedRules()).contains("xian.tolerance.accept-first", "xian.due-date.promised");
            Decision d = r.decision();
            assertThat(d.getOutcome()).isEqualTo("ACCEPT_WITH_DEFICIENCY");
            assertThat(d.getSupplementDeadline()).isEqualTo(d("2025-12-29"));
            assertThat(d.getLateConsequence()).isEqualTo("NONE");
        }

        @Test
        void withoutCommitmentTheApplicantIsNotifiedOnce() {
            AcceptanceResult r = run(app(XIAN, "XA-SPJY-001", MON_2025_12_15).provided("M01", "M04", "M05").missing("M06"));
            assertThat(r.firedRules()).contains("xian.notify.once")
                    .doesNotContain("xian.tolerance.accept-first", "xian.accept.notice", "xian.due-date.promised");
            assertThat(r.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
        }

        @Test
        void completeApplicationGetsTheAcceptanceNoticeAndThePromisedLimit() {
            AcceptanceResult r = run(app(XIAN, "XA-SPJY-001", MON_2025_12_15).provided("M01", "M04", "M05", "M06"));
            assertThat(r.firedRules()).contains("xian.accept.notice", "xian.due-date.promised").doesNotContain("xian.notify.once");
            assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT");
            assertThat(r.decision().getDueDate()).isEqualTo(d("2025-12-22"));
        }
    }

    @Nested
    class Hongsibu {
        static final String HSB = "HSB-GTGS-004";

        @Test
        void electronicLicenceMaterialIsWaived() {
            AcceptanceResult r = runEdited(app(HONGSIBU, HSB, MON_2025_12_15).natural().provided("M01", "M03", "M05"));
            assertThat(r.firedRules()).contains("hongsibu.e-license.waive");
            assertThat(r.decision().getWaived()).extracting(Decision.WaivedItem::code, Decision.WaivedItem::via)
                    .containsExactly(tuple("M02", "DATA_SHARING"), tuple("M04", "E_LICENSE"));
        }

        @Test
        void sharedDataMaterialIsNotAnElectronicLicence() {
            AcceptanceResult r = run(app(HONGSIBU, HSB, MON_2025_12_15).natural().provided("M01", "M03"));
            assertThat(r.firedRules()).contains("hongsibu.shared-data.waive").doesNotContain("hongsibu.e-license.waive");
        }

        @Test
        void sharedDataIsWaivedFromTheDateThePlanIsTakenToApply() {
            AcceptanceResult on = run(app(HONGSIBU, HSB, d("2023-01-01")).natural());
            AcceptanceResult before = run(app(HONGSIBU, HSB, d("2022-12-31")).natural());
            assertThat(on.firedRules()).contains("hongsibu.shared-data.waive");
            assertThat(on.decision().getWaived()).extracting(Decision.WaivedItem::code).containsExactly("M02");
            assertThat(before.firedRules()).doesNotContain("hongsibu.shared-data.waive");
        }

        @Test
        void incompleteApplicationIsNotifiedOnce() {
            AcceptanceResult r = run(app(HONGSIBU, HSB, MON_2025_12_15).natural().provided("M01").missing("M03"));
            assertThat(r.firedRules()).contains("hongsibu.notify.once").doesNotContain("hongsibu.on-the-spot");
            assertThat(r.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
            assertThat(supplementCodes(r.decision())).containsExactly("M03");
        }

        @Test
        void completeImmediateMatterIsFinishedOnTheSpot() {
            AcceptanceResult r = run(app(HONGSIBU, HSB, MON_2025_12_15).natural().provided("M01", "M03"));
            assertThat(r.firedRules()).contains("hongsibu.on-the-spot").doesNotContain("hongsibu.notify.once");
            assertThat(r.decision().isCompletedOnTheSpot()).isTrue();
            assertThat(r.decision().getDueDate()).isEqualTo(MON_2025_12_15);
        }

        @Test
        void listedTolerableMaterialWithCommitmentIsAcceptedFirst() {
            AcceptanceResult r = runEdited(app(HONGSIBU, HSB, MON_2025_12_15).natural().provided("M01", "M03").missing("M05").signed());
            assertThat(r.firedRules()).contains("hongsibu.tolerance.accept-first");
            Decision d = r.decision();
            assertThat(d.getOutcome()).isEqualTo("ACCEPT_WITH_DEFICIENCY");
            assertThat(d.getSupplementDeadline()).isEqualTo(d("2025-12-22"));
            assertThat(d.getLateConsequence()).isEqualTo("NONE");
        }

        @Test
        void listedTolerableMaterialWithoutCommitmentIsNotified() {
            AcceptanceResult r = runEdited(app(HONGSIBU, HSB, MON_2025_12_15).natural().provided("M01", "M03").missing("M05"));
            assertThat(r.firedRules()).doesNotContain("hongsibu.tolerance.accept-first").contains("hongsibu.notify.once");
            assertThat(r.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
        }

        @Test
        void elderlyApplicantIsAssisted() {
            AcceptanceResult r = run(app(HONGSIBU, HSB, MON_2025_12_15).natural().groups("ELDERLY").provided("M01", "M03"));
            assertThat(r.firedRules()).contains("hongsibu.priority.assisted");
            assertThat(r.decision().isPriorityService()).isTrue();
        }

        @Test
        void soldiersAreNotNamedByThePlan() {
            AcceptanceResult r = run(app(HONGSIBU, HSB, MON_2025_12_15).natural().groups("MILITARY").provided("M01", "M03"));
            assertThat(r.firedRules()).doesNotContain("hongsibu.priority.assisted");
            assertThat(r.decision().isPriorityService()).isFalse();
        }
    }

    /** 告知承诺: reference credit records (rules/credit/credit-records.csv) decide who may use the route. */
    @Nested
    class Commitment {
        static final String XX_CLEAN = "91410700MA47D3E4F1";
        static final String XX_MINOR = "91410700MA47M1N2PL";       // MINOR since 2025-06-10
        static final String YC_MINOR = "91640100MA76Q3R4TH";       // MINOR since 2025-06-10
        static final String SERIOUS = "92640303MA77J8K9LW";        // SERIOUS since 2025-03-01
        static final String FALSE_REPAIRED = "91610100MA6U5G6H7N"; // FALSE_COMMITMENT 2025-01-15, repaired 2025-09-30

        @Test
        void listedMatterWithSignedCommitmentAndCleanCreditIsApprovedDirectly() {
            AcceptanceResult r = run(app(XINXIANG, "XX-SPJY-001", d("2026-03-02")).id(XX_CLEAN).commitmentRoute().signed());
            assertThat(r.decision().getOutcome()).isEqualTo("APPROVE_BY_COMMITMENT");
            assertThat(r.firedRules()).contains("national.commitment.approve", "xinxiang.commitment.approve")
                    .doesNotContain("national.outcome.notify-supplement", "xinxiang.tolerance.not-only-tolerable");
        }

        @Test
        void ordinaryRouteNeverApprovesByCommitment() {
            AcceptanceResult r = run(app(XINXIANG, "XX-SPJY-001", d("2026-03-02")).id(XX_CLEAN).signed());
            assertThat(r.firedRules()).doesNotContain("national.commitment.approve", "national.commitment.not-signed");
            assertThat(r.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
        }

        @Test
        void anyUnrepairedRecordExcludesInXinxiang() {
            AcceptanceResult r = run(app(XINXIANG, "XX-SPJY-001", d("2026-03-02")).id(XX_MINOR).commitmentRoute().signed()
                    .provided("M01", "M04", "M05", "M06"));
            assertThat(r.firedRules()).contains("xinxiang.commitment.credit-excluded")
                    .doesNotContain("national.commitment.credit-excluded", "national.commitment.approve");
            assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT");
        }

        @Test
        void aRecordCountsFromItsRecordedDayOnly() {
            AcceptanceResult before = run(app(XINXIANG, "XX-SPJY-001", d("2025-06-09")).id(XX_MINOR).commitmentRoute().signed());
            assertThat(before.firedRules()).doesNotContain("xinxiang.commitment.credit-excluded");
            assertThat(before.decision().getOutcome()).isEqualTo("APPROVE_BY_COMMITMENT");
        }

        @Test
        void aMinorRecordDoesNotExcludeUnderTheNationalBaselineInYinchuan() {
            AcceptanceResult r = run(app(YINCHUAN, "YC-SPJY-001", d("2026-03-02")).id(YC_MINOR).commitmentRoute().signed());
            assertThat(r.firedRules()).contains("national.commitment.approve", "yinchuan.commitment.approve")
                    .doesNotContain("national.commitment.credit-excluded");
        }

        @Test
        void aSeriousRecordExcludesUnderTheNationalBaseline() {
            AcceptanceResult r = run(app(YINCHUAN, "YC-SPJY-001", d("2026-03-02")).id(SERIOUS).commitmentRoute().signed()
                    .provided("M01", "M04", "M05"));
            assertThat(r.firedRules()).contains("national.commitment.credit-excluded").doesNotContain("national.commitment.approve");
            assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT_WITH_DEFICIENCY");
        }

        @Test
        void aFalseCommitmentStopsCountingOnItsRepairDay() {
            AcceptanceResult dayBefore = run(app(YINCHUAN, "YC-SPJY-001", d("2025-09-29")).id(FALSE_REPAIRED).commitmentRoute().signed());
            assertThat(dayBefore.firedRules()).contains("national.commitment.credit-excluded");
            AcceptanceResult repairDay = run(app(YINCHUAN, "YC-SPJY-001", d("2025-09-30")).id(FALSE_REPAIRED).commitmentRoute().signed());
            assertThat(repairDay.firedRules()).contains("national.commitment.approve").doesNotContain("national.commitment.credit-excluded");
        }

        @Test
        void aMatterOffTheCommitmentListGoesTheOrdinaryRoute() {
            AcceptanceResult r = run(app(XIAN, "XA-SPJY-001", d("2026-03-02")).id(XX_CLEAN).commitmentRoute().signed()
                    .provided("M01", "M04", "M05", "M06"));
            assertThat(r.firedRules()).contains("national.commitment.not-listed").doesNotContain("national.commitment.approve");
            assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT");
        }

        @Test
        void anUnsignedCommitmentGoesTheOrdinaryRoute() {
            AcceptanceResult r = run(app(YINCHUAN, "YC-SPJY-001", d("2026-03-02")).id(XX_CLEAN).commitmentRoute()
                    .provided("M01", "M04", "M05", "M06"));
            assertThat(r.firedRules()).contains("national.commitment.not-signed").doesNotContain("national.commitment.approve");
            assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT");
        }
    }

    @Test
    void everyRuleOfTheSampleIsCoveredByThisClass() {
        // Keeps this class honest when a rule is added: each id must appear in a test above.
        Set<String> covered = Set.of(
                "national.reject.matter-not-published", "national.reject.applicant-not-served", "national.materials.deficient",
                "national.outcome.reject", "national.outcome.notify-supplement", "national.outcome.accept",
                "national.due-date.working-days", "national.due-date.legal-limit",
                "yinchuan.shared-data.waive", "yinchuan.proofs.not-on-list", "yinchuan.tolerance.accept-first",
                "yinchuan.tolerance.commitment-beyond-limit", "yinchuan.tolerance.no-commitment",
                "yinchuan.tolerance.not-only-tolerable", "yinchuan.priority.green-channel",
                "xinxiang.shared-data.waive", "xinxiang.tolerance.accept-first", "xinxiang.tolerance.no-commitment",
                "xinxiang.tolerance.not-only-tolerable", "xinxiang.notify.once", "xinxiang.on-the-spot",
                "xinxiang.priority.green-channel",
                "xian.reject.not-in-list", "xian.shared-data.waive", "xian.proofs.not-on-list", "xian.tolerance.accept-first",
                "xian.notify.once", "xian.accept.notice", "xian.due-date.promised",
                "hongsibu.e-license.waive", "hongsibu.shared-data.waive", "hongsibu.notify.once", "hongsibu.on-the-spot",
                "hongsibu.tolerance.accept-first", "hongsibu.priority.assisted",
                "national.commitment.credit-excluded", "national.commitment.not-listed", "national.commitment.not-signed",
                "national.commitment.approve", "xinxiang.commitment.credit-excluded", "xinxiang.commitment.approve",
                "yinchuan.commitment.approve");
        // Case transition rules (ids with ".case.") are covered by org.zwfw.cases.CaseRulesTest; fee rules (ids with
        // ".fee.") by org.zwfw.fees.FeeRulesTest; catalog lint rules (ids with ".lint.") by
        // org.zwfw.catalog.lint.CatalogLintRulesTest; policy-list rules (".policy-lists.") by
        // org.zwfw.policies.PolicyListRulesTest.
        assertThat(rs.rules()).extracting(RuleInfo::id)
                .filteredOn(id -> !id.startsWith("yinchuan-draft.") && !id.contains(".case.") && !id.contains(".fee.")
                        && !id.contains(".lint.") && !id.contains(".policy-lists."))
                .containsExactlyInAnyOrderElementsOf(covered);
    }
}
