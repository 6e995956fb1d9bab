package org.zwfw.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.zwfw.catalog.WorkingCalendar;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RulesNamedInTests;
import org.zwfw.engine.SampleRules;
import org.zwfw.supervision.facts.Clock;
import org.zwfw.supervision.facts.ClockDecision;
import org.zwfw.supervision.facts.ClockMove;
import org.zwfw.supervision.facts.Reasoned;
import org.zwfw.supervision.facts.Review;
import org.zwfw.supervision.facts.ReviewDecision;
import org.zwfw.supervision.facts.ReviewStanding;

/**
 * Each supervision rule on the engine: a case that fires it and a counter-example that does not. The clock of a 新乡
 * 食品经营许可 accepted 2026-03-02 (promised 5 working days → 2026-03-09, legal 10 → 2026-03-16) unless said otherwise.
 */
public class SupervisionRulesTest {
    static final String XINXIANG = "410700";
    static final String YINCHUAN = "640100";
    static final String XIAN = "610100";
    static final String ART_42 = "中华人民共和国行政许可法 第四十二条";
    static final LocalDate MAR_2 = LocalDate.of(2026, 3, 2);
    static final LocalDate MAR_9 = LocalDate.of(2026, 3, 9);
    static final LocalDate MAR_16 = LocalDate.of(2026, 3, 16);

    final RuleSet rs = SampleRules.get();
    final SupervisionEngine engine = new SupervisionEngine();
    final WorkingCalendar calendar = rs.catalog().calendar();

    Clock clock(String jurisdiction, String matter, boolean licence, LocalDate promised, LocalDate legal,
                boolean extended, LocalDate completed, LocalDate asOf) {
        return new Clock("CASE-T", jurisdiction, matter, licence, MAR_2, promised, legal, extended, completed, asOf,
                promised == null ? null : calendar.workingDaysBetween(asOf, promised),
                legal == null ? null : calendar.workingDaysBetween(asOf, legal));
    }

    Clock xinxiang(LocalDate asOf) {
        return clock(XINXIANG, "XX-SPJY-001", true, MAR_9, MAR_16, false, null, asOf);
    }

    static List<String> rules(Reasoned d) {
        return d.getReasons().stream().map(Reasoned.Reason::rule).toList();
    }

    static ClockMove extension(LocalDate date, int days, String approvedBy, String reason, LocalDate told) {
        return new ClockMove("EXTENSION", date, days, reason, approvedBy, told);
    }

    @Test
    void everySupervisionRuleIsNamedHere() {
        RulesNamedInTests.assertEveryRuleNamed(rs, SupervisionRulesTest::isSupervisionRule, SupervisionRulesTest.class);
    }

    /** The supervision family's rule ids: the case clock, extensions, special procedures and 好差评. */
    public static boolean isSupervisionRule(String id) {
        return id.contains(".clock.") || id.contains(".extension.") || id.contains(".review.")
                || id.contains(".procedure.");
    }

    @Test
    void workingDaysBetweenCountsForwardAndBackSkippingWeekends() {
        assertThat(calendar.workingDaysBetween(MAR_2, MAR_9)).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 10), MAR_9)).isEqualTo(-1);
        assertThat(calendar.workingDaysBetween(MAR_9, MAR_9)).isZero();
        // Saturday after a Friday due date: no working day has passed yet.
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 13))).isZero();
    }

    @Nested
    class TheClock {
        @Test
        void eachLimitNamesItsClauseAndOnTimeIsNeitherOverdueNorDueSoon() {
            ClockDecision d = engine.clock(rs, xinxiang(LocalDate.of(2026, 3, 3)));
            assertThat(rules(d)).containsExactlyInAnyOrder("national.clock.legal-limit", "xinxiang.clock.promised-limit");
            assertThat(d.getLegalClause()).isEqualTo(ART_42);
            assertThat(d.getPromisedClause()).isEqualTo("新乡市政务服务条例 第三十六条");
            assertThat(d.getStatus()).isEqualTo("ON_TIME");
            assertThat(d.getOverdue()).isEqualTo("NONE");
            Reasoned.Reason promised = d.getReasons().stream()
                    .filter(r -> r.rule().equals("xinxiang.clock.promised-limit")).findFirst().orElseThrow();
            assertThat(promised.basis()).isEqualTo("LIST");
            assertThat(promised.list()).isNotNull();
        }

        @Test
        void onThePromisedDateItIsNotYetOverdue() {
            ClockDecision d = engine.clock(rs, xinxiang(MAR_9));
            assertThat(rules(d)).doesNotContain("xinxiang.clock.promise-overdue");
            assertThat(d.getOverdue()).isEqualTo("NONE");
        }

        @Test
        void theDayAfterThePromiseItIsOverdueOnThePromiseByOneWorkingDay() {
            Clock c = xinxiang(LocalDate.of(2026, 3, 10));
            assertThat(c.promisedLeft()).isEqualTo(-1);
            ClockDecision d = engine.clock(rs, c);
            assertThat(rules(d)).contains("xinxiang.clock.promise-overdue").doesNotContain("national.clock.legal-overdue");
            assertThat(d.getOverdue()).isEqualTo("PROMISED");
            assertThat(d.getOverdueSince()).isEqualTo(LocalDate.of(2026, 3, 10));
            assertThat(d.getStatus()).isEqualTo("OVERDUE");
        }

        @Test
        void pastTheLegalDateItIsOverdueOnTheLawSinceThatDayEvenThoughThePromiseRanOutFirst() {
            ClockDecision d = engine.clock(rs, xinxiang(LocalDate.of(2026, 3, 17)));
            assertThat(rules(d)).contains("national.clock.legal-overdue", "xinxiang.clock.promise-overdue");
            assertThat(d.getOverdue()).isEqualTo("LEGAL");
            assertThat(d.getOverdueSince()).isEqualTo(LocalDate.of(2026, 3, 17));
        }

        @Test
        void aCompletedCaseIsNeverOverdue() {
            ClockDecision d = engine.clock(rs, clock(XINXIANG, "XX-SPJY-001", true, MAR_9, MAR_16, false, MAR_9,
                    LocalDate.of(2026, 3, 20)));
            assertThat(rules(d)).doesNotContain("national.clock.legal-overdue", "xinxiang.clock.promise-overdue");
        }

        @Test
        void yinchuanHoldsTheGuidesPromiseUnderArticle12() {
            LocalDate promised = LocalDate.of(2026, 3, 9);
            ClockDecision late = engine.clock(rs, clock(YINCHUAN, "YC-SPJY-001", true, promised, MAR_16, false, null,
                    LocalDate.of(2026, 3, 11)));
            assertThat(rules(late)).contains("yinchuan.clock.promised-limit", "yinchuan.clock.promise-overdue");
            assertThat(late.getOverdue()).isEqualTo("PROMISED");
            ClockDecision onTime = engine.clock(rs, clock(YINCHUAN, "YC-SPJY-001", true, promised, MAR_16, false, null,
                    LocalDate.of(2026, 3, 5)));
            assertThat(rules(onTime)).contains("yinchuan.clock.promised-limit").doesNotContain("yinchuan.clock.promise-overdue");
        }
    }

    /**
     * A 告知承诺 approval's verification duty: 新乡's list row, 30 calendar days from 2026-03-02 (due 2026-04-01); 银川's,
     * 20 working days (due 2026-03-30). The case has no promised or legal date.
     */
    @Nested
    class VerificationDuties {
        ClockDecision on(String jurisdiction, String matter, LocalDate due, String kind, LocalDate asOf) {
            Clock c = clock(jurisdiction, matter, true, null, null, false, null, asOf);
            Integer left = due == null ? null : "WORKING".equals(kind) ? calendar.workingDaysBetween(asOf, due)
                    : (int) java.time.temporal.ChronoUnit.DAYS.between(asOf, due);
            return engine.clock(rs, c, new org.zwfw.supervision.facts.VerificationDuty(matter, MAR_2, due, kind,
                    left, asOf));
        }

        @Test
        void theDutyRestsOnTheListRowUnderArticle21AndIsOnTimeUpToItsDueDate() {
            ClockDecision d = on(XINXIANG, "XX-SPJY-001", LocalDate.of(2026, 4, 1), "CALENDAR", LocalDate.of(2026, 4, 1));
            assertThat(rules(d)).containsExactly("xinxiang.clock.verification-limit");
            assertThat(d.getVerificationClause()).isEqualTo("新乡市政务服务条例 第二十一条");
            assertThat(d.getStatus()).isEqualTo("ON_TIME");
            assertThat(d.getVerificationOverdueSince()).isNull();
            Reasoned.Reason r = d.getReasons().get(0);
            assertThat(r.basis()).isEqualTo("LIST");
            assertThat(r.list().row()).isEqualTo("XX-SPJY-001");
            assertThat(r.text()).contains("作出决定后30日内现场核查").contains("2026-04-01").contains("尚余 0 日");
        }

        @Test
        void theDayAfterItsDueDateUnverifiedItIsOverdueInTheDaysTheRowCounts() {
            ClockDecision xx = on(XINXIANG, "XX-SPJY-001", LocalDate.of(2026, 4, 1), "CALENDAR", LocalDate.of(2026, 4, 6));
            assertThat(rules(xx)).contains("xinxiang.clock.verification-limit", "xinxiang.clock.verification-overdue");
            assertThat(xx.getStatus()).isEqualTo("OVERDUE");
            assertThat(xx.getOverdue()).as("no decision date is overdue").isEqualTo("NONE");
            assertThat(xx.getVerificationOverdueSince()).isEqualTo(LocalDate.of(2026, 4, 2));
            assertThat(xx.getReasons()).filteredOn(r -> r.rule().endsWith("verification-overdue")).singleElement()
                    .satisfies(r -> assertThat(r.text()).contains("已逾期 5 日"));
            // 银川 counts working days: due Monday 2026-03-30, on Friday 2026-04-03 four working days late.
            ClockDecision yc = on(YINCHUAN, "YC-SPJY-001", LocalDate.of(2026, 3, 30), "WORKING", LocalDate.of(2026, 4, 3));
            assertThat(rules(yc)).contains("yinchuan.clock.verification-limit", "yinchuan.clock.verification-overdue");
            assertThat(yc.getVerificationClause()).isEqualTo("银川市政务服务管理办法 第二十六条");
            assertThat(yc.getReasons()).filteredOn(r -> r.rule().endsWith("verification-overdue")).singleElement()
                    .satisfies(r -> assertThat(r.text()).contains("已逾期 4 个工作日"));
            assertThat(rules(on(YINCHUAN, "YC-SPJY-001", LocalDate.of(2026, 3, 30), "WORKING", LocalDate.of(2026, 3, 30))))
                    .containsExactly("yinchuan.clock.verification-limit");
        }

        @Test
        void aRowStatingNoDaysHasNoLimitOnFileAndIsNeverOverdue() {
            for (String[] j : List.of(new String[] {XINXIANG, "XX-SPJY-001", "xinxiang.clock.verification-no-limit"},
                    new String[] {YINCHUAN, "YC-SPJY-001", "yinchuan.clock.verification-no-limit"})) {
                ClockDecision d = on(j[0], j[1], null, null, LocalDate.of(2027, 1, 4));
                assertThat(rules(d)).containsExactly(j[2]);
                assertThat(d.getStatus()).isEqualTo("ON_TIME");
                assertThat(d.getReasons().get(0).text()).contains("未载明核查期限：在案没有核查期限");
            }
            // Counter-example: a row stating days is not read as having none.
            assertThat(rules(on(XINXIANG, "XX-SPJY-001", LocalDate.of(2026, 4, 1), "CALENDAR", MAR_9)))
                    .doesNotContain("xinxiang.clock.verification-no-limit");
        }

        @Test
        void withoutADutyNoVerificationRuleFires() {
            assertThat(rules(engine.clock(rs, xinxiang(LocalDate.of(2026, 4, 6))))).noneMatch(id -> id.contains("verification"));
        }
    }

    /** A 一件事 case: its code is the bundle's (no Matter of that code), accepted 2026-03-02. */
    @Nested
    class BundleClock {
        Clock bundle(String jurisdiction, String code, LocalDate asOf) {
            return clock(jurisdiction, code, false, MAR_9, MAR_16, false, null, asOf);
        }

        @Test
        void xinxiangHoldsTheBundleListsPromiseAndItsEarliestMattersLegalDateUnderArticle36() {
            ClockDecision d = engine.clock(rs, bundle(XINXIANG, "XX-YJS-001", LocalDate.of(2026, 3, 3)));
            assertThat(rules(d)).containsExactlyInAnyOrder("xinxiang.clock.bundle-promised-limit",
                    "xinxiang.clock.bundle-legal-limit");
            assertThat(d.getPromisedClause()).isEqualTo("新乡市政务服务条例 第三十六条");
            assertThat(d.getLegalClause()).isEqualTo("新乡市政务服务条例 第三十六条");
            assertThat(d.getReasons()).filteredOn(r -> r.rule().equals("xinxiang.clock.bundle-promised-limit"))
                    .singleElement().satisfies(r -> {
                        assertThat(r.basis()).isEqualTo("LIST");
                        assertThat(r.list().row()).isEqualTo("410700/XX-YJS-001");
                    });
            assertThat(d.getReasons()).filteredOn(r -> r.rule().equals("xinxiang.clock.bundle-legal-limit"))
                    .singleElement().satisfies(r -> assertThat(r.interpretations()).containsExactly("XX-BUN-05"));
            assertThat(d.getStatus()).isEqualTo("ON_TIME");
        }

        @Test
        void pastItsPromiseABundleIsOverdueOnThePromiseAndPastItsLegalDateOnTheLaw() {
            ClockDecision promise = engine.clock(rs, bundle(XINXIANG, "XX-YJS-001", LocalDate.of(2026, 3, 10)));
            assertThat(promise.getOverdue()).isEqualTo("PROMISED");
            assertThat(promise.getOverdueSince()).isEqualTo(LocalDate.of(2026, 3, 10));
            assertThat(rules(promise)).contains("xinxiang.clock.promise-overdue")
                    .doesNotContain("xinxiang.clock.bundle-legal-overdue");
            ClockDecision law = engine.clock(rs, bundle(XINXIANG, "XX-YJS-001", LocalDate.of(2026, 3, 17)));
            assertThat(law.getOverdue()).isEqualTo("LEGAL");
            assertThat(law.getOverdueSince()).isEqualTo(LocalDate.of(2026, 3, 17));
            assertThat(rules(law)).contains("xinxiang.clock.bundle-legal-overdue");
            // On the legal date itself it is not yet overdue on the law.
            assertThat(engine.clock(rs, bundle(XINXIANG, "XX-YJS-001", MAR_16)).getOverdue()).isEqualTo("PROMISED");
        }

        @Test
        void yinchuanHoldsItsBundleUnderArticle28() {
            LocalDate dec1 = LocalDate.of(2025, 12, 1);
            Clock onTime = new Clock("CASE-T", YINCHUAN, "YC-YJS-001", false, dec1, LocalDate.of(2025, 12, 8),
                    LocalDate.of(2025, 12, 15), false, null, LocalDate.of(2025, 12, 16), -6, -1);
            ClockDecision d = engine.clock(rs, onTime);
            assertThat(rules(d)).contains("yinchuan.clock.bundle-promised-limit", "yinchuan.clock.bundle-legal-limit",
                    "yinchuan.clock.bundle-legal-overdue", "yinchuan.clock.promise-overdue");
            assertThat(d.getPromisedClause()).isEqualTo("银川市政务服务管理办法 第二十八条");
            assertThat(d.getLegalClause()).isEqualTo("银川市政务服务管理办法 第二十八条");
            assertThat(d.getOverdue()).isEqualTo("LEGAL");
        }

        @Test
        void aBundleIsFinishedWhenItsLastMattersResultIsIssued() {
            ClockMove done = new ClockMove("COMPLETION", LocalDate.of(2026, 3, 18), 0, null, null, null);
            ClockDecision x = engine.move(rs, bundle(XINXIANG, "XX-YJS-001", LocalDate.of(2026, 3, 18)), done);
            assertThat(rules(x)).containsExactly("xinxiang.clock.bundle-completed");
            assertThat(x.getCompletedOn()).isEqualTo(LocalDate.of(2026, 3, 18));
            assertThat(x.getReasons().get(0).text()).contains("晚于法定办结日期 2026-03-16");
            LocalDate dec1 = LocalDate.of(2025, 12, 1);
            Clock yc = new Clock("CASE-T", YINCHUAN, "YC-YJS-001", false, dec1, LocalDate.of(2025, 12, 8), null, false,
                    null, LocalDate.of(2025, 12, 5), 1, null);
            ClockDecision y = engine.move(rs, yc, new ClockMove("COMPLETION", LocalDate.of(2025, 12, 5), 0, null, null,
                    null));
            assertThat(rules(y)).containsExactly("yinchuan.clock.bundle-completed");
            // Counter-example: a matter of 银川 that is not a licence (not a bundle) still has no completion rule.
            Clock matter = new Clock("CASE-T", YINCHUAN, "YC-BDC-003", false, dec1, LocalDate.of(2025, 12, 8), null,
                    false, null, LocalDate.of(2025, 12, 5), 1, null);
            assertThat(engine.move(rs, matter, new ClockMove("COMPLETION", LocalDate.of(2025, 12, 5), 0, null, null,
                    null)).getCompletedOn()).isNull();
        }

        @Test
        void aBundlesPeriodIsNotExtendedAsAWhole() {
            ClockMove ten = extension(LocalDate.of(2026, 3, 12), 10, "AGENCY_HEAD", "需现场核查", LocalDate.of(2026, 3, 12));
            ClockDecision xx = engine.move(rs, bundle(XINXIANG, "XX-YJS-001", LocalDate.of(2026, 3, 12)), ten);
            assertThat(rules(xx)).containsExactly("xinxiang.extension.bundle");
            assertThat(xx.getConflictClause()).isEqualTo("新乡市政务服务条例 第二十二条");
            assertThat(xx.getNewLegalDue()).isNull();
            LocalDate dec1 = LocalDate.of(2025, 12, 1);
            Clock yc = new Clock("CASE-T", YINCHUAN, "YC-YJS-001", false, dec1, LocalDate.of(2025, 12, 8),
                    LocalDate.of(2025, 12, 15), false, null, LocalDate.of(2025, 12, 5), 1, 6);
            assertThat(rules(engine.move(rs, yc, extension(LocalDate.of(2025, 12, 5), 5, "AGENCY_HEAD", "需现场核查",
                    LocalDate.of(2025, 12, 5))))).containsExactly("yinchuan.extension.bundle");
            // Counter-example: a licence of one matter is still extended under 第四十二条.
            assertThat(rules(engine.move(rs, xinxiang(LocalDate.of(2026, 3, 12)), ten)))
                    .doesNotContain("xinxiang.extension.bundle").contains("national.extension.granted");
        }

        @Test
        void aMatterIsNotTakenForABundleNorABundleForAMatter() {
            assertThat(rules(engine.clock(rs, xinxiang(LocalDate.of(2026, 3, 17)))))
                    .noneMatch(id -> id.contains("bundle"));
            assertThat(rules(engine.clock(rs, bundle(XINXIANG, "XX-YJS-001", LocalDate.of(2026, 3, 17)))))
                    .doesNotContain("xinxiang.clock.promised-limit", "national.clock.legal-limit",
                            "national.clock.legal-overdue");
        }
    }

    @Nested
    class XianWarnings {
        Clock xian(LocalDate asOf) {
            return clock(XIAN, "XA-SPJY-001", true, MAR_9, MAR_16, false, null, asOf);
        }

        @Test
        void withinTheWarningPeriodOfThreeWorkingDaysTheCaseIsDueSoonAtTheAgencysDiscretion() {
            // 2026-03-04: 03-05, 03-06, 03-09 left — three working days.
            ClockDecision d = engine.clock(rs, xian(LocalDate.of(2026, 3, 4)));
            assertThat(rules(d)).contains("xian.clock.due-soon", "xian.clock.promised-limit");
            assertThat(d.getStatus()).isEqualTo("DUE_SOON");
            Reasoned.Reason r = d.getReasons().stream().filter(x -> x.rule().equals("xian.clock.due-soon")).findFirst()
                    .orElseThrow();
            assertThat(r.discretionary()).isTrue();
            assertThat(r.list().source()).contains("预警设置");
        }

        @Test
        void fourWorkingDaysAheadIsNotYetDueSoon() {
            ClockDecision d = engine.clock(rs, xian(LocalDate.of(2026, 3, 3)));
            assertThat(rules(d)).doesNotContain("xian.clock.due-soon");
            assertThat(d.getStatus()).isEqualTo("ON_TIME");
        }

        @Test
        void pastThePromiseTheOverrunIsFlaggedNotWarned() {
            ClockDecision d = engine.clock(rs, xian(LocalDate.of(2026, 3, 10)));
            assertThat(rules(d)).contains("xian.clock.promise-overdue").doesNotContain("xian.clock.due-soon");
            assertThat(d.getStatus()).isEqualTo("OVERDUE");
        }

        @Test
        void xinxiangHasNoWarningPeriodOnFileSoNothingIsDueSoonThere() {
            ClockDecision d = engine.clock(rs, xinxiang(LocalDate.of(2026, 3, 6)));
            assertThat(d.getStatus()).isEqualTo("ON_TIME");
        }
    }

    @Nested
    class Extensions {
        final LocalDate mar12 = LocalDate.of(2026, 3, 12);

        @Test
        void tenWorkingDaysApprovedByTheHeadWithTheReasonToldMoveTheLegalDateOnly() {
            ClockDecision d = engine.move(rs, xinxiang(mar12), extension(mar12, 10, "AGENCY_HEAD", "需现场核查", mar12));
            assertThat(rules(d)).containsExactly("national.extension.granted");
            assertThat(d.getNewLegalDue()).isEqualTo(LocalDate.of(2026, 3, 30));
            assertThat(d.getConflict()).isNull();
            assertThat(d.getReasons().get(0).text()).contains("承诺办结日期 2026-03-09 不变");
        }

        @Test
        void elevenWorkingDaysAreRefusedCitingArticle42() {
            ClockDecision d = engine.move(rs, xinxiang(mar12), extension(mar12, 11, "AGENCY_HEAD", "需现场核查", mar12));
            assertThat(rules(d)).containsExactly("national.extension.too-long");
            assertThat(d.getConflictClause()).isEqualTo(ART_42);
            assertThat(d.getNewLegalDue()).isNull();
        }

        @Test
        void aSecondExtensionIsRefused() {
            Clock extended = clock(XINXIANG, "XX-SPJY-001", true, MAR_9, LocalDate.of(2026, 3, 30), true, null, mar12);
            ClockDecision d = engine.move(rs, extended, extension(mar12, 1, "AGENCY_HEAD", "再次延长", mar12));
            assertThat(rules(d)).containsExactly("national.extension.once");
            assertThat(d.getNewLegalDue()).isNull();
        }

        @Test
        void onTheLegalDateItMayStillBeExtendedButNotTheDayAfter() {
            ClockDecision onIt = engine.move(rs, xinxiang(MAR_16), extension(MAR_16, 5, "AGENCY_HEAD", "理由", MAR_16));
            assertThat(rules(onIt)).containsExactly("national.extension.granted");
            LocalDate mar17 = LocalDate.of(2026, 3, 17);
            ClockDecision after = engine.move(rs, xinxiang(mar17), extension(mar17, 5, "AGENCY_HEAD", "理由", mar17));
            assertThat(rules(after)).containsExactly("national.extension.after-legal-date");
        }

        @Test
        void withoutTheAgencyHeadsApprovalOrTheReasonToldItIsRefused() {
            ClockDecision notHead = engine.move(rs, xinxiang(mar12), extension(mar12, 5, "OTHER", "理由", mar12));
            assertThat(rules(notHead)).containsExactly("national.extension.not-approved");
            ClockDecision notTold = engine.move(rs, xinxiang(mar12), extension(mar12, 5, "AGENCY_HEAD", "理由", null));
            assertThat(rules(notTold)).containsExactly("national.extension.reason-not-told");
            ClockDecision noReason = engine.move(rs, xinxiang(mar12), extension(mar12, 5, "AGENCY_HEAD", " ", mar12));
            assertThat(rules(noReason)).containsExactly("national.extension.reason-not-told");
        }

        @Test
        void aCompletedCaseOrAMatterThatIsNotALicenceIsNotExtended() {
            Clock done = clock(XINXIANG, "XX-SPJY-001", true, MAR_9, MAR_16, false, MAR_9, mar12);
            assertThat(rules(engine.move(rs, done, extension(mar12, 5, "AGENCY_HEAD", "理由", mar12))))
                    .containsExactly("national.extension.after-decision");
            Clock confirmation = clock(YINCHUAN, "YC-BDC-003", false, MAR_9, null, false, null, mar12);
            ClockDecision d = engine.move(rs, confirmation, extension(mar12, 5, "AGENCY_HEAD", "理由", mar12));
            assertThat(rules(d)).containsExactly("national.extension.not-a-licence");
            assertThat(d.getConflictClause()).isEqualTo(ART_42);
        }
    }

    /**
     * 第四十二条第二款: a matter on the jurisdiction's list of joint handling (新乡 建筑工程施工许可, 联合办理; accepted
     * 2026-03-02, promised 3 → 2026-03-05, legal 7 → 2026-03-11) is extended by up to fifteen working days with the
     * approval of the 本级人民政府负责人, not by the agency head.
     */
    @Nested
    class JointHandling {
        final LocalDate mar5 = LocalDate.of(2026, 3, 5);
        final LocalDate mar11 = LocalDate.of(2026, 3, 11);
        final LocalDate mar10 = LocalDate.of(2026, 3, 10);

        Clock joint(LocalDate asOf) {
            return clock(XINXIANG, "XX-SGXK-002", true, mar5, mar11, false, null, asOf);
        }

        @Test
        void theLegalLimitRestsOnTheListRowAndTheFortyFiveDayCeiling() {
            ClockDecision d = engine.clock(rs, joint(mar10));
            assertThat(rules(d)).contains("national.clock.unified-limit").doesNotContain("national.clock.legal-limit");
            assertThat(d.getLegalClause()).isEqualTo(ART_42);
            Reasoned.Reason r = d.getReasons().stream().filter(x -> x.rule().equals("national.clock.unified-limit"))
                    .findFirst().orElseThrow();
            assertThat(r.basis()).isEqualTo("LIST");
            assertThat(r.list().name()).isEqualTo("统一办理、联合办理、集中办理事项清单");
            assertThat(r.text()).contains("联合办理", "45 个工作日");
        }

        @Test
        void fifteenWorkingDaysApprovedByTheGovernmentHeadMoveTheLegalDateOnly() {
            ClockDecision d = engine.move(rs, joint(mar10), extension(mar10, 15, "GOVERNMENT_HEAD", "联合审查", mar10));
            assertThat(rules(d)).containsExactly("national.extension.unified-granted");
            assertThat(d.getNewLegalDue()).isEqualTo(calendar.addWorkingDays(mar11, 15));
            assertThat(d.getReasons().get(0).text()).contains("承诺办结日期 2026-03-05 不变");
        }

        @Test
        void sixteenWorkingDaysOrTheAgencyHeadsApprovalAreRefusedCitingArticle42() {
            ClockDecision tooLong = engine.move(rs, joint(mar10), extension(mar10, 16, "GOVERNMENT_HEAD", "理由", mar10));
            assertThat(rules(tooLong)).containsExactly("national.extension.unified-too-long");
            assertThat(tooLong.getConflictClause()).isEqualTo(ART_42);
            ClockDecision head = engine.move(rs, joint(mar10), extension(mar10, 10, "AGENCY_HEAD", "理由", mar10));
            assertThat(rules(head)).containsExactly("national.extension.unified-not-approved");
            assertThat(head.getConflict()).contains("本级人民政府负责人批准");
            assertThat(head.getNewLegalDue()).isNull();
        }

        @Test
        void aMatterNotOnTheListIsNotExtendedByTheGovernmentHead() {
            ClockDecision d = engine.move(rs, xinxiang(mar10), extension(mar10, 15, "GOVERNMENT_HEAD", "理由", mar10));
            assertThat(rules(d)).containsExactlyInAnyOrder("national.extension.too-long",
                    "national.extension.not-approved");
            assertThat(d.getConflictClause()).isEqualTo(ART_42);
        }

        @Test
        void onceAndBeforeTheLegalDatePassesAsInTheFirstParagraph() {
            Clock extended = clock(XINXIANG, "XX-SGXK-002", true, mar5, LocalDate.of(2026, 4, 1), true, null, mar10);
            assertThat(rules(engine.move(rs, extended, extension(mar10, 1, "GOVERNMENT_HEAD", "再次", mar10))))
                    .containsExactly("national.extension.once");
            LocalDate mar12 = LocalDate.of(2026, 3, 12);
            assertThat(rules(engine.move(rs, joint(mar12), extension(mar12, 5, "GOVERNMENT_HEAD", "理由", mar12))))
                    .containsExactly("national.extension.after-legal-date");
        }
    }

    @Nested
    class SpecialProcedures {
        final LocalDate mar4 = LocalDate.of(2026, 3, 4);

        @Test
        void aListedProcedureWhoseDaysDoNotCountPushesTheDatesOnByItsDays() {
            ClockDecision d = engine.move(rs, xinxiang(mar4), ClockMove.procedure("ON_SITE_INSPECTION", mar4,
                    LocalDate.of(2026, 3, 6), 3));
            assertThat(rules(d)).containsExactly("xinxiang.procedure.not-counted");
            assertThat(d.getExcludedDays()).isEqualTo(3);
            assertThat(d.getReasons().get(0).list().name()).isEqualTo("特别程序清单");
        }

        @Test
        void aListedProcedureWhoseDaysCountLeavesTheDates() {
            Clock c = clock(XINXIANG, "XX-SGXK-002", true, MAR_9, MAR_16, false, null, mar4);
            ClockDecision d = engine.move(rs, c, ClockMove.procedure("TECHNICAL_REVIEW", mar4, LocalDate.of(2026, 3, 6), 3));
            assertThat(rules(d)).containsExactly("xinxiang.procedure.counted");
            assertThat(d.getExcludedDays()).isZero();
        }

        @Test
        void aProcedureNotOnTheMattersListIsRefused() {
            ClockDecision d = engine.move(rs, xinxiang(mar4), ClockMove.procedure("HEARING", mar4, mar4, 1));
            assertThat(rules(d)).containsExactly("xinxiang.procedure.not-listed");
            assertThat(d.getConflictClause()).isEqualTo("新乡市政务服务条例 第十八条");
        }
    }

    @Nested
    class Completion {
        final ClockMove issued = new ClockMove("COMPLETION", LocalDate.of(2026, 3, 8), 0, null, null, null);

        @Test
        void aLicenceIsFinishedWhenTheDecisionIsMade() {
            ClockDecision d = engine.move(rs, xinxiang(LocalDate.of(2026, 3, 8)), issued);
            assertThat(rules(d)).containsExactly("national.clock.completed");
            assertThat(d.getCompletedOn()).isEqualTo(LocalDate.of(2026, 3, 8));
        }

        @Test
        void inXianAnyMatterIsFinishedWhenTheResultIsIssued() {
            Clock c = clock(XIAN, "XA-SPJY-001", true, MAR_9, MAR_16, false, null, LocalDate.of(2026, 3, 8));
            assertThat(rules(engine.move(rs, c, issued))).containsExactlyInAnyOrder("national.clock.completed",
                    "xian.clock.completed");
        }

        @Test
        void outsideXianNoTextOnFileSaysWhenAConfirmationIsFinished() {
            Clock c = clock(YINCHUAN, "YC-BDC-003", false, MAR_9, null, false, null, LocalDate.of(2026, 3, 8));
            ClockDecision d = engine.move(rs, c, issued);
            assertThat(d.getCompletedOn()).isNull();
            assertThat(rules(d)).isEmpty();
        }
    }

    @Nested
    class Reviews {
        Review review(String jurisdiction, LocalDate date, String rating, boolean realName) {
            return new Review(jurisdiction, "XX-SPJY-001", "ONLINE", date, rating, realName);
        }

        @Test
        void aRealNameBadReviewOnAFridayInXinxiangIsDueForCallbackOnMonday() {
            ReviewDecision d = engine.review(rs, review(XINXIANG, LocalDate.of(2026, 3, 6), "BAD", true));
            assertThat(rules(d)).containsExactly("xinxiang.review.callback-due");
            assertThat(d.getCallbackDue()).isEqualTo(LocalDate.of(2026, 3, 9));
            assertThat(d.getReasons().get(0).interpretations()).containsExactly("XX-REV-01", "XX-REV-02");
        }

        @Test
        void onTheEveOfAHolidayTheCallbackIsDueAfterIt() {
            ReviewDecision d = engine.review(rs, review(XINXIANG, LocalDate.of(2026, 9, 30), "VERY_BAD", true));
            assertThat(d.getCallbackDue()).isEqualTo(LocalDate.of(2026, 10, 8));
        }

        @Test
        void anAnonymousOrAnAverageReviewHasNoCallbackLimit() {
            ReviewDecision anonymous = engine.review(rs, review(XINXIANG, LocalDate.of(2026, 3, 6), "BAD", false));
            assertThat(rules(anonymous)).containsExactly("xinxiang.review.no-callback-duty");
            assertThat(anonymous.getCallbackDue()).isNull();
            ReviewDecision average = engine.review(rs, review(XINXIANG, LocalDate.of(2026, 3, 6), "AVERAGE", true));
            assertThat(rules(average)).containsExactly("xinxiang.review.no-callback-duty");
            assertThat(average.getCallbackDue()).isNull();
        }

        @Test
        void yinchuan2025SetsNoLimitAndSaysSo() {
            ReviewDecision d = engine.review(rs, review(YINCHUAN, LocalDate.of(2026, 3, 6), "BAD", true));
            assertThat(rules(d)).contains("yinchuan.review.no-limit");
            assertThat(d.getCallbackDue()).isNull();
            assertThat(d.getReasons().get(0).text()).contains("没有规定回访核实的时限");
        }

        @Test
        void beforeYinchuan2025NoLocalTextIsOnFileAndTheAnswerSaysSo() {
            ReviewDecision d = engine.review(rs, review(YINCHUAN, LocalDate.of(2025, 11, 28), "BAD", true));
            assertThat(rules(d)).containsExactly("national.review.no-local-text");
            assertThat(d.getCallbackDue()).isNull();
            ReviewDecision inForce = engine.review(rs, review(YINCHUAN, LocalDate.of(2025, 12, 1), "BAD", true));
            assertThat(rules(inForce)).doesNotContain("national.review.no-local-text");
        }

        @Test
        void hongsibusPlanSetsNoLimit() {
            ReviewDecision d = engine.review(rs, review("640303", LocalDate.of(2026, 3, 6), "BAD", true));
            assertThat(rules(d)).containsExactly("hongsibu.review.no-limit");
            assertThat(d.getCallbackDue()).isNull();
        }

        @Test
        void xianReferToMeasuresNotOnFile() {
            ReviewDecision d = engine.review(rs, review(XIAN, LocalDate.of(2026, 3, 6), "BAD", true));
            assertThat(rules(d)).contains("xian.review.measures-not-on-file");
            assertThat(d.getCallbackDue()).isNull();
            assertThat(d.getReasons().get(0).text()).contains("未收录");
        }

        @Test
        void aCallbackMissedIsLateAndOneMadeOnTheDueDateIsNot() {
            Review r = review(XINXIANG, LocalDate.of(2026, 3, 6), "BAD", true);
            LocalDate mar10 = LocalDate.of(2026, 3, 10);
            ReviewDecision missed = engine.standing(rs, r, new ReviewStanding(mar10, MAR_9, null, null, null, null));
            assertThat(rules(missed)).containsExactly("xinxiang.review.callback-missed");
            assertThat(missed.isLate()).isTrue();
            ReviewDecision made = engine.standing(rs, r, new ReviewStanding(mar10, MAR_9, MAR_9, "COMPLEX", null, null));
            assertThat(rules(made)).isEmpty();
            assertThat(made.isLate()).isFalse();
            ReviewDecision onTheDay = engine.standing(rs, r, new ReviewStanding(MAR_9, MAR_9, null, null, null, null));
            assertThat(onTheDay.isLate()).isFalse();
        }

        @Test
        void aSetRectificationDateMissedWithoutFeedbackIsLate() {
            Review r = review(XINXIANG, LocalDate.of(2026, 3, 6), "BAD", true);
            LocalDate by = LocalDate.of(2026, 3, 20);
            ReviewDecision missed = engine.standing(rs, r, new ReviewStanding(LocalDate.of(2026, 3, 23), MAR_9, MAR_9,
                    "COMPLEX", by, null));
            assertThat(rules(missed)).containsExactly("xinxiang.review.rectification-missed");
            ReviewDecision fedBack = engine.standing(rs, r, new ReviewStanding(LocalDate.of(2026, 3, 23), MAR_9, MAR_9,
                    "COMPLEX", by, by));
            assertThat(fedBack.isLate()).isFalse();
        }
    }
}
