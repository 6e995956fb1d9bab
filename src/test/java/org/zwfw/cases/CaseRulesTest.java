package org.zwfw.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zwfw.cases.facts.CaseEvent;
import org.zwfw.cases.facts.CaseFile;
import org.zwfw.cases.facts.Transition;
import org.zwfw.engine.RuleInfo;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.SampleRules;

/**
 * The case transition rules (ruleflow-group "case"), one rule at a time on the real rules/ folder: a case where it
 * fires, with its effect, and counter-examples where it must not (wrong state, the other side of the deadline — the
 * last day and the day after —, another jurisdiction, a case opened before the instrument was in force). Every test
 * that makes a rule fire is marked {@link Fires}, every counter-example {@link DoesNotFire}; the last test checks that
 * each ".case." rule of the rule set has both.
 */
class CaseRulesTest {
    static final String XINXIANG = "410700";
    static final String YINCHUAN = "640100";
    static final String XIAN = "610100";
    static final String HONGSIBU = "640303";

    static final String XINXIANG_20 = "新乡市政务服务条例 第二十条";
    static final String XINXIANG_21 = "新乡市政务服务条例 第二十一条";
    static final String YINCHUAN_25 = "银川市政务服务管理办法 第二十五条";
    static final String XIAN_17 = "西安市政务服务标准化管理办法（试行） 第十七条";
    static final String GUIDANCE = "国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见";

    /** 新乡 条例 in force from 2024-03-01. */
    static final LocalDate XX_OPENED = LocalDate.of(2025, 3, 3);
    static final LocalDate XX_DEADLINE = LocalDate.of(2025, 3, 10);
    /** 银川 办法 in force from 2025-12-01. */
    static final LocalDate YC_OPENED = LocalDate.of(2025, 12, 15);
    static final LocalDate YC_DEADLINE = LocalDate.of(2025, 12, 22);
    static final LocalDate YC_BEFORE = LocalDate.of(2025, 11, 30);
    /** 西安 办法 on trial from 2021-08-26. */
    static final LocalDate XA_OPENED = LocalDate.of(2025, 6, 2);
    static final LocalDate XA_DEADLINE = LocalDate.of(2025, 6, 10);
    /** 国办发〔2020〕42号 taken as in force from 2021-01-01. */
    static final LocalDate OPENED = LocalDate.of(2025, 6, 2);
    static final LocalDate VERIFIED_ON = LocalDate.of(2025, 7, 1);
    static final LocalDate RECTIFY_BY = LocalDate.of(2025, 7, 31);

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface Fires {
        String[] value();
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface DoesNotFire {
        String[] value();
    }

    static RuleSet rs;
    final CaseEngine engine = new CaseEngine();

    @BeforeAll
    static void load() {
        rs = SampleRules.get();
    }

    // ---------------------------------------------------------------- helpers

    static CaseFile pending(String jurisdiction, LocalDate openedOn, LocalDate deadline, String lateConsequence,
                            String... missing) {
        return new CaseFile("CASE-T", jurisdiction, openedOn, "ACCEPT_WITH_DEFICIENCY", "PENDING_SUPPLEMENT", deadline,
                lateConsequence, new LinkedHashSet<>(List.of(missing)), null);
    }

    static CaseFile inState(CaseFile f, String state) {
        return new CaseFile(f.caseId(), f.jurisdiction(), f.openedOn(), f.outcome(), state, f.deadline(),
                f.lateConsequence(), f.missing(), f.rectifyBy());
    }

    static CaseFile xinxiang() {
        return pending(XINXIANG, XX_OPENED, XX_DEADLINE, "WITHDRAWN", "M01", "M02");
    }

    static CaseFile yinchuan() {
        return pending(YINCHUAN, YC_OPENED, YC_DEADLINE, "ABANDONED", "M01", "M02");
    }

    static CaseFile xian() {
        return pending(XIAN, XA_OPENED, XA_DEADLINE, "NONE", "M01", "M02");
    }

    static CaseFile commitment(String jurisdiction, LocalDate openedOn, String state, LocalDate rectifyBy) {
        return new CaseFile("CASE-C", jurisdiction, openedOn, "APPROVE_BY_COMMITMENT", state, null, null, Set.of(),
                rectifyBy);
    }

    static CaseEvent read(LocalDate date) {
        return new CaseEvent("READ", date, Set.of(), null, null);
    }

    static CaseEvent supplement(LocalDate date, String... materials) {
        return new CaseEvent("SUPPLEMENT", date, new LinkedHashSet<>(List.of(materials)), null, null);
    }

    /** A supplement on the date: {@code materials} meet the requirements, {@code nonConforming} do not. */
    static CaseEvent handedIn(LocalDate date, List<String> materials, String... nonConforming) {
        return new CaseEvent("SUPPLEMENT", date, new LinkedHashSet<>(materials), null, null,
                new LinkedHashSet<>(List.of(nonConforming)));
    }

    static CaseEvent verification(LocalDate date, String result, LocalDate rectifyBy) {
        return new CaseEvent("VERIFICATION", date, Set.of(), result, rectifyBy);
    }

    Transition apply(CaseFile f, CaseEvent e) {
        return engine.apply(rs, f, e);
    }

    static List<String> ids(Transition t) {
        return t.getReasons().stream().map(Transition.Reason::rule).toList();
    }

    /** Nothing fired: no state, no conflict, no reason. */
    static void nothing(Transition t) {
        assertThat(t.getNewState()).isNull();
        assertThat(t.getConflict()).isNull();
        assertThat(t.getStillMissing()).isNull();
        assertThat(t.getRectifyBy()).isNull();
        assertThat(t.getFalseCommitmentOn()).isNull();
        assertThat(t.getReasons()).isEmpty();
    }

    // ---------------------------------------------------------------- 新乡 第二十条

    @Test
    @Fires("xinxiang.case.withdrawn")
    void xinxiangReadTheDayAfterTheDeadlineIsWithdrawn() {
        Transition t = apply(xinxiang(), read(XX_DEADLINE.plusDays(1)));
        assertThat(t.getNewState()).isEqualTo("WITHDRAWN");
        assertThat(t.getConflict()).isNull();
        assertThat(t.getReasons()).extracting(Transition.Reason::rule, Transition.Reason::clause)
                .containsExactly(tuple("xinxiang.case.withdrawn", XINXIANG_20));
        assertThat(t.getReasons().get(0).text()).contains(XX_DEADLINE.toString());
    }

    @Test
    @DoesNotFire("xinxiang.case.withdrawn")
    void xinxiangNotWithdrawnOnTheLastDayOrWhenNotPendingOrElsewhereOrUnderEarlierLaw() {
        nothing(apply(xinxiang(), read(XX_DEADLINE)));
        nothing(apply(xinxiang(), read(XX_OPENED)));
        nothing(apply(inState(xinxiang(), "SUPPLEMENTED"), read(XX_DEADLINE.plusDays(1))));
        // Same dates in 西安: no 视为撤回 there.
        nothing(apply(pending(XIAN, XX_OPENED, XX_DEADLINE, "NONE", "M01"), read(XX_DEADLINE.plusDays(1))));
        // Same dates in 银川 under its 办法: abandoned, not withdrawn.
        Transition yc = apply(pending(YINCHUAN, YC_OPENED, YC_DEADLINE, "ABANDONED", "M01"), read(YC_DEADLINE.plusDays(1)));
        assertThat(ids(yc)).doesNotContain("xinxiang.case.withdrawn");
        // Opened the day before the 条例 came into force.
        nothing(apply(pending(XINXIANG, LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 7), "WITHDRAWN", "M01"),
                read(LocalDate.of(2024, 3, 8))));
    }

    @Test
    @Fires("xinxiang.case.supplemented")
    void xinxiangAllMaterialsOnTheLastDayContinue() {
        for (LocalDate d : List.of(XX_OPENED, XX_DEADLINE)) {
            Transition t = apply(xinxiang(), supplement(d, "M01", "M02"));
            assertThat(t.getNewState()).isEqualTo("SUPPLEMENTED");
            assertThat(t.getConflict()).isNull();
            assertThat(t.getStillMissing()).isNull();
            assertThat(t.getReasons()).extracting(Transition.Reason::rule, Transition.Reason::clause)
                    .containsExactly(tuple("xinxiang.case.supplemented", XINXIANG_20));
        }
    }

    @Test
    @DoesNotFire("xinxiang.case.supplemented")
    void xinxiangAllMaterialsTooLateOrNotPendingOrElsewhereOrUnderEarlierLaw() {
        Transition late = apply(xinxiang(), supplement(XX_DEADLINE.plusDays(1), "M01", "M02"));
        assertThat(late.getNewState()).isNull();
        assertThat(ids(late)).doesNotContain("xinxiang.case.supplemented");
        nothing(apply(inState(xinxiang(), "WITHDRAWN"), supplement(XX_DEADLINE, "M01", "M02")));
        nothing(apply(inState(xinxiang(), "SUPPLEMENTED"), supplement(XX_DEADLINE, "M01", "M02")));
        nothing(apply(pending(HONGSIBU, XX_OPENED, XX_DEADLINE, null, "M01", "M02"), supplement(XX_DEADLINE, "M01", "M02")));
        nothing(apply(pending(XINXIANG, LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 7), "WITHDRAWN", "M01"),
                supplement(LocalDate.of(2024, 3, 7), "M01")));
    }

    @Test
    @Fires("xinxiang.case.partly-supplemented")
    void xinxiangSomeMaterialsOnTheLastDayStillPending() {
        Transition t = apply(xinxiang(), supplement(XX_DEADLINE, "M01"));
        assertThat(t.getNewState()).isEqualTo("PENDING_SUPPLEMENT");
        assertThat(t.getConflict()).isNull();
        assertThat(t.getStillMissing()).containsExactly("M02");
        assertThat(t.getReasons()).extracting(Transition.Reason::rule, Transition.Reason::clause)
                .containsExactly(tuple("xinxiang.case.partly-supplemented", XINXIANG_20));
        assertThat(t.getReasons().get(0).text()).contains("M02").contains(XX_DEADLINE.toString());
    }

    @Test
    @DoesNotFire("xinxiang.case.partly-supplemented")
    void xinxiangSomeMaterialsTooLateOrAllOrElsewhereOrUnderEarlierLaw() {
        Transition late = apply(xinxiang(), supplement(XX_DEADLINE.plusDays(1), "M01"));
        assertThat(late.getNewState()).isNull();
        assertThat(late.getStillMissing()).isNull();
        assertThat(ids(late)).containsExactly("xinxiang.case.supplement-too-late");
        assertThat(ids(apply(xinxiang(), supplement(XX_DEADLINE, "M01", "M02"))))
                .doesNotContain("xinxiang.case.partly-supplemented");
        nothing(apply(inState(xinxiang(), "SUPPLEMENTED"), supplement(XX_DEADLINE, "M01")));
        nothing(apply(pending(HONGSIBU, XX_OPENED, XX_DEADLINE, null, "M01", "M02"), supplement(XX_DEADLINE, "M01")));
        nothing(apply(pending(XINXIANG, LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 7), "WITHDRAWN", "M01", "M02"),
                supplement(LocalDate.of(2024, 3, 7), "M01")));
    }

    @Test
    @Fires("xinxiang.case.supplement-too-late")
    void xinxiangSupplementTheDayAfterTheDeadlineIsRefused() {
        Transition t = apply(xinxiang(), supplement(XX_DEADLINE.plusDays(1), "M01", "M02"));
        assertThat(t.getConflict()).contains(XX_DEADLINE.toString()).contains("不再接收");
        assertThat(t.getNewState()).isNull();
        assertThat(t.getStillMissing()).isNull();
        assertThat(t.getReasons()).extracting(Transition.Reason::rule, Transition.Reason::clause)
                .containsExactly(tuple("xinxiang.case.supplement-too-late", XINXIANG_20));
    }

    @Test
    @DoesNotFire("xinxiang.case.supplement-too-late")
    void xinxiangSupplementOnTheLastDayOrNotPendingOrElsewhereOrUnderEarlierLawIsNotRefused() {
        assertThat(apply(xinxiang(), supplement(XX_DEADLINE, "M01")).getConflict()).isNull();
        nothing(apply(inState(xinxiang(), "WITHDRAWN"), supplement(XX_DEADLINE.plusDays(1), "M01")));
        // 西安 takes a late supplement.
        Transition xa = apply(pending(XIAN, XX_OPENED, XX_DEADLINE, "NONE", "M01", "M02"),
                supplement(XX_DEADLINE.plusDays(1), "M01", "M02"));
        assertThat(xa.getConflict()).isNull();
        assertThat(xa.getNewState()).isEqualTo("SUPPLEMENTED");
        assertThat(ids(xa)).containsExactly("xian.case.supplemented");
        nothing(apply(pending(XINXIANG, LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 7), "WITHDRAWN", "M01"),
                supplement(LocalDate.of(2024, 3, 8), "M01")));
    }

    // ---------------------------------------------------------------- 新乡 第二十一条

    @Test
    @Fires("xinxiang.case.commitment-not-fulfilled")
    void xinxiangNotFulfilledCitesArticle21BesideTheNationalRules() {
        Transition ordered = apply(commitment(XINXIANG, XX_OPENED, "APPROVED", null),
                verification(VERIFIED_ON, "NOT_FULFILLED", RECTIFY_BY));
        assertThat(ordered.getNewState()).isEqualTo("RECTIFICATION_ORDERED");
        assertThat(ordered.getRectifyBy()).isEqualTo(RECTIFY_BY);
        assertThat(ordered.getConflict()).isNull();
        assertThat(ordered.getReasons()).extracting(Transition.Reason::rule, Transition.Reason::clause)
                .containsExactlyInAnyOrder(tuple("national.commitment.case.rectification-ordered", GUIDANCE),
                        tuple("xinxiang.case.commitment-not-fulfilled", XINXIANG_21));

        Transition revoked = apply(commitment(XINXIANG, XX_OPENED, "RECTIFICATION_ORDERED", RECTIFY_BY),
                verification(RECTIFY_BY.plusDays(1), "NOT_FULFILLED", null));
        assertThat(revoked.getNewState()).isEqualTo("REVOKED");
        assertThat(revoked.getReasons()).extracting(Transition.Reason::rule, Transition.Reason::clause)
                .containsExactlyInAnyOrder(tuple("national.commitment.case.revoked-after-rectification", GUIDANCE),
                        tuple("xinxiang.case.commitment-not-fulfilled", XINXIANG_21));

        Transition running = apply(commitment(XINXIANG, XX_OPENED, "RECTIFICATION_ORDERED", RECTIFY_BY),
                verification(RECTIFY_BY, "NOT_FULFILLED", null));
        assertThat(running.getNewState()).isNull();
        assertThat(running.getConflict()).contains(RECTIFY_BY.toString());
        assertThat(ids(running)).containsExactlyInAnyOrder("national.commitment.case.rectification-running",
                "xinxiang.case.commitment-not-fulfilled");
    }

    @Test
    @DoesNotFire("xinxiang.case.commitment-not-fulfilled")
    void article21IsNotCitedForOtherResultsStatesJurisdictionsOrEarlierCases() {
        assertThat(ids(apply(commitment(XINXIANG, XX_OPENED, "APPROVED", null), verification(VERIFIED_ON, "FULFILLED", null))))
                .containsExactly("national.commitment.case.verified");
        assertThat(ids(apply(commitment(XINXIANG, XX_OPENED, "APPROVED", null),
                verification(VERIFIED_ON, "FALSE_COMMITMENT", null))))
                .containsExactly("national.commitment.case.false-commitment");
        nothing(apply(commitment(XINXIANG, XX_OPENED, "VERIFIED", null), verification(VERIFIED_ON, "NOT_FULFILLED", RECTIFY_BY)));
        nothing(apply(commitment(XINXIANG, XX_OPENED, "REVOKED", null), verification(VERIFIED_ON, "NOT_FULFILLED", RECTIFY_BY)));
        for (String other : List.of(YINCHUAN, XIAN, HONGSIBU)) {
            assertThat(ids(apply(commitment(other, YC_OPENED, "APPROVED", null),
                    verification(YC_OPENED.plusDays(20), "NOT_FULFILLED", YC_OPENED.plusDays(50)))))
                    .as(other).containsExactly("national.commitment.case.rectification-ordered");
        }
        Transition before = apply(commitment(XINXIANG, LocalDate.of(2024, 2, 29), "APPROVED", null),
                verification(LocalDate.of(2024, 4, 1), "NOT_FULFILLED", LocalDate.of(2024, 5, 1)));
        assertThat(before.getNewState()).isEqualTo("RECTIFICATION_ORDERED");
        assertThat(ids(before)).containsExactly("national.commitment.case.rectification-ordered");
    }

    // ---------------------------------------------------------------- 银川 第二十五条

    @Test
    @Fires("yinchuan.case.abandoned")
    void yinchuanReadTheDayAfterTheDeadlineIsAbandoned() {
        Transition t = apply(yinchuan(), read(YC_DEADLINE.plusDays(1)));
        assertThat(t.getNewState()).isEqualTo("ABANDONED");
        assertThat(t.getConflict()).isNull();
        assertThat(t.getReasons()).extracting(Transition.Reason::rule, Transition.Reason::clause)
                .containsExactly(tuple("yinchuan.case.abandoned", YINCHUAN_25));
        assertThat(t.getReasons().get(0).text()).contains(YC_DEADLINE.toString());
    }

    @Test
    @DoesNotFire("yinchuan.case.abandoned")
    void yinchuanNotAbandonedOnTheLastDayOrWhenNotPendingOrElsewhere() {
        nothing(apply(yinchuan(), read(YC_DEADLINE)));
        nothing(apply(inState(yinchuan(), "SUPPLEMENTED"), read(YC_DEADLINE.plusDays(1))));
        nothing(apply(inState(yinchuan(), "ABANDONED"), read(YC_DEADLINE.plusDays(1))));
        // 红寺堡 is in 宁夏 but not under 银川.
        nothing(apply(pending(HONGSIBU, YC_OPENED, YC_DEADLINE, null, "M01"), read(YC_DEADLINE.plusDays(1))));
    }

    @Test
    @DoesNotFire({"yinchuan.case.abandoned", "yinchuan.case.supplemented", "yinchuan.case.partly-supplemented",
            "yinchuan.case.supplement-too-late"})
    void yinchuanCaseOpenedBeforeTheMeasuresCameIntoForceIsNotMovedByThem() {
        CaseFile before = pending(YINCHUAN, YC_BEFORE, LocalDate.of(2025, 12, 5), "ABANDONED", "M01", "M02");
        Transition read = apply(before, read(LocalDate.of(2025, 12, 20)));
        nothing(read);
        assertThat(read.getNewState()).isNotEqualTo("ABANDONED");
        nothing(apply(before, supplement(LocalDate.of(2025, 12, 5), "M01", "M02")));
        nothing(apply(before, supplement(LocalDate.of(2025, 12, 5), "M01")));
        nothing(apply(before, supplement(LocalDate.of(2025, 12, 6), "M01")));
        // The draft of 2025 is never law, whatever the date.
        assertThat(rs.rules()).filteredOn(r -> r.id().contains(".case."))
                .extracting(RuleInfo::instrument).doesNotContain("yinchuan-draft-2025");
    }

    @Test
    @Fires("yinchuan.case.supplemented")
    void yinchuanAllMaterialsOnTheLastDayContinue() {
        for (LocalDate d : List.of(YC_OPENED, YC_DEADLINE)) {
            Transition t = apply(yinchuan(), supplement(d, "M02", "M01"));
            assertThat(t.getNewState()).isEqualTo("SUPPLEMENTED");
            assertThat(t.getConflict()).isNull();
            assertThat(t.getStillMissing()).isNull();
            assertThat(t.getReasons()).extracting(Transition.Reason::rule, Transition.Reason::clause)
                    .containsExactly(tuple("yinchuan.case.supplemented", YINCHUAN_25));
        }
    }

    @Test
    @DoesNotFire("yinchuan.case.supplemented")
    void yinchuanAllMaterialsTooLateOrNotPendingOrElsewhere() {
        Transition late = apply(yinchuan(), supplement(YC_DEADLINE.plusDays(1), "M01", "M02"));
        assertThat(late.getNewState()).isNull();
        assertThat(ids(late)).containsExactly("yinchuan.case.supplement-too-late");
        nothing(apply(inState(yinchuan(), "ABANDONED"), supplement(YC_DEADLINE, "M01", "M02")));
        nothing(apply(pending(HONGSIBU, YC_OPENED, YC_DEADLINE, null, "M01", "M02"), supplement(YC_DEADLINE, "M01", "M02")));
    }

    @Test
    @Fires("yinchuan.case.partly-supplemented")
    void yinchuanSomeMaterialsOnTheLastDayStillPending() {
        Transition t = apply(yinchuan(), supplement(YC_DEADLINE, "M02"));
        assertThat(t.getNewState()).isEqualTo("PENDING_SUPPLEMENT");
        assertThat(t.getConflict()).isNull();
        assertThat(t.getStillMissing()).containsExactly("M01");
        assertThat(t.getReasons()).extracting(Transition.Reason::rule, Transition.Reason::clause)
                .containsExactly(tuple("yinchuan.case.partly-supplemented", YINCHUAN_25));
        assertThat(t.getReasons().get(0).text()).contains("M01").contains(YC_DEADLINE.toString());
    }

    @Test
    @DoesNotFire("yinchuan.case.partly-supplemented")
    void yinchuanSomeMaterialsTooLateOrAllOrNotPendingOrElsewhere() {
        Transition late = apply(yinchuan(), supplement(YC_DEADLINE.plusDays(1), "M02"));
        assertThat(late.getStillMissing()).isNull();
        assertThat(ids(late)).containsExactly("yinchuan.case.supplement-too-late");
        assertThat(ids(apply(yinchuan(), supplement(YC_DEADLINE, "M01", "M02"))))
                .doesNotContain("yinchuan.case.partly-supplemented");
        nothing(apply(inState(yinchuan(), "SUPPLEMENTED"), supplement(YC_DEADLINE, "M02")));
        nothing(apply(pending(HONGSIBU, YC_OPENED, YC_DEADLINE, null, "M01", "M02"), supplement(YC_DEADLINE, "M02")));
    }

    @Test
    @Fires("yinchuan.case.supplement-too-late")
    void yinchuanSupplementTheDayAfterTheDeadlineIsRefused() {
        Transition t = apply(yinchuan(), supplement(YC_DEADLINE.plusDays(1), "M01"));
        assertThat(t.getConflict()).contains(YC_DEADLINE.toString()).contains("视为放弃");
        assertThat(t.getNewState()).isNull();
        assertThat(t.getReasons()).extracting(Transition.Reason::rule, Transition.Reason::clause)
                .containsExactly(tuple("yinchuan.case.supplement-too-late", YINCHUAN_25));
    }

    @Test
    @DoesNotFire("yinchuan.case.supplement-too-late")
    void yinchuanSupplementOnTheLastDayOrNotPendingOrElsewhereIsNotRefused() {
        assertThat(apply(yinchuan(), supplement(YC_DEADLINE, "M01")).getConflict()).isNull();
        nothing(apply(inState(yinchuan(), "ABANDONED"), supplement(YC_DEADLINE.plusDays(1), "M01")));
        nothing(apply(pending(HONGSIBU, YC_OPENED, YC_DEADLINE, null, "M01"), supplement(YC_DEADLINE.plusDays(1), "M01")));
    }

    // ---------------------------------------------------------------- 西安 第十七条

    @Test
    @Fires("xian.case.supplemented")
    void xianAllMaterialsContinueWhetherOnTheLastDayOrAfter() {
        for (LocalDate d : List.of(XA_DEADLINE, XA_DEADLINE.plusDays(1), XA_DEADLINE.plusDays(60))) {
            Transition t = apply(xian(), supplement(d, "M01", "M02"));
            assertThat(t.getNewState()).as(d.toString()).isEqualTo("SUPPLEMENTED");
            assertThat(t.getConflict()).isNull();
            assertThat(t.getReasons()).extracting(Transition.Reason::rule, Transition.Reason::clause)
                    .containsExactly(tuple("xian.case.supplemented", XIAN_17));
        }
    }

    @Test
    @DoesNotFire("xian.case.supplemented")
    void xianAllMaterialsNotPendingOrElsewhereOrUnderEarlierLaw() {
        nothing(apply(inState(xian(), "SUPPLEMENTED"), supplement(XA_DEADLINE, "M01", "M02")));
        assertThat(ids(apply(xian(), supplement(XA_DEADLINE, "M01")))).doesNotContain("xian.case.supplemented");
        nothing(apply(pending(HONGSIBU, XA_OPENED, XA_DEADLINE, null, "M01", "M02"), supplement(XA_DEADLINE, "M01", "M02")));
        // Opened the day before the 办法 was issued (2021-08-26).
        nothing(apply(pending(XIAN, LocalDate.of(2021, 8, 25), LocalDate.of(2021, 9, 1), "NONE", "M01"),
                supplement(LocalDate.of(2021, 9, 1), "M01")));
    }

    @Test
    @Fires("xian.case.partly-supplemented")
    void xianSomeMaterialsStillPendingWhetherOnTheLastDayOrAfter() {
        for (LocalDate d : List.of(XA_DEADLINE, XA_DEADLINE.plusDays(1))) {
            Transition t = apply(xian(), supplement(d, "M01"));
            assertThat(t.getNewState()).isEqualTo("PENDING_SUPPLEMENT");
            assertThat(t.getConflict()).isNull();
            assertThat(t.getStillMissing()).containsExactly("M02");
            assertThat(t.getReasons()).extracting(Transition.Reason::rule, Transition.Reason::clause)
                    .containsExactly(tuple("xian.case.partly-supplemented", XIAN_17));
        }
    }

    @Test
    @DoesNotFire("xian.case.partly-supplemented")
    void xianSomeMaterialsAllOrNotPendingOrElsewhereOrUnderEarlierLaw() {
        assertThat(ids(apply(xian(), supplement(XA_DEADLINE, "M01", "M02")))).doesNotContain("xian.case.partly-supplemented");
        nothing(apply(inState(xian(), "SUPPLEMENTED"), supplement(XA_DEADLINE, "M01")));
        nothing(apply(pending(HONGSIBU, XA_OPENED, XA_DEADLINE, null, "M01", "M02"), supplement(XA_DEADLINE, "M01")));
        nothing(apply(pending(XIAN, LocalDate.of(2021, 8, 25), LocalDate.of(2021, 9, 1), "NONE", "M01", "M02"),
                supplement(LocalDate.of(2021, 9, 1), "M01")));
    }

    @Test
    void xianPendingCaseReadAfterItsDeadlineStaysPending() {
        nothing(apply(xian(), read(XA_DEADLINE)));
        nothing(apply(xian(), read(XA_DEADLINE.plusDays(1))));
        nothing(apply(xian(), read(XA_DEADLINE.plusYears(1))));
    }

    // ---------------------------------------------------------------- the list row's verification duty

    /** An approval by commitment whose list row gives a verification due date ({@code verifiedOn}: one recorded). */
    static CaseFile committed(String jurisdiction, LocalDate openedOn, LocalDate due, LocalDate verifiedOn) {
        return new CaseFile("CASE-C", jurisdiction, openedOn, "APPROVE_BY_COMMITMENT", "APPROVED", null, null, Set.of(),
                null, due, verifiedOn);
    }

    @Test
    @Fires({"xinxiang.commitment.case.verification-late", "yinchuan.commitment.case.verification-late"})
    void aFirstVerificationAfterTheListsDueDateIsRecordedAndSaysTheDutyWasMissed() {
        LocalDate due = LocalDate.of(2026, 4, 1);
        Transition xx = apply(committed(XINXIANG, LocalDate.of(2026, 3, 2), due, null),
                verification(due.plusDays(1), "FULFILLED", null));
        assertThat(xx.getNewState()).as("recorded all the same").isEqualTo("VERIFIED");
        assertThat(xx.getReasons()).extracting(Transition.Reason::rule, Transition.Reason::clause)
                .contains(tuple("xinxiang.commitment.case.verification-late", "新乡市政务服务条例 第二十一条"));
        assertThat(xx.getReasons()).filteredOn(r -> r.rule().endsWith("verification-late")).singleElement()
                .satisfies(r -> assertThat(r.text()).contains("2026-04-01").contains("自 2026-04-02 起逾期"));
        Transition yc = apply(committed(YINCHUAN, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 30), null),
                verification(LocalDate.of(2026, 4, 3), "NOT_FULFILLED", LocalDate.of(2026, 5, 1)));
        assertThat(yc.getNewState()).isEqualTo("RECTIFICATION_ORDERED");
        assertThat(ids(yc)).contains("yinchuan.commitment.case.verification-late");
    }

    @Test
    @DoesNotFire({"xinxiang.commitment.case.verification-late", "yinchuan.commitment.case.verification-late"})
    void aVerificationOnTheDueDateOrWithoutALimitOrAfterTheFirstIsNotLate() {
        LocalDate due = LocalDate.of(2026, 4, 1);
        assertThat(ids(apply(committed(XINXIANG, LocalDate.of(2026, 3, 2), due, null),
                verification(due, "FULFILLED", null)))).containsExactly("national.commitment.case.verified");
        assertThat(ids(apply(committed(XINXIANG, LocalDate.of(2026, 3, 2), null, null),
                verification(due.plusDays(10), "FULFILLED", null)))).containsExactly("national.commitment.case.verified");
        // A second verification (after a rectification order) is not the duty's.
        CaseFile ordered = new CaseFile("CASE-C", YINCHUAN, LocalDate.of(2026, 3, 2), "APPROVE_BY_COMMITMENT",
                "RECTIFICATION_ORDERED", null, null, Set.of(), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 3, 30),
                LocalDate.of(2026, 4, 3));
        assertThat(ids(apply(ordered, verification(LocalDate.of(2026, 4, 20), "FULFILLED", null))))
                .containsExactly("national.commitment.case.rectified");
    }

    // ---------------------------------------------------------------- 国办发〔2020〕42号

    @Test
    @Fires("national.commitment.case.verified")
    void fulfilledOnAnApprovedCaseIsVerified() {
        for (String j : List.of(HONGSIBU, XIAN, XINXIANG, YINCHUAN)) {
            Transition t = apply(commitment(j, OPENED, "APPROVED", null), verification(VERIFIED_ON, "FULFILLED", null));
            assertThat(t.getNewState()).as(j).isEqualTo("VERIFIED");
            assertThat(t.getConflict()).isNull();
            assertThat(t.getReasons()).extracting(Transition.Reason::rule, Transition.Reason::clause)
                    .containsExactly(tuple("national.commitment.case.verified", GUIDANCE));
        }
    }

    @Test
    @DoesNotFire("national.commitment.case.verified")
    void fulfilledIsNotVerifiedFromOtherStatesOrBeforeTheGuidance() {
        assertThat(ids(apply(commitment(HONGSIBU, OPENED, "RECTIFICATION_ORDERED", RECTIFY_BY),
                verification(RECTIFY_BY, "FULFILLED", null)))).containsExactly("national.commitment.case.rectified");
        nothing(apply(commitment(HONGSIBU, OPENED, "VERIFIED", null), verification(VERIFIED_ON, "FULFILLED", null)));
        nothing(apply(commitment(HONGSIBU, LocalDate.of(2020, 12, 31), "APPROVED", null),
                verification(VERIFIED_ON, "FULFILLED", null)));
    }

    @Test
    void aVerificationNoRuleAllowsGivesNeitherStateNorConflict() {
        // The service answers 409 for this (no new state, no conflict).
        nothing(apply(commitment(HONGSIBU, OPENED, "REVOKED", null), verification(VERIFIED_ON, "FULFILLED", null)));
        nothing(apply(commitment(XINXIANG, OPENED, "REVOKED", null), verification(VERIFIED_ON, "FULFILLED", null)));
        nothing(apply(commitment(YINCHUAN, YC_OPENED, "REVOKED", null), verification(YC_OPENED.plusDays(3), "FULFILLED", null)));
        nothing(apply(xinxiang(), verification(XX_DEADLINE, "FULFILLED", null)));
    }

    @Test
    @Fires("national.commitment.case.rectification-ordered")
    void notFulfilledOnAnApprovedCaseOrdersRectification() {
        Transition t = apply(commitment(HONGSIBU, OPENED, "APPROVED", null),
                verification(VERIFIED_ON, "NOT_FULFILLED", RECTIFY_BY));
        assertThat(t.getNewState()).isEqualTo("RECTIFICATION_ORDERED");
        assertThat(t.getRectifyBy()).isEqualTo(RECTIFY_BY);
        assertThat(t.getConflict()).isNull();
        assertThat(t.getReasons()).extracting(Transition.Reason::rule, Transition.Reason::clause)
                .containsExactly(tuple("national.commitment.case.rectification-ordered", GUIDANCE));
        assertThat(t.getReasons().get(0).text()).contains(RECTIFY_BY.toString());
    }

    @Test
    @DoesNotFire("national.commitment.case.rectification-ordered")
    void rectificationIsNotOrderedWithoutALimitOrFromOtherStatesOrBeforeTheGuidance() {
        nothing(apply(commitment(HONGSIBU, OPENED, "APPROVED", null), verification(VERIFIED_ON, "NOT_FULFILLED", null)));
        assertThat(ids(apply(commitment(HONGSIBU, OPENED, "RECTIFICATION_ORDERED", RECTIFY_BY),
                verification(RECTIFY_BY, "NOT_FULFILLED", RECTIFY_BY.plusDays(30)))))
                .containsExactly("national.commitment.case.rectification-running");
        nothing(apply(commitment(HONGSIBU, OPENED, "VERIFIED", null), verification(VERIFIED_ON, "NOT_FULFILLED", RECTIFY_BY)));
        nothing(apply(commitment(HONGSIBU, LocalDate.of(2020, 12, 31), "APPROVED", null),
                verification(VERIFIED_ON, "NOT_FULFILLED", RECTIFY_BY)));
    }

    @Test
    @Fires("national.commitment.case.rectified")
    void fulfilledByTheLastDayOfRectificationIsVerified() {
        for (LocalDate d : List.of(VERIFIED_ON.plusDays(1), RECTIFY_BY)) {
            Transition t = apply(commitment(HONGSIBU, OPENED, "RECTIFICATION_ORDERED", RECTIFY_BY),
                    verification(d, "FULFILLED", null));
            assertThat(t.getNewState()).isEqualTo("VERIFIED");
            assertThat(t.getConflict()).isNull();
            assertThat(t.getReasons()).extracting(Transition.Reason::rule, Transition.Reason::clause)
                    .containsExactly(tuple("national.commitment.case.rectified", GUIDANCE));
            assertThat(t.getReasons().get(0).text()).contains(RECTIFY_BY.toString());
        }
    }

    @Test
    @DoesNotFire("national.commitment.case.rectified")
    void fulfilledAfterTheRectificationLimitOrFromOtherStatesIsNotRectified() {
        // The day after the limit: no rule takes it (the service answers 409); it can only be revoked now.
        nothing(apply(commitment(HONGSIBU, OPENED, "RECTIFICATION_ORDERED", RECTIFY_BY),
                verification(RECTIFY_BY.plusDays(1), "FULFILLED", null)));
        assertThat(ids(apply(commitment(HONGSIBU, OPENED, "APPROVED", RECTIFY_BY), verification(RECTIFY_BY, "FULFILLED", null))))
                .containsExactly("national.commitment.case.verified");
        nothing(apply(commitment(HONGSIBU, OPENED, "REVOKED", RECTIFY_BY), verification(RECTIFY_BY, "FULFILLED", null)));
        nothing(apply(commitment(HONGSIBU, LocalDate.of(2020, 12, 31), "RECTIFICATION_ORDERED", RECTIFY_BY),
                verification(RECTIFY_BY, "FULFILLED", null)));
    }

    @Test
    @Fires("national.commitment.case.revoked-after-rectification")
    void notFulfilledTheDayAfterTheRectificationLimitRevokes() {
        Transition t = apply(commitment(HONGSIBU, OPENED, "RECTIFICATION_ORDERED", RECTIFY_BY),
                verification(RECTIFY_BY.plusDays(1), "NOT_FULFILLED", null));
        assertThat(t.getNewState()).isEqualTo("REVOKED");
        assertThat(t.getConflict()).isNull();
        assertThat(t.getFalseCommitmentOn()).isNull();
        assertThat(t.getReasons()).extracting(Transition.Reason::rule, Transition.Reason::clause)
                .containsExactly(tuple("national.commitment.case.revoked-after-rectification", GUIDANCE));
        assertThat(t.getReasons().get(0).text()).contains(RECTIFY_BY.toString());
    }

    @Test
    @DoesNotFire("national.commitment.case.revoked-after-rectification")
    void notFulfilledOnTheLastDayOrFromOtherStatesDoesNotRevoke() {
        Transition lastDay = apply(commitment(HONGSIBU, OPENED, "RECTIFICATION_ORDERED", RECTIFY_BY),
                verification(RECTIFY_BY, "NOT_FULFILLED", null));
        assertThat(lastDay.getNewState()).isNull();
        assertThat(ids(lastDay)).doesNotContain("national.commitment.case.revoked-after-rectification");
        assertThat(apply(commitment(HONGSIBU, OPENED, "APPROVED", RECTIFY_BY),
                verification(RECTIFY_BY.plusDays(1), "NOT_FULFILLED", RECTIFY_BY.plusDays(30))).getNewState())
                .isEqualTo("RECTIFICATION_ORDERED");
        nothing(apply(commitment(HONGSIBU, OPENED, "REVOKED", RECTIFY_BY), verification(RECTIFY_BY.plusDays(1), "NOT_FULFILLED", null)));
        nothing(apply(commitment(HONGSIBU, LocalDate.of(2020, 12, 31), "RECTIFICATION_ORDERED", RECTIFY_BY),
                verification(RECTIFY_BY.plusDays(1), "NOT_FULFILLED", null)));
    }

    @Test
    @Fires("national.commitment.case.rectification-running")
    void notFulfilledUpToTheLastDayOfRectificationIsRefused() {
        for (LocalDate d : List.of(VERIFIED_ON.plusDays(1), RECTIFY_BY)) {
            Transition t = apply(commitment(HONGSIBU, OPENED, "RECTIFICATION_ORDERED", RECTIFY_BY),
                    verification(d, "NOT_FULFILLED", null));
            assertThat(t.getConflict()).contains(RECTIFY_BY.toString());
            assertThat(t.getNewState()).isNull();
            assertThat(t.getReasons()).extracting(Transition.Reason::rule, Transition.Reason::clause)
                    .containsExactly(tuple("national.commitment.case.rectification-running", GUIDANCE));
        }
    }

    @Test
    @DoesNotFire("national.commitment.case.rectification-running")
    void notFulfilledAfterTheLimitOrOnAnApprovedCaseIsNotRefused() {
        assertThat(apply(commitment(HONGSIBU, OPENED, "RECTIFICATION_ORDERED", RECTIFY_BY),
                verification(RECTIFY_BY.plusDays(1), "NOT_FULFILLED", null)).getConflict()).isNull();
        assertThat(apply(commitment(HONGSIBU, OPENED, "APPROVED", null),
                verification(VERIFIED_ON, "NOT_FULFILLED", RECTIFY_BY)).getConflict()).isNull();
        assertThat(apply(commitment(HONGSIBU, OPENED, "RECTIFICATION_ORDERED", RECTIFY_BY),
                verification(RECTIFY_BY, "FULFILLED", null)).getConflict()).isNull();
        nothing(apply(commitment(HONGSIBU, LocalDate.of(2020, 12, 31), "RECTIFICATION_ORDERED", RECTIFY_BY),
                verification(RECTIFY_BY, "NOT_FULFILLED", null)));
    }

    @Test
    @Fires("national.commitment.case.false-commitment")
    void falseCommitmentRevokesAndIsRecordedOnTheVerificationDate() {
        for (CaseFile f : List.of(commitment(HONGSIBU, OPENED, "APPROVED", null),
                commitment(HONGSIBU, OPENED, "RECTIFICATION_ORDERED", RECTIFY_BY),
                commitment(HONGSIBU, OPENED, "VERIFIED", null),
                commitment(YINCHUAN, YC_OPENED, "APPROVED", null))) {
            LocalDate on = f.openedOn().plusDays(20);
            Transition t = apply(f, verification(on, "FALSE_COMMITMENT", null));
            assertThat(t.getNewState()).as(f.state()).isEqualTo("REVOKED");
            assertThat(t.getFalseCommitmentOn()).isEqualTo(on);
            assertThat(t.getConflict()).isNull();
            assertThat(t.getReasons()).extracting(Transition.Reason::rule, Transition.Reason::clause)
                    .containsExactly(tuple("national.commitment.case.false-commitment", GUIDANCE));
            assertThat(t.getReasons().get(0).text()).contains(on.toString());
        }
    }

    @Test
    @DoesNotFire("national.commitment.case.false-commitment")
    void falseCommitmentDoesNothingOnARevokedCaseOrBeforeTheGuidance() {
        nothing(apply(commitment(HONGSIBU, OPENED, "REVOKED", null), verification(VERIFIED_ON, "FALSE_COMMITMENT", null)));
        nothing(apply(xinxiang(), verification(XX_DEADLINE, "FALSE_COMMITMENT", null)));
        nothing(apply(commitment(HONGSIBU, LocalDate.of(2020, 12, 31), "APPROVED", null),
                verification(VERIFIED_ON, "FALSE_COMMITMENT", null)));
        assertThat(ids(apply(commitment(HONGSIBU, OPENED, "APPROVED", null), verification(VERIFIED_ON, "NOT_FULFILLED", RECTIFY_BY))))
                .doesNotContain("national.commitment.case.false-commitment");
    }

    // ---------------------------------------------------------------- supplements that do not meet the requirements

    @Test
    @Fires("yinchuan.case.non-conforming")
    void yinchuanANonConformingSupplementInTimeIsAbandoned() {
        for (CaseEvent e : List.of(handedIn(YC_OPENED, List.of(), "M01"), handedIn(YC_DEADLINE, List.of(), "M01"),
                handedIn(YC_DEADLINE, List.of("M02"), "M01"))) {
            Transition t = apply(yinchuan(), e);
            assertThat(t.getNewState()).as(e.toString()).isEqualTo("ABANDONED");
            assertThat(t.getConflict()).isNull();
            assertThat(t.getReasons()).extracting(Transition.Reason::rule, Transition.Reason::clause,
                    Transition.Reason::basis).containsExactly(tuple("yinchuan.case.non-conforming", YINCHUAN_25, "TEXT"));
            assertThat(t.getReasons().get(0).text()).contains("M01").contains("不符合要求").contains("视为放弃申请");
        }
    }

    @Test
    @DoesNotFire({"yinchuan.case.non-conforming", "yinchuan.case.supplemented", "yinchuan.case.partly-supplemented"})
    void yinchuanANonConformingSupplementLateOrConformingOrNotPendingOrElsewhereOrEarlier() {
        Transition late = apply(yinchuan(), handedIn(YC_DEADLINE.plusDays(1), List.of(), "M01"));
        assertThat(ids(late)).containsExactly("yinchuan.case.supplement-too-late");
        assertThat(ids(apply(yinchuan(), supplement(YC_DEADLINE, "M01", "M02"))))
                .containsExactly("yinchuan.case.supplemented");
        // Handed in with everything else: not supplemented, not partly supplemented — abandoned.
        assertThat(ids(apply(yinchuan(), handedIn(YC_DEADLINE, List.of("M02"), "M01"))))
                .containsExactly("yinchuan.case.non-conforming");
        nothing(apply(inState(yinchuan(), "ABANDONED"), handedIn(YC_DEADLINE, List.of(), "M01")));
        nothing(apply(inState(yinchuan(), "SUPPLEMENTED"), handedIn(YC_DEADLINE, List.of(), "M01")));
        nothing(apply(pending(HONGSIBU, YC_OPENED, YC_DEADLINE, null, "M01"), handedIn(YC_DEADLINE, List.of(), "M01")));
        nothing(apply(pending(YINCHUAN, YC_BEFORE, LocalDate.of(2025, 12, 5), "ABANDONED", "M01"),
                handedIn(LocalDate.of(2025, 12, 5), List.of(), "M01")));
    }

    @Test
    @Fires("xinxiang.case.non-conforming")
    void xinxiangANonConformingMaterialStaysMissingAndTheTextIsSaidToBeSilent() {
        Transition t = apply(xinxiang(), handedIn(XX_DEADLINE, List.of("M02"), "M01"));
        assertThat(t.getNewState()).isEqualTo("PENDING_SUPPLEMENT");
        assertThat(t.getConflict()).isNull();
        assertThat(t.getStillMissing()).containsExactly("M01");
        assertThat(t.getReasons()).extracting(Transition.Reason::rule, Transition.Reason::clause, Transition.Reason::basis)
                .containsExactly(tuple("xinxiang.case.non-conforming", XINXIANG_20, "INTERPRETATION"));
        assertThat(t.getReasons().get(0).interpretations()).containsExactly("XX-CASE-01");
        assertThat(t.getReasons().get(0).text()).contains("不符合要求").contains("未规定").contains(XX_DEADLINE.toString())
                .doesNotContain("视为放弃申请");
        Transition alone = apply(xinxiang(), handedIn(XX_OPENED, List.of(), "M02"));
        assertThat(alone.getNewState()).isEqualTo("PENDING_SUPPLEMENT");
        assertThat(alone.getStillMissing()).containsExactly("M01", "M02");
    }

    @Test
    @DoesNotFire("xinxiang.case.non-conforming")
    void xinxiangNonConformingLateOrConformingOrNotPendingOrElsewhereOrUnderEarlierLaw() {
        assertThat(ids(apply(xinxiang(), handedIn(XX_DEADLINE.plusDays(1), List.of(), "M01"))))
                .containsExactly("xinxiang.case.supplement-too-late");
        assertThat(ids(apply(xinxiang(), supplement(XX_DEADLINE, "M01")))).containsExactly("xinxiang.case.partly-supplemented");
        assertThat(ids(apply(xinxiang(), handedIn(XX_DEADLINE, List.of("M02"), "M01"))))
                .doesNotContain("xinxiang.case.supplemented", "xinxiang.case.partly-supplemented");
        nothing(apply(inState(xinxiang(), "WITHDRAWN"), handedIn(XX_DEADLINE, List.of(), "M01")));
        nothing(apply(pending(HONGSIBU, XX_OPENED, XX_DEADLINE, null, "M01"), handedIn(XX_DEADLINE, List.of(), "M01")));
        nothing(apply(pending(XINXIANG, LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 7), "WITHDRAWN", "M01"),
                handedIn(LocalDate.of(2024, 3, 7), List.of(), "M01")));
    }

    @Test
    @Fires("xian.case.non-conforming")
    void xianANonConformingMaterialStaysMissingWhetherOnTheLastDayOrAfter() {
        for (LocalDate d : List.of(XA_DEADLINE, XA_DEADLINE.plusDays(1))) {
            Transition t = apply(xian(), handedIn(d, List.of("M01"), "M02"));
            assertThat(t.getNewState()).isEqualTo("PENDING_SUPPLEMENT");
            assertThat(t.getConflict()).isNull();
            assertThat(t.getStillMissing()).containsExactly("M02");
            assertThat(t.getReasons()).extracting(Transition.Reason::rule, Transition.Reason::clause,
                    Transition.Reason::basis, Transition.Reason::discretionary)
                    .containsExactly(tuple("xian.case.non-conforming", XIAN_17, "INTERPRETATION", true));
            assertThat(t.getReasons().get(0).interpretations()).containsExactly("XA-INT-01", "XA-CASE-01");
            assertThat(t.getReasons().get(0).text()).contains("未规定");
        }
    }

    @Test
    @DoesNotFire({"xian.case.non-conforming", "xian.case.supplemented", "xian.case.partly-supplemented"})
    void xianNonConformingNotFromConformingOrNotPendingOrElsewhereOrUnderEarlierLaw() {
        assertThat(ids(apply(xian(), supplement(XA_DEADLINE, "M01", "M02")))).containsExactly("xian.case.supplemented");
        assertThat(ids(apply(xian(), handedIn(XA_DEADLINE, List.of("M01"), "M02")))).containsExactly("xian.case.non-conforming");
        nothing(apply(inState(xian(), "SUPPLEMENTED"), handedIn(XA_DEADLINE, List.of(), "M01")));
        nothing(apply(pending(HONGSIBU, XA_OPENED, XA_DEADLINE, null, "M01"), handedIn(XA_DEADLINE, List.of(), "M01")));
        nothing(apply(pending(XIAN, LocalDate.of(2021, 8, 25), LocalDate.of(2021, 9, 1), "NONE", "M01"),
                handedIn(LocalDate.of(2021, 9, 1), List.of(), "M01")));
    }

    @Test
    void eachCaseRuleSaysWhatItRestsOn() {
        java.util.Map<String, String> basis = new java.util.TreeMap<>();
        rs.rules().stream().filter(r -> r.id().contains(".case.")).forEach(r -> basis.put(r.id(),
                org.zwfw.lawbook.Basis.of(rs.kieBase().getRule(r.packageName(), r.name()).getMetaData()).kind()));
        assertThat(basis).containsEntry("yinchuan.case.non-conforming", "TEXT")
                .containsEntry("yinchuan.case.abandoned", "TEXT")
                .containsEntry("xinxiang.case.withdrawn", "TEXT")
                .containsEntry("xinxiang.case.non-conforming", "INTERPRETATION")
                .containsEntry("xian.case.supplemented", "LIST")
                .containsEntry("xian.case.partly-supplemented", "LIST")
                .containsEntry("xian.case.non-conforming", "INTERPRETATION");
    }

    // ---------------------------------------------------------------- coverage

    @Test
    void everyCaseRuleHasATestWhereItFiresAndOneWhereItDoesNot() {
        Set<String> caseRules = rs.rules().stream().map(RuleInfo::id).filter(id -> id.contains(".case."))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> fires = new TreeSet<>();
        Set<String> doesNotFire = new TreeSet<>();
        for (Method m : CaseRulesTest.class.getDeclaredMethods()) {
            if (m.isAnnotationPresent(Fires.class)) {
                fires.addAll(Arrays.asList(m.getAnnotation(Fires.class).value()));
            }
            if (m.isAnnotationPresent(DoesNotFire.class)) {
                doesNotFire.addAll(Arrays.asList(m.getAnnotation(DoesNotFire.class).value()));
            }
        }
        assertThat(caseRules).hasSize(22);
        assertThat(fires).isEqualTo(caseRules);
        assertThat(doesNotFire).isEqualTo(caseRules);
        // Each case rule belongs to the instrument its clause names.
        assertThat(rs.rules()).filteredOn(r -> r.id().contains(".case."))
                .allSatisfy(r -> assertThat(r.instrument()).isEqualTo(switch (r.id().substring(0, r.id().indexOf('.'))) {
                    case "xinxiang" -> "xinxiang-regulation-2024";
                    case "yinchuan" -> "yinchuan-measures-2025";
                    case "xian" -> "xian-standardization-2021";
                    default -> "national-commitment-guidance-2020";
                }));
    }
}
