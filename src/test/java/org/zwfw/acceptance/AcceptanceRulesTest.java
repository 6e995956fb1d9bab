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
import org.zwfw.lawbook.Instrument;
import org.zwfw.engine.RuleInfo;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RulesFolder;
import org.zwfw.engine.RulesNamedInTests;
import org.zwfw.engine.SampleRules;

/**
 * One rule at a time: a case that fires it (with its effect and what it rests on — basis, list row, interpretation
 * entries, discretion, domain.md §0) and a counter-example that does not. Dates are worked out by hand from
 * rules/calendar/cn-holidays.csv (counting from the day after asOf, weekends and HOLIDAY rows off, WORKDAY rows on);
 * 2025-12-15 is a Monday, so +5 working days is 2025-12-22 and +10 is 2025-12-29.
 */
class AcceptanceRulesTest {
    static final String YINCHUAN = "640100";
    static final String XINXIANG = "410700";
    static final String XIAN = "610100";
    static final String HONGSIBU = "640303";
    static final LocalDate MON_2025_12_15 = LocalDate.of(2025, 12, 15);

    static final String LICENSING_LAW = "中华人民共和国行政许可法";
    static final String ONLINE_SERVICES = "国务院关于在线政务服务的若干规定";
    static final String YINCHUAN_MEASURES = "银川市政务服务管理办法";

    static RuleSet rs;
    /**
     * The sample rules with analysts' edits: 食品安全管理人员健康证明 dropped from the 银川 and 西安 retained-proof
     * lists; YC-SGXK-002 without 承诺办结时限 (法定 7 days); YC-BDC-003 (a 行政确认) and XX-SGXK-002 (a 行政许可) with
     * neither limit; a 银川 row YC-OLD-009 published 2025-01-01 to 2025-06-30 only; HSB-GTGS-004 gains an 电子证照
     * material M04 and a tolerable non-main material M05 (5 days).
     */
    static RuleSet edited;

    @TempDir
    static Path scratch;

    final AcceptanceEngine engine = new AcceptanceEngine();

    @BeforeAll
    static void load() {
        rs = SampleRules.get();
        RulesFolder f = RulesFolder.copyOfSample(scratch);
        f.keepRows("ningxia/yinchuan/catalog/retained-proofs.csv", r -> !r.get("proof_name").equals("食品安全管理人员健康证明"));
        f.keepRows("shaanxi/xian/catalog/retained-proofs.csv", r -> !r.get("proof_name").equals("食品安全管理人员健康证明"));
        f.edit("ningxia/yinchuan/catalog/matters.csv", s -> s
                .replace("YC-SGXK-002,建筑工程施工许可,行政许可,LEGAL_PERSON,7,3,", "YC-SGXK-002,建筑工程施工许可,行政许可,LEGAL_PERSON,7,,")
                .replace("YC-BDC-003,不动产转移登记（住宅买卖）,行政确认,NATURAL_PERSON|LEGAL_PERSON,30,5,",
                        "YC-BDC-003,不动产转移登记（住宅买卖）,行政确认,NATURAL_PERSON|LEGAL_PERSON,,,"));
        f.appendLines("ningxia/yinchuan/catalog/matters.csv",
                "YC-OLD-009,临时经营许可（示例，已停止公布）,行政许可,NATURAL_PERSON|LEGAL_PERSON,10,5,N,N,,5,2025-01-01,2025-06-30,测试数据");
        // A matter without legal_days cannot stay on the joint-handling list (its reader insists on the limit).
        f.keepRows("henan/xinxiang/catalog/unified-handling.csv", r -> !r.get("matter_code").equals("XX-SGXK-002"));
        f.edit("henan/xinxiang/catalog/matters.csv", s -> s
                .replace("XX-SGXK-002,建筑工程施工许可,行政许可,LEGAL_PERSON,7,3,", "XX-SGXK-002,建筑工程施工许可,行政许可,LEGAL_PERSON,,,"));
        f.appendLines("ningxia/wuzhong/hongsibu/catalog/materials.csv",
                "HSB-GTGS-004,M04,营业执照（变更前）,电子证照,1,N,N,E_LICENSE",
                "HSB-GTGS-004,M05,从业人员健康证明,复印件,1,N,N,");
        f.appendLines("ningxia/wuzhong/hongsibu/catalog/tolerance-list.csv", "HSB-GTGS-004,M05,5");
        // 新乡's 告知承诺 row stating its verification method but no time limit.
        f.edit("henan/xinxiang/catalog/commitment-list.csv", s -> s.replace(",30,CALENDAR,现场核查,", ",,,现场核查,"));
        edited = f.load();
    }

    /**
     * An application as an intake clerk would fill it in. Two documents the applicant may sign, never one for the
     * other (domain.md §2, §3): the 容缺 commitment ({@link #signed()}, {@link #signedBy}) and the 告知承诺书
     * ({@link #letter()}).
     */
    static final class App {
        final String jurisdiction;
        final String matter;
        final LocalDate asOf;
        String type = "LEGAL_PERSON";
        final Set<String> groups = new LinkedHashSet<>();
        final Map<String, String> materials = new LinkedHashMap<>();
        boolean signed;
        boolean letter;
        LocalDate by;
        String route = "ORDINARY";
        String channel = "WINDOW";
        LocalDate receivedOn;
        String id;
        final List<org.zwfw.acceptance.facts.Demanded> demanded = new ArrayList<>();

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
        /** The 容缺 commitment: the applicant promises in writing to supplement the listed materials. */
        App signed() { signed = true; return this; }
        /** The 容缺 commitment, to supplement by the given date. */
        App signedBy(LocalDate d) { signed = true; by = d; return this; }
        /** The 告知承诺书: the applicant commits that it meets the conditions the 告知承诺事项清单 names. */
        App letter() { letter = true; return this; }
        App commitmentRoute() { route = "COMMITMENT"; return this; }
        App online() { channel = "ONLINE"; return this; }
        App receivedOn(LocalDate d) { receivedOn = d; return this; }
        App id(String subject) { id = subject; return this; }
        /** The agency demanded a material: one of the matter's guide (code and its name) or another (code null). */
        App demands(String code, String name) { demanded.add(new org.zwfw.acceptance.facts.Demanded(code, name)); return this; }

        AcceptanceQuery query() {
            return new AcceptanceQuery(jurisdiction, matter, asOf, route, type, id, groups, materials, signed, by, channel,
                    receivedOn == null ? asOf : receivedOn, letter, List.copyOf(demanded));
        }

        /** As an older client sends it: one "signed" flag and no channel or receipt date. */
        AcceptanceQuery legacyQuery() {
            return new AcceptanceQuery(jurisdiction, matter, asOf, route, type, id, groups, materials, signed || letter, by);
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

    /**
     * 食品经营许可 in 银川, complete at the window: every material but the 电子证照 M02 (taken under
     * national.e-license). M03 can be obtained by data sharing, but at the window in 银川 no text on file spares the
     * applicant it (yinchuan.shared-data.window), so a complete application brings it.
     */
    static App yinchuanFoodComplete(LocalDate asOf) {
        return app(YINCHUAN, "YC-SPJY-001", asOf).provided("M01", "M03", "M04", "M05", "M06");
    }

    static List<String> supplementCodes(Decision d) {
        return d.getSupplementItems().stream().map(Decision.Item::code).toList();
    }

    /** The first reason the rule gave (fails if it gave none). */
    static Decision.Reason reason(AcceptanceResult r, String ruleId) {
        return r.decision().getReasons().stream().filter(x -> ruleId.equals(x.rule())).findFirst()
                .orElseThrow(() -> new AssertionError("no reason from " + ruleId + " in " + r.firedRules()));
    }

    static List<String> clauses(AcceptanceResult r) {
        return r.decision().getReasons().stream().map(Decision.Reason::clause).toList();
    }

    /** Asserts that no reason of the answer cites the title (e.g. the licensing law for a 行政确认). */
    static void citesNothingOf(AcceptanceResult r, String title) {
        assertThat(clauses(r)).as("clauses of %s", r.firedRules()).noneMatch(c -> c != null && c.startsWith(title));
    }

    @Nested
    class National {
        @Test
        void matterNotYetPublishedOnTheDateIsRejectedOnThePublishedCatalog() {
            // YC-SPJY-001 is published from 2025-01-01; the day before it is not on the list.
            AcceptanceResult r = run(app(YINCHUAN, "YC-SPJY-001", d("2024-12-31")).provided("M01", "M02", "M03", "M04", "M05", "M06"));
            assertThat(r.firedRules()).contains("national.reject.matter-not-published", "national.outcome.reject");
            Decision d = r.decision();
            assertThat(d.getOutcome()).isEqualTo("REJECT");
            assertThat(d.getDueDate()).isNull();
            assertThat(d.getLegalDueDate()).isNull();
            // The refusal rests on the catalog (LIST, 716号 第四条), not on 行政许可法 第三十二条.
            Decision.Reason why = reason(r, "national.reject.matter-not-published");
            assertThat(why.clause()).isEqualTo(ONLINE_SERVICES + " 第四条");
            assertThat(why.basis()).isEqualTo("LIST");
            assertThat(why.list().name()).isEqualTo("政务服务事项清单");
            assertThat(why.list().row()).isEqualTo(YINCHUAN + "/YC-SPJY-001");
            assertThat(why.interpretations()).containsExactly("NAT-OS-01");
            assertThat(why.discretionary()).isFalse();
            assertThat(d.getReasons()).filteredOn(Decision.Reason::shapesOutcome).extracting(Decision.Reason::clause)
                    .noneMatch(c -> c.startsWith(LICENSING_LAW));
            // The row is a licence: its 不予受理 is confirmed in writing (第三十二条 last paragraph).
            assertThat(r.firedRules()).contains("national.notice.written");
            assertThat(d.getNotice().kind()).isEqualTo("不予受理决定书");
        }

        @Test
        void matterUnknownToTheJurisdictionIsRejected() {
            AcceptanceResult r = run(app(YINCHUAN, "YC-NONE-999", MON_2025_12_15));
            assertThat(r.firedRules()).contains("national.reject.matter-not-published", "national.outcome.reject",
                    "yinchuan.catalog.not-listed");
            assertThat(r.decision().getOutcome()).isEqualTo("REJECT");
            Decision.Reason city = reason(r, "yinchuan.catalog.not-listed");
            assertThat(city.clause()).isEqualTo(YINCHUAN_MEASURES + " 第十一条");
            assertThat(city.basis()).isEqualTo("LIST");
            // Nothing says the unknown matter is a licence: no licence notice, no licensing-law reason.
            assertThat(r.firedRules()).doesNotContain("national.notice.written");
            assertThat(r.decision().getNotice()).isNull();
            citesNothingOf(r, LICENSING_LAW);
        }

        @Test
        void cityListManagementIsSilentForAPublishedMatter() {
            AcceptanceResult r = run(yinchuanFoodComplete(MON_2025_12_15));
            assertThat(r.firedRules()).doesNotContain("yinchuan.catalog.not-listed", "national.reject.matter-not-published");
        }

        @Test
        void matterPublishedOnItsFirstDayIsNotRejected() {
            // 2025-01-01 is a holiday: 5 working days run 01-02, 01-03, 01-06, 01-07, 01-08; 10 end on 01-15.
            AcceptanceResult r = run(app(YINCHUAN, "YC-SPJY-001", d("2025-01-01")).provided("M01", "M02", "M03", "M04", "M05", "M06"));
            assertThat(r.firedRules()).doesNotContain("national.reject.matter-not-published", "national.outcome.reject");
            assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT");
            assertThat(r.decision().getDueDate()).isEqualTo(d("2025-01-08"));
            assertThat(r.decision().getLegalDueDate()).isEqualTo(d("2025-01-15"));
        }

        @Test
        void naturalPersonIsRefusedOnTheGuidesServiceObjectsNotUnderArticle32() {
            AcceptanceResult r = run(app(YINCHUAN, "YC-SGXK-002", MON_2025_12_15).natural().provided("M01", "M03", "M04", "M05"));
            assertThat(r.firedRules()).contains("national.reject.applicant-not-served", "national.outcome.reject");
            assertThat(r.decision().getOutcome()).isEqualTo("REJECT");
            Decision.Reason why = reason(r, "national.reject.applicant-not-served");
            assertThat(why.clause()).isEqualTo(ONLINE_SERVICES + " 第四条");
            assertThat(why.basis()).isEqualTo("LIST");
            assertThat(why.list().name()).isEqualTo("办事指南");
            assertThat(why.list().row()).isEqualTo("YC-SGXK-002");
            assertThat(why.interpretations()).containsExactly("NAT-OS-01");
            // 第三十二条 speaks of the matter and the agency's competence, not of the applicant.
            assertThat(r.decision().getReasons()).filteredOn(Decision.Reason::shapesOutcome).extracting(Decision.Reason::clause)
                    .noneMatch(c -> c.startsWith(LICENSING_LAW));
            assertThat(r.decision().getNotice().kind()).isEqualTo("不予受理决定书");
        }

        @Test
        void legalPersonIsServedByTheSameMatter() {
            // M02 (规划许可证) is taken from its 电子证照 (national.e-license); 承诺 3 working days → 12-18, 法定 7 → 12-24.
            AcceptanceResult r = run(app(YINCHUAN, "YC-SGXK-002", MON_2025_12_15).provided("M01", "M03", "M04", "M05"));
            assertThat(r.firedRules()).doesNotContain("national.reject.applicant-not-served").contains("national.e-license");
            assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT");
            assertThat(r.decision().getDueDate()).isEqualTo(d("2025-12-18"));
            assertThat(r.decision().getLegalDueDate()).isEqualTo(d("2025-12-24"));
        }

        @Test
        void missingAndIllFormedMaterialsAreAllNotifiedAtOnceWithTheDateTheAgencyMustHaveToldTheApplicant() {
            AcceptanceResult r = run(app(YINCHUAN, "YC-SPJY-001", MON_2025_12_15).provided("M01", "M03", "M05").missing("M04").notLegalForm("M06"));
            assertThat(r.firedRules()).contains("national.materials.deficient", "national.outcome.notify-supplement");
            Decision d = r.decision();
            assertThat(d.getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
            assertThat(d.getSupplementItems()).extracting(Decision.Item::code, Decision.Item::problem)
                    .containsExactly(tuple("M04", "MISSING"), tuple("M06", "NOT_LEGAL_FORM"));
            // supplement_days 5 in the 办事指南 (LIST); the law sets no consequence for the applicant.
            assertThat(d.getSupplementDeadline()).isEqualTo(d("2025-12-22"));
            assertThat(d.getLateConsequence()).isEqualTo("NONE");
            assertThat(d.getDueDate()).as("not accepted, so no 办结 date").isNull();
            assertThat(d.getLegalDueDate()).isNull();
            // 第三十二条（四）: told within five working days of receipt (receivedOn defaults to asOf), else deemed accepted.
            assertThat(d.getNotice()).isEqualTo(new Decision.Notice("一次性告知书", d("2025-12-22"), "DEEMED_ACCEPTED"));
            Decision.Reason why = reason(r, "national.outcome.notify-supplement");
            assertThat(why.clause()).isEqualTo(LICENSING_LAW + " 第三十二条");
            assertThat(why.basis()).isEqualTo("TEXT");
            assertThat(why.interpretations()).containsExactly("NAT-ALL-01");
            assertThat(why.list().name()).isEqualTo("办事指南");
            // Each deficiency rests on the guide's row of the material.
            Decision.Reason material = reason(r, "national.materials.deficient");
            assertThat(material.basis()).isEqualTo("LIST");
            assertThat(material.clause()).isEqualTo(ONLINE_SERVICES + " 第四条");
        }

        @Test
        void theNoticeDateRunsFromReceiptAcrossAWeekendTheNewYearHolidayAndAWorkingSunday() {
            // Received Fri 2025-12-26, evaluated Mon 12-29. Five working days from receipt: 12-29 (1), 12-30 (2),
            // 12-31 (3), 2026-01-01..03 holiday, Sun 01-04 调休 (4), 01-05 (5). The guide's supplement period runs
            // from asOf: 12-30, 12-31, 01-04, 01-05, 01-06.
            AcceptanceResult r = run(app(YINCHUAN, "YC-SPJY-001", d("2025-12-29")).receivedOn(d("2025-12-26"))
                    .provided("M01", "M03", "M05", "M06").missing("M04"));
            Decision d = r.decision();
            assertThat(d.getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
            assertThat(d.getNotice()).isEqualTo(new Decision.Notice("一次性告知书", d("2026-01-05"), "DEEMED_ACCEPTED"));
            assertThat(d.getSupplementDeadline()).isEqualTo(d("2026-01-06"));
            assertThat(reason(r, "national.outcome.notify-supplement").text()).contains("2025-12-26", "2026-01-05");
        }

        @Test
        void completeApplicationHasNoDeficiencyAndIsAcceptedWithAWrittenNotice() {
            AcceptanceResult r = run(yinchuanFoodComplete(MON_2025_12_15));
            assertThat(r.firedRules()).contains("national.outcome.accept", "national.notice.written")
                    .doesNotContain("national.materials.deficient", "national.outcome.notify-supplement");
            assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT");
            assertThat(r.decision().getSupplementItems()).isEmpty();
            assertThat(r.decision().getNotice()).isEqualTo(new Decision.Notice("受理通知书", null, null));
            Decision.Reason notice = reason(r, "national.notice.written");
            assertThat(notice.clause()).isEqualTo(LICENSING_LAW + " 第三十二条");
            assertThat(notice.basis()).isEqualTo("TEXT");
            Decision.Reason accept = reason(r, "national.outcome.accept");
            assertThat(accept.basis()).isEqualTo("TEXT");
            assertThat(accept.shapesOutcome()).isTrue();
        }

        @Test
        void applicationMissingAMaterialIsNotAccepted() {
            AcceptanceResult r = run(app(YINCHUAN, "YC-SPJY-001", MON_2025_12_15).provided("M01", "M03", "M05", "M06").missing("M04"));
            assertThat(r.firedRules()).doesNotContain("national.outcome.accept");
            assertThat(r.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
        }

        @Test
        void toleranceGrantedReplacesTheNotification() {
            AcceptanceResult r = run(yinchuanFoodComplete(MON_2025_12_15).missing("M06").signed());
            assertThat(r.firedRules()).contains("national.materials.deficient")
                    .doesNotContain("national.outcome.notify-supplement");
            assertThat(r.decision().getNotice().kind()).isEqualTo("受理通知书");
        }

        @Test
        void dueDateSkipsTheSpringFestivalAndCountsTheWorkingSaturday() {
            // Thu 2026-02-12 → 02-13 (1), Sat 02-14 调休 (2), 02-15..02-23 holiday, 02-24 (3), 02-25 (4), 02-26 (5);
            // the legal 10: 02-27 (6), Sat 02-28 调休 (7), 03-02 (8), 03-03 (9), 03-04 (10).
            AcceptanceResult r = run(yinchuanFoodComplete(d("2026-02-12")));
            assertThat(r.firedRules()).contains("national.due-date.working-days");
            assertThat(r.decision().getDueDate()).isEqualTo(d("2026-02-26"));
            assertThat(r.decision().getLegalDueDate()).isEqualTo(d("2026-03-04"));
            assertThat(reason(r, "national.due-date.working-days").clause()).isEqualTo(LICENSING_LAW + " 第八十二条");
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
            assertThat(r.firedRules()).doesNotContain("national.due-date.working-days", "national.due-date.legal-limit",
                    "national.ordinary.due-date");
            assertThat(r.decision().getDueDate()).isNull();
            assertThat(r.decision().getLegalDueDate()).isNull();
        }

        @Test
        void withoutPromisedDaysTheLegalLimitGivesTheDueDate() {
            // edited: YC-SGXK-002 has 法定 7 days, no 承诺: 12-16 … 12-24 (seven weekdays).
            AcceptanceResult r = runEdited(app(YINCHUAN, "YC-SGXK-002", MON_2025_12_15).provided("M01", "M03", "M04", "M05"));
            assertThat(r.firedRules()).contains("national.due-date.legal-limit").doesNotContain("national.due-date.working-days");
            assertThat(r.decision().getDueDate()).isEqualTo(d("2025-12-24"));
            assertThat(r.decision().getLegalDueDate()).isEqualTo(d("2025-12-24"));
        }

        @Test
        void licenceWithNeitherLimitGetsTheLawsTwentyWorkingDays() {
            // edited: XX-SGXK-002 (行政许可) without limits; parameters.csv decision.working-days 20 (第四十二条):
            // 12-16 … 12-31 is 12 weekdays, 2026-01-01..03 holiday, 01-04 Sun 调休 (13), 01-05..01-09 (18), 01-12 (19), 01-13 (20).
            AcceptanceResult r = runEdited(app(XINXIANG, "XX-SGXK-002", MON_2025_12_15).provided("M01", "M03", "M04", "M05"));
            assertThat(r.firedRules()).contains("national.due-date.legal-limit").doesNotContain("national.due-date.working-days");
            assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT");
            assertThat(r.decision().getLegalDueDate()).isEqualTo(d("2026-01-13"));
            assertThat(r.decision().getDueDate()).isEqualTo(d("2026-01-13"));
            assertThat(reason(r, "national.due-date.legal-limit").clause()).isEqualTo(LICENSING_LAW + " 第四十二条");
        }

        @Test
        void nonLicenceMatterWithNeitherLimitGetsNoInventedDateNotTheLicensingLawsTwentyDays() {
            // edited: YC-BDC-003 is a 行政确认 without limits. The old reading gave 行政许可法 第四十二条's 20 days; that
            // law is no basis here, and the guide publishes no limit: no date is invented.
            AcceptanceResult r = runEdited(app(YINCHUAN, "YC-BDC-003", MON_2025_12_15).natural().provided("M01", "M02", "M03", "M04", "M05"));
            assertThat(r.firedRules()).contains("national.ordinary.accept", "national.ordinary.due-date")
                    .doesNotContain("national.due-date.legal-limit", "national.due-date.working-days", "national.outcome.accept");
            assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT");
            assertThat(r.decision().getDueDate()).isNull();
            assertThat(r.decision().getLegalDueDate()).isNull();
            citesNothingOf(r, LICENSING_LAW);
        }

        @Test
        void aCountRunningInto2027IsMadeOnTheStatutoryHolidaysAndMarkedProvisionalNamingTheYear() {
            // Mon 2026-12-28: 12-29, 12-30, 12-31, (Fri 2027-01-01 元旦, weekend) 01-04, 01-05; legal 10 → 01-12.
            AcceptanceResult r = run(yinchuanFoodComplete(d("2026-12-28")));
            assertThat(r.firedRules()).contains("national.due-date.working-days", "national.due-date.provisional-calendar")
                    .doesNotContain("national.ordinary.provisional-calendar");
            assertThat(r.decision().getDueDate()).isEqualTo(d("2027-01-05"));
            assertThat(r.decision().getLegalDueDate()).isEqualTo(d("2027-01-12"));
            assertThat(r.decision().isProvisional()).isTrue();
            Decision.Reason why = reason(r, "national.due-date.provisional-calendar");
            assertThat(why.text()).contains("2027 年").contains("全国年节及纪念日放假办法").contains("临时");
            assertThat(why.basis()).isEqualTo("INTERPRETATION");
            assertThat(why.interpretations()).containsExactly("NAT-ALL-02");
            assertThat(why.clause()).isEqualTo(LICENSING_LAW + " 第八十二条");
        }

        @Test
        void onlyTheLegalDueDateRunningInto2027StillMakesTheAnswerProvisional() {
            // Thu 2026-12-24: promised 5 → 12-25, 12-28 … 12-31 (on file); the legal 10 run to 2027-01-08 (provisional).
            AcceptanceResult r = run(yinchuanFoodComplete(d("2026-12-24")));
            assertThat(r.decision().getDueDate()).isEqualTo(d("2026-12-31"));
            assertThat(r.decision().getLegalDueDate()).isEqualTo(d("2027-01-08"));
            assertThat(r.decision().isProvisional()).isTrue();
            assertThat(r.firedRules()).contains("national.due-date.provisional-calendar");
        }

        @Test
        void countsWithinTheCalendarAreNotProvisional() {
            AcceptanceResult r = run(yinchuanFoodComplete(d("2026-12-14")));
            assertThat(r.decision().getLegalDueDate()).isEqualTo(d("2026-12-28"));
            assertThat(r.decision().isProvisional()).isFalse();
            assertThat(r.firedRules()).doesNotContain("national.due-date.provisional-calendar",
                    "national.ordinary.provisional-calendar");
        }

        @Test
        void aNonLicenceCountInto2027IsProvisionalOnTheGuidesBasisNotTheLicensingLaw() {
            // YC-BDC-003 (行政确认), promised 5: from Mon 2026-12-28 to 2027-01-05.
            AcceptanceResult r = run(app(YINCHUAN, "YC-BDC-003", d("2026-12-28")).natural().provided("M01", "M02", "M03", "M04", "M05"));
            assertThat(r.firedRules()).contains("national.ordinary.due-date", "national.ordinary.provisional-calendar")
                    .doesNotContain("national.due-date.provisional-calendar");
            assertThat(r.decision().getDueDate()).isEqualTo(d("2027-01-05"));
            assertThat(r.decision().isProvisional()).isTrue();
            Decision.Reason why = reason(r, "national.ordinary.provisional-calendar");
            assertThat(why.text()).contains("2027 年");
            assertThat(why.interpretations()).containsExactly("NAT-OS-11");
            citesNothingOf(r, LICENSING_LAW);
        }

        @Test
        void publishedPromisedDaysGiveTheDueDateAndTheLegalLimitOnlyTheLegalDueDate() {
            AcceptanceResult r = run(yinchuanFoodComplete(MON_2025_12_15));
            assertThat(r.firedRules()).contains("national.due-date.working-days", "national.due-date.legal-limit");
            assertThat(r.decision().getDueDate()).isEqualTo(d("2025-12-22"));
            assertThat(r.decision().getLegalDueDate()).isEqualTo(d("2025-12-29"));
        }

        @Test
        void nonLicenceMatterIsDecidedOnTheGuideAndNeverCitesTheLicensingLaw() {
            // YC-BDC-003 不动产转移登记 is a 行政确认: 716号 第四条 with the 办事指南 (LIST, NAT-OS-01), and from
            // 2025-12-01 银川 第十二条.
            AcceptanceResult complete = run(app(YINCHUAN, "YC-BDC-003", MON_2025_12_15).natural().provided("M01", "M02", "M03", "M04", "M05"));
            assertThat(complete.firedRules()).contains("national.ordinary.accept", "national.ordinary.due-date", "yinchuan.guide.handle")
                    .doesNotContain("national.outcome.accept", "national.notice.written", "national.due-date.working-days",
                            "national.due-date.legal-limit");
            Decision d = complete.decision();
            assertThat(d.getOutcome()).isEqualTo("ACCEPT");
            // 承诺 5 → 12-22; 法定 30: 12 weekdays to 12-31, 01-04 (13), 01-05..01-23 (28), 01-26 (29), 01-27 (30).
            assertThat(d.getDueDate()).isEqualTo(d("2025-12-22"));
            assertThat(d.getLegalDueDate()).isEqualTo(d("2026-01-27"));
            assertThat(d.getNotice()).as("no licence notice for a 行政确认").isNull();
            Decision.Reason accept = reason(complete, "national.ordinary.accept");
            assertThat(accept.clause()).isEqualTo(ONLINE_SERVICES + " 第四条");
            assertThat(accept.basis()).isEqualTo("LIST");
            assertThat(accept.list().name()).isEqualTo("办事指南");
            assertThat(accept.interpretations()).containsExactly("NAT-OS-01");
            Decision.Reason guide = reason(complete, "yinchuan.guide.handle");
            assertThat(guide.clause()).isEqualTo(YINCHUAN_MEASURES + " 第十二条");
            assertThat(guide.list().row()).isEqualTo("YC-BDC-003");
            assertThat(reason(complete, "national.ordinary.due-date").basis()).isEqualTo("LIST");
            citesNothingOf(complete, LICENSING_LAW);

            // Incomplete at the window: the shared-data materials are demanded in 银川 too; the guide's 5 days.
            AcceptanceResult incomplete = run(app(YINCHUAN, "YC-BDC-003", MON_2025_12_15).natural().provided("M01", "M03", "M04"));
            assertThat(incomplete.firedRules()).contains("national.ordinary.notify-supplement", "yinchuan.guide.handle",
                    "yinchuan.shared-data.window").doesNotContain("national.outcome.notify-supplement", "national.ordinary.due-date");
            assertThat(incomplete.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
            assertThat(supplementCodes(incomplete.decision())).containsExactly("M02", "M05");
            assertThat(incomplete.decision().getSupplementDeadline()).isEqualTo(d("2025-12-22"));
            assertThat(incomplete.decision().getNotice()).as("第三十二条（四） is a licence rule").isNull();
            assertThat(reason(incomplete, "national.ordinary.notify-supplement").basis()).isEqualTo("LIST");
            citesNothingOf(incomplete, LICENSING_LAW);

            // Before 银川's measures: the national catalog rules alone, still never the licensing law.
            AcceptanceResult before = run(app(YINCHUAN, "YC-BDC-003", d("2025-11-28")).natural().provided("M01", "M02", "M03", "M04", "M05"));
            assertThat(before.firedRules()).contains("national.ordinary.accept").doesNotContain("yinchuan.guide.handle");
            assertThat(before.decision().getOutcome()).isEqualTo("ACCEPT");
            citesNothingOf(before, LICENSING_LAW);
        }

        @Test
        void licenceMatterIsNotDecidedByTheOrdinaryRules() {
            AcceptanceResult r = run(yinchuanFoodComplete(MON_2025_12_15));
            assertThat(r.firedRules()).doesNotContain("national.ordinary.accept", "national.ordinary.notify-supplement",
                    "national.ordinary.due-date", "yinchuan.guide.handle");
        }

        @Test
        void onlineApplicationIsNeverAskedForSharedData() {
            // 716号 第七条: everywhere, whatever the local text says of the window. 银川 before and after its measures.
            for (LocalDate day : List.of(d("2025-11-28"), MON_2025_12_15)) {
                AcceptanceResult r = run(app(YINCHUAN, "YC-SPJY-001", day).online().provided("M01", "M04", "M05", "M06"));
                assertThat(r.firedRules()).as("on %s", day).contains("national.online.shared-data")
                        .doesNotContain("yinchuan.shared-data.window", "national.materials.deficient");
                assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT");
                assertThat(r.decision().getWaived()).extracting(Decision.WaivedItem::code, Decision.WaivedItem::via)
                        .containsExactly(tuple("M02", "E_LICENSE"), tuple("M03", "DATA_SHARING"));
                Decision.Reason why = reason(r, "national.online.shared-data");
                assertThat(why.clause()).isEqualTo(ONLINE_SERVICES + " 第七条");
                assertThat(why.basis()).isEqualTo("TEXT");
                assertThat(why.discretionary()).isFalse();
            }
            // A 行政确认 online: both shared materials spared.
            AcceptanceResult bdc = run(app(YINCHUAN, "YC-BDC-003", MON_2025_12_15).natural().online().provided("M01", "M03", "M04"));
            assertThat(bdc.decision().getOutcome()).isEqualTo("ACCEPT");
            assertThat(bdc.decision().getWaived()).extracting(Decision.WaivedItem::code).containsExactly("M02", "M05");
        }

        @Test
        void atTheWindowTheOnlineArticleDoesNotApply() {
            AcceptanceResult r = run(app(YINCHUAN, "YC-SPJY-001", MON_2025_12_15).provided("M01", "M04", "M05", "M06"));
            assertThat(r.firedRules()).doesNotContain("national.online.shared-data");
            assertThat(supplementCodes(r.decision())).containsExactly("M03");
        }

        @Test
        void electronicLicenceIsTakenEverywhereAsADiscretionaryReadingOfArticle11() {
            for (AcceptanceResult r : List.of(
                    run(app(YINCHUAN, "YC-SPJY-001", d("2025-11-28")).provided("M01", "M03", "M04", "M05", "M06")),
                    run(app(XINXIANG, "XX-SPJY-001", MON_2025_12_15).provided("M01", "M04", "M05", "M06")),
                    run(app(XIAN, "XA-SPJY-001", MON_2025_12_15).provided("M01", "M04", "M05", "M06")))) {
                assertThat(r.firedRules()).contains("national.e-license");
                assertThat(r.decision().getWaived()).extracting(Decision.WaivedItem::code, Decision.WaivedItem::via)
                        .contains(tuple("M02", "E_LICENSE"));
                Decision.Reason why = reason(r, "national.e-license");
                assertThat(why.clause()).isEqualTo(ONLINE_SERVICES + " 第十一条");
                assertThat(why.basis()).isEqualTo("INTERPRETATION");
                assertThat(why.interpretations()).containsExactly("NAT-OS-02");
                assertThat(why.discretionary()).isTrue();
                assertThat(why.shapesOutcome()).isFalse();
                assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT");
            }
        }

        @Test
        void aSharedDataMaterialIsNotTakenAsAnElectronicLicence() {
            AcceptanceResult r = run(app(YINCHUAN, "YC-SPJY-001", MON_2025_12_15).provided("M01", "M04", "M05", "M06"));
            assertThat(r.decision().getWaived()).extracting(Decision.WaivedItem::code).containsExactly("M02");
        }
    }

    @Nested
    class Yinchuan {
        @Test
        void fromCommencementTheElectronicLicenceIsTakenButSharedDataIsStillDemandedAtTheWindow() {
            // Mon 2025-12-01. The old reading waived M03 under 第三十条; 第三十条 speaks of mutual recognition only and
            // 银川 2025 dropped the draft's "不得要求重复提交": at the window M03 is demanded, with a discretionary note.
            AcceptanceResult r = run(app(YINCHUAN, "YC-SPJY-001", d("2025-12-01")).provided("M01", "M04", "M05", "M06"));
            assertThat(r.firedRules()).contains("national.e-license", "yinchuan.e-license", "yinchuan.shared-data.window");
            Decision d = r.decision();
            assertThat(d.getWaived()).extracting(Decision.WaivedItem::code, Decision.WaivedItem::via)
                    .containsExactly(tuple("M02", "E_LICENSE"));
            assertThat(d.getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
            assertThat(supplementCodes(d)).containsExactly("M03");
            assertThat(d.getNotice()).isEqualTo(new Decision.Notice("一次性告知书", d("2025-12-08"), "DEEMED_ACCEPTED"));
            Decision.Reason window = reason(r, "yinchuan.shared-data.window");
            assertThat(window.clause()).isEqualTo(YINCHUAN_MEASURES + " 第二十条");
            assertThat(window.basis()).isEqualTo("INTERPRETATION");
            assertThat(window.interpretations()).containsExactly("YC-INT-04");
            assertThat(window.discretionary()).isTrue();
            Decision.Reason eLicence = reason(r, "yinchuan.e-license");
            assertThat(eLicence.clause()).isEqualTo(YINCHUAN_MEASURES + " 第三十条");
            assertThat(eLicence.basis()).isEqualTo("INTERPRETATION");
            assertThat(eLicence.interpretations()).containsExactly("YC-INT-03");
            assertThat(eLicence.discretionary()).isTrue();

            AcceptanceResult complete = run(yinchuanFoodComplete(d("2025-12-01")));
            assertThat(complete.decision().getOutcome()).isEqualTo("ACCEPT");
            assertThat(complete.firedRules()).doesNotContain("yinchuan.shared-data.window");
        }

        @Test
        void beforeTheMeasuresCommenceSharedDataIsDemandedWithoutAnyCityNote() {
            // Fri 2025-11-28, the last working day before 2025-12-01: only the national excerpts apply. The e-licence is
            // taken under the national reading; M03 is demanded and no 银川 article speaks.
            AcceptanceResult r = run(app(YINCHUAN, "YC-SPJY-001", d("2025-11-28")).provided("M01", "M04", "M05", "M06"));
            assertThat(r.firedRules()).noneMatch(id -> id.startsWith("yinchuan."));
            assertThat(r.decision().getWaived()).extracting(Decision.WaivedItem::code, Decision.WaivedItem::via)
                    .containsExactly(tuple("M02", "E_LICENSE"));
            assertThat(r.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
            assertThat(supplementCodes(r.decision())).containsExactly("M03");
            assertThat(r.decision().getSupplementDeadline()).isEqualTo(d("2025-12-05"));
            citesNothingOf(r, YINCHUAN_MEASURES);
            // The silence is explained: no local text of the chain is on file that day.
            Decision.Reason none = reason(r, "national.no-local-text");
            assertThat(none.basis()).isEqualTo("INTERPRETATION");
            assertThat(none.interpretations()).containsExactly("NAT-OS-10");
            assertThat(none.text()).contains("640100").contains("没有在册的地方政务服务文本");
            // From 2025-12-01 银川 2025 is on file, and in 新乡 and 西安 their own texts always were.
            assertThat(run(app(YINCHUAN, "YC-SPJY-001", d("2025-12-01")).provided("M01", "M04", "M05", "M06")).firedRules())
                    .doesNotContain("national.no-local-text");
            assertThat(run(app(XINXIANG, "XX-SPJY-001", d("2025-12-01")).provided("M01")).firedRules())
                    .doesNotContain("national.no-local-text");
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
            Decision.Reason why = reason(r, "yinchuan.proofs.not-on-list");
            assertThat(why.clause()).isEqualTo(YINCHUAN_MEASURES + " 第二十七条");
            assertThat(why.basis()).isEqualTo("TEXT");
        }

        @Test
        void aProofTheApplicantHasProvidedDemandedAgainIsFlaggedAndOneNotYetProvidedIsNot() {
            AcceptanceResult again = run(yinchuanFoodComplete(MON_2025_12_15).demands(null, "食品安全管理人员健康证明"));
            assertThat(again.firedRules()).contains("yinchuan.proofs.demanded-again");
            assertThat(again.decision().getUnlawfulDemands()).extracting(Decision.Item::code, Decision.Item::problem)
                    .containsExactly(tuple("M06", "DEMANDED_AGAIN"));
            assertThat(again.decision().getOutcome()).isEqualTo("ACCEPT");
            Decision.Reason why = reason(again, "yinchuan.proofs.demanded-again");
            assertThat(why.clause()).isEqualTo(YINCHUAN_MEASURES + " 第二十七条");
            assertThat(why.interpretations()).containsExactly("YC-INT-05");
            // Not yet provided: demanding it is lawful (it is on the list); a provided non-proof (M05) is not a proof.
            AcceptanceResult first = run(app(YINCHUAN, "YC-SPJY-001", MON_2025_12_15).provided("M01", "M03", "M04", "M05")
                    .missing("M06").demands("M06", "食品安全管理人员健康证明").demands("M05", "保证食品安全的规章制度"));
            assertThat(first.firedRules()).doesNotContain("yinchuan.proofs.demanded-again");
            assertThat(first.decision().getUnlawfulDemands()).isEmpty();
            assertThat(supplementCodes(first.decision())).containsExactly("M06");
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
                    .doesNotContain("yinchuan.tolerance.commitment-beyond-limit", "national.tolerance.deadline-after-due-date");
            Decision d = r.decision();
            assertThat(d.getOutcome()).isEqualTo("ACCEPT_WITH_DEFICIENCY");
            assertThat(d.getSupplementItems()).extracting(Decision.Item::code, Decision.Item::problem)
                    .containsExactly(tuple("M06", "MISSING"));
            assertThat(d.getSupplementDeadline()).isEqualTo(d("2025-12-22"));
            assertThat(d.getLateConsequence()).isEqualTo("ABANDONED");
            assertThat(d.getDueDate()).isEqualTo(d("2025-12-22"));
            assertThat(d.getLegalDueDate()).isEqualTo(d("2025-12-29"));
            // Capped at the 承诺时限: no deadline after the due date, so no conflict.
            assertThat(d.getConflicts()).isEmpty();
            assertThat(d.getNotice().kind()).isEqualTo("受理通知书");
            Decision.Reason first = d.getReasons().get(0);
            assertThat(first.rule()).isEqualTo("yinchuan.tolerance.accept-first");
            assertThat(first.clause()).isEqualTo(YINCHUAN_MEASURES + " 第二十五条");
            // TEXT for 先予受理 and the cap; the conditions are a reading (YC-INT-01); the list row is shown.
            assertThat(first.basis()).isEqualTo("TEXT");
            assertThat(first.interpretations()).containsExactly("YC-INT-01");
            assertThat(first.discretionary()).isFalse();
            assertThat(first.list().name()).isEqualTo("容缺受理事项清单");
            assertThat(first.list().row()).isEqualTo("YC-SPJY-001/M06");
            assertThat(first.list().source()).contains("银川市容缺受理事项清单");
        }

        @Test
        void commitmentWithoutADateIsCappedAtThePromisedLimitNotTheListPeriod() {
            AcceptanceResult r = run(yinchuanFoodComplete(MON_2025_12_15).missing("M05", "M06").signed());
            assertThat(r.firedRules()).contains("yinchuan.tolerance.accept-first");
            assertThat(r.decision().getSupplementDeadline()).isEqualTo(d("2025-12-22"));
            assertThat(supplementCodes(r.decision())).containsExactly("M05", "M06");
            assertThat(r.decision().getConflicts()).isEmpty();
            assertThat(reason(r, "yinchuan.tolerance.accept-first").list().row()).isEqualTo("YC-SPJY-001/M05|M06");
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
            assertThat(d.getNotice()).isEqualTo(new Decision.Notice("一次性告知书", d("2025-12-22"), "DEEMED_ACCEPTED"));
            // What follows a commitment beyond the limit the article does not say: a reading (YC-INT-02).
            Decision.Reason why = reason(r, "yinchuan.tolerance.commitment-beyond-limit");
            assertThat(why.basis()).isEqualTo("INTERPRETATION");
            assertThat(why.interpretations()).containsExactly("YC-INT-01", "YC-INT-02");
            assertThat(why.text()).contains("2025-12-22");
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
            Decision.Reason why = reason(r, "yinchuan.tolerance.no-commitment");
            assertThat(why.basis()).isEqualTo("TEXT");
            assertThat(why.interpretations()).containsExactly("YC-INT-01");
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
            Decision.Reason why = reason(r, "yinchuan.tolerance.not-only-tolerable");
            assertThat(why.basis()).isEqualTo("INTERPRETATION");
            assertThat(why.interpretations()).containsExactly("YC-INT-01");
        }

        @Test
        void aSharedMaterialDemandedAtTheWindowIsNotTolerable() {
            // M03 is a main material; demanded at the window, its absence defeats tolerance like any main material.
            AcceptanceResult r = run(app(YINCHUAN, "YC-SPJY-001", MON_2025_12_15).provided("M01", "M04", "M05").missing("M06").signed());
            assertThat(r.firedRules()).contains("yinchuan.shared-data.window", "yinchuan.tolerance.not-only-tolerable")
                    .doesNotContain("yinchuan.tolerance.accept-first");
            assertThat(supplementCodes(r.decision())).containsExactly("M03", "M06");
        }

        @Test
        void onlyListedMaterialsMissingIsNotCalledIntolerable() {
            AcceptanceResult r = run(yinchuanFoodComplete(MON_2025_12_15).missing("M05", "M06").signed());
            assertThat(r.firedRules()).doesNotContain("yinchuan.tolerance.not-only-tolerable");
        }

        @Test
        void pregnantApplicantGetsTheGreenChannelAsTheAgencysPractice() {
            AcceptanceResult r = run(yinchuanFoodComplete(MON_2025_12_15).natural().groups("PREGNANT"));
            assertThat(r.firedRules()).contains("yinchuan.priority.green-channel");
            assertThat(r.decision().isPriorityService()).isTrue();
            Decision.Reason why = reason(r, "yinchuan.priority.green-channel");
            assertThat(why.clause()).isEqualTo(YINCHUAN_MEASURES + " 第三十二条");
            assertThat(why.basis()).isEqualTo("TEXT");
            assertThat(why.discretionary()).as("结合本地实际").isTrue();
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
        @Test
        void everyDraftRuleIsListed() {
            // The draft's fee rules (第三十一条, ids with ".fee.") are covered by org.zwfw.fees.FeeRulesTest, its
            // catalog lint rules (ids with ".lint.") by org.zwfw.lint.CatalogLintRulesTest.
            assertThat(rs.rules()).filteredOn(r -> r.instrument().equals("yinchuan-draft-2025"))
                    .extracting(RuleInfo::id).allMatch(id -> id.startsWith("yinchuan-draft."));
            // The draft's 第二十条 on-the-spot rule needs a 银川 即办件, and the sample catalog has none: it cannot fire
            // on the sample, so no test here names it. The day the catalog gains one, this fails and asks for a test.
            assertThat(rs.catalog().of(YINCHUAN).matters().values()).noneMatch(m -> m.isOnTheSpot());
            RulesNamedInTests.assertEveryRuleNamed(rs, id -> id.startsWith("yinchuan-draft.") && !id.contains(".fee.")
                    && !id.contains(".lint.") && !id.contains(".services.") && !id.contains(".bundle.")
                    && !id.equals("yinchuan-draft.on-the-spot"), getClass());
        }

        @Test
        void draftRulesNeverFireForARealDecisionOnAnyDayOf2025And2026() {
            List<String> firedDraft = new ArrayList<>();
            for (LocalDate day = d("2025-01-01"); !day.isAfter(d("2026-12-31")); day = day.plusDays(1)) {
                assertThat(rs.applicable(rs.catalog().chain(YINCHUAN), day)).extracting(Instrument::id)
                        .doesNotContain("yinchuan-draft-2025");
                // An unknown matter is rejected on the catalog without counting working days.
                List<AcceptanceResult> results = new ArrayList<>(List.of(run(app(YINCHUAN, "YC-NONE-999", day).groups("MILITARY"))));
                if (day.isBefore(d("2026-12-17"))) {
                    // Notification, tolerance, waiver, acceptance: their dates (≤ 10 working days) stay inside the
                    // calendar on file, which ends 2026-12-31.
                    results.add(run(app(YINCHUAN, "YC-SPJY-001", day).groups("MILITARY").provided("M01").missing("M04")));
                    results.add(run(app(YINCHUAN, "YC-SPJY-001", day).groups("MILITARY")
                            .provided("M01", "M03", "M04", "M05").missing("M06").signed()));
                    results.add(run(app(YINCHUAN, "YC-SPJY-001", day).provided("M01", "M02", "M03", "M04", "M05", "M06")));
                }
                LocalDate on = day;
                for (AcceptanceResult r : results) {
                    r.firedRules().stream().filter(id -> id.startsWith("yinchuan-draft.")).forEach(id -> firedDraft.add(on + " " + id));
                }
            }
            assertThat(firedDraft).isEmpty();
        }

        private Instrument draft() {
            return rs.instruments().stream().filter(i -> i.id().equals("yinchuan-draft-2025")).findFirst().orElseThrow();
        }

        private List<Instrument> draftInsteadOfMeasures(LocalDate day) {
            List<Instrument> applying = new ArrayList<>(rs.applicable(rs.catalog().chain(YINCHUAN), day));
            assertThat(applying.removeIf(i -> i.id().equals("yinchuan-measures-2025"))).isTrue();
            applying.add(draft());
            return applying;
        }

        /** On a day before the measures: the draft beside the national instruments (what-if only). */
        private List<Instrument> draftBesideTheNationalRules(RuleSet set, LocalDate day) {
            List<Instrument> applying = new ArrayList<>(set.applicable(set.catalog().chain(YINCHUAN), day));
            assertThat(applying).extracting(Instrument::id).doesNotContain("yinchuan-measures-2025");
            applying.add(set.instruments().stream().filter(i -> i.id().equals("yinchuan-draft-2025")).findFirst().orElseThrow());
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
            // Without the cap the deadline falls after the promised due date (12-22): named as a conflict.
            assertThat(whatIf.firedRules()).contains("national.tolerance.deadline-after-due-date");
            assertThat(d.getConflicts()).extracting(Decision.Conflict::code).containsExactly("SUPPLEMENT_AFTER_DUE_DATE");
            assertThat(whatIf.instruments()).extracting(Instrument::id).contains("yinchuan-draft-2025");
        }

        @Test
        void whatIfUnderTheDraftAnyBadCreditRecordExcludesTheCommitmentRoute() {
            // 91640100MA76Q3R4TH has a MINOR record: the national baseline (and so 银川 2025) lets it commit,
            // the draft's 第二十三条 does not. M01 and, at the window in 银川 2025, M03 are not replaced by the letter.
            App a = app(YINCHUAN, "YC-SPJY-001", d("2026-03-02")).id("91640100MA76Q3R4TH").commitmentRoute().letter()
                    .provided("M01", "M03");
            assertThat(run(a).decision().getOutcome()).isEqualTo("APPROVE_BY_COMMITMENT");
            AcceptanceResult whatIf = engine.evaluate(rs, a.query(), draftInsteadOfMeasures(d("2026-03-02")));
            assertThat(whatIf.firedRules()).contains("yinchuan-draft.commitment.credit-excluded")
                    .doesNotContain("national.commitment.approve", "yinchuan-draft.commitment.approve");
            AcceptanceResult clean = engine.evaluate(rs, a.id("91640100MA76A1B2CR").query(), draftInsteadOfMeasures(d("2026-03-02")));
            assertThat(clean.firedRules()).contains("national.commitment.approve", "yinchuan-draft.commitment.approve");
        }

        @Test
        void whatIfUnderTheDraftNotifiesOnce() {
            AcceptanceResult notify = engine.evaluate(rs, app(YINCHUAN, "YC-SPJY-001", MON_2025_12_15).provided("M01").missing("M04").query(),
                    draftInsteadOfMeasures(MON_2025_12_15));
            assertThat(notify.firedRules()).contains("yinchuan-draft.notify.once");
            assertThat(notify.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
            assertThat(reason(notify, "yinchuan-draft.notify.once").clause()).isEqualTo("银川市政务服务管理办法（草案） 第二十条");
        }

        @Test
        void whatIfTheDraftsArticle11SpeaksOnlyOfACatalogRowNotYetOrNoLongerPublished() {
            // The old reading cited 第十一条 for every unknown code. It bars relying on an unpublished list: it speaks
            // when the catalog holds a row for the matter that is not published on the date.
            AcceptanceResult notYet = engine.evaluate(rs, app(YINCHUAN, "YC-SPJY-001", d("2024-12-31")).query(),
                    draftBesideTheNationalRules(rs, d("2024-12-31")));
            assertThat(notYet.firedRules()).contains("national.reject.matter-not-published", "yinchuan-draft.reject.unpublished");
            assertThat(notYet.decision().getOutcome()).isEqualTo("REJECT");
            Decision.Reason why = reason(notYet, "yinchuan-draft.reject.unpublished");
            assertThat(why.clause()).isEqualTo("银川市政务服务管理办法（草案） 第十一条");
            assertThat(why.text()).contains("2025-01-01");

            // edited: YC-OLD-009 was published 2025-01-01 to 2025-06-30 only.
            AcceptanceResult noLonger = engine.evaluate(edited, app(YINCHUAN, "YC-OLD-009", MON_2025_12_15).query(),
                    draftInsteadOfEditedMeasures(MON_2025_12_15));
            assertThat(noLonger.firedRules()).contains("national.reject.matter-not-published", "yinchuan-draft.reject.unpublished");
            assertThat(reason(noLonger, "yinchuan-draft.reject.unpublished").text()).contains("2025-06-30");

            AcceptanceResult unknown = engine.evaluate(rs, app(YINCHUAN, "YC-NONE-999", MON_2025_12_15).query(),
                    draftInsteadOfMeasures(MON_2025_12_15));
            assertThat(unknown.firedRules()).contains("national.reject.matter-not-published")
                    .doesNotContain("yinchuan-draft.reject.unpublished");
            assertThat(unknown.decision().getOutcome()).isEqualTo("REJECT");
            assertThat(clauses(unknown)).doesNotContain("银川市政务服务管理办法（草案） 第十一条");

            AcceptanceResult published = engine.evaluate(rs, yinchuanFoodComplete(MON_2025_12_15).query(),
                    draftInsteadOfMeasures(MON_2025_12_15));
            assertThat(published.firedRules()).doesNotContain("yinchuan-draft.reject.unpublished");
        }

        private List<Instrument> draftInsteadOfEditedMeasures(LocalDate day) {
            List<Instrument> applying = new ArrayList<>(edited.applicable(edited.catalog().chain(YINCHUAN), day));
            assertThat(applying.removeIf(i -> i.id().equals("yinchuan-measures-2025"))).isTrue();
            applying.add(edited.instruments().stream().filter(i -> i.id().equals("yinchuan-draft-2025")).findFirst().orElseThrow());
            return applying;
        }

        @Test
        void draftGreenChannelDoesNotNamePregnantWomen() {
            AcceptanceResult r = engine.evaluate(rs, yinchuanFoodComplete(MON_2025_12_15).natural().groups("PREGNANT").query(),
                    draftInsteadOfMeasures(MON_2025_12_15));
            assertThat(r.firedRules()).doesNotContain("yinchuan-draft.priority.green-channel");
            assertThat(r.decision().isPriorityService()).isFalse();
        }

        @Test
        void draftGreenChannelIsDiscretionaryAndAGroupItDoesNotNameIsLeftToTheAgency() {
            AcceptanceResult named = engine.evaluate(rs, yinchuanFoodComplete(MON_2025_12_15).natural().groups("MILITARY").query(),
                    draftInsteadOfMeasures(MON_2025_12_15));
            assertThat(reason(named, "yinchuan-draft.priority.green-channel").discretionary()).isTrue();

            AcceptanceResult pregnant = engine.evaluate(rs, yinchuanFoodComplete(MON_2025_12_15).natural().groups("PREGNANT").query(),
                    draftInsteadOfMeasures(MON_2025_12_15));
            assertThat(pregnant.decision().isPriorityService()).isFalse();
            assertThat(pregnant.firedRules()).contains("yinchuan-draft.priority.not-named")
                    .doesNotContain("yinchuan-draft.priority.green-channel");
            assertThat(pregnant.decision().getReasons())
                    .filteredOn(x -> "银川市政务服务管理办法（草案） 第二十九条".equals(x.clause()))
                    .singleElement()
                    .satisfies(x -> {
                        assertThat(x.discretionary()).isTrue();
                        assertThat(x.text()).contains("未列明");
                    });
        }
    }

    @Nested
    class Xinxiang {
        @Test
        void aMaterialDemandedOutsideTheGuideIsFlaggedAndOneOfTheGuideIsNot() {
            App food = app(XINXIANG, "XX-SPJY-001", d("2026-03-02")).provided("M01", "M04", "M05", "M06");
            AcceptanceResult outside = run(food.demands(null, "无犯罪记录证明").demands(null, "保证食品安全的规章制度"));
            assertThat(outside.firedRules()).contains("xinxiang.demand.outside-guide");
            assertThat(outside.decision().getUnlawfulDemands()).extracting(Decision.Item::code, Decision.Item::name,
                    Decision.Item::problem).containsExactly(tuple(null, "无犯罪记录证明", "NOT_IN_GUIDE"));
            assertThat(outside.decision().getOutcome()).isEqualTo("ACCEPT");
            assertThat(supplementCodes(outside.decision())).isEmpty();
            Decision.Reason why = reason(outside, "xinxiang.demand.outside-guide");
            assertThat(why.clause()).isEqualTo("新乡市政务服务条例 第十七条第二款");
            assertThat(why.basis()).isEqualTo("TEXT");
            AcceptanceResult inGuide = run(app(XINXIANG, "XX-SPJY-001", d("2026-03-02")).provided("M01", "M04", "M05", "M06")
                    .demands("M06", "食品安全管理人员健康证明"));
            assertThat(inGuide.firedRules()).doesNotContain("xinxiang.demand.outside-guide");
            assertThat(inGuide.decision().getUnlawfulDemands()).isEmpty();
        }

        @Test
        void sharedDataIsWaivedFromTheRegulationsCommencementTheElectronicLicenceUnderTheNationalReadingBefore() {
            // Both days the matter is not yet published (REJECT); only the waivers differ. The e-licence is taken under
            // 716号 第十一条 (in force since 2019) on both days; shared data is spared from 第十九条's commencement.
            AcceptanceResult on = run(app(XINXIANG, "XX-SPJY-001", d("2024-03-01")));
            AcceptanceResult before = run(app(XINXIANG, "XX-SPJY-001", d("2024-02-29")));
            assertThat(on.firedRules()).contains("xinxiang.shared-data.waive", "national.e-license");
            assertThat(on.decision().getWaived()).extracting(Decision.WaivedItem::code, Decision.WaivedItem::via)
                    .containsExactly(tuple("M02", "E_LICENSE"), tuple("M03", "DATA_SHARING"));
            Decision.Reason why = reason(on, "xinxiang.shared-data.waive");
            assertThat(why.clause()).isEqualTo("新乡市政务服务条例 第十九条");
            assertThat(why.basis()).isEqualTo("TEXT");
            assertThat(why.discretionary()).isFalse();
            assertThat(before.firedRules()).doesNotContain("xinxiang.shared-data.waive").contains("national.e-license");
            assertThat(before.decision().getWaived()).extracting(Decision.WaivedItem::code, Decision.WaivedItem::via)
                    .containsExactly(tuple("M02", "E_LICENSE"));
        }

        @Test
        void tolerableMaterialWithCommitmentIsAcceptedFirstUntilTheListPeriodAndADeadlineAfterTheDueDateIsAConflict() {
            // Applicant commits to 12-31, later than the list's 10 working days (12-29): the list bounds it. 12-29 is
            // after the promised due date (5 days → 12-22); no text says how the clock runs meanwhile: a conflict.
            AcceptanceResult r = run(app(XINXIANG, "XX-SPJY-001", MON_2025_12_15).provided("M01", "M04", "M05").missing("M06")
                    .signedBy(d("2025-12-31")));
            assertThat(r.firedRules()).contains("xinxiang.tolerance.accept-first", "national.tolerance.deadline-after-due-date");
            Decision d = r.decision();
            assertThat(d.getOutcome()).isEqualTo("ACCEPT_WITH_DEFICIENCY");
            assertThat(d.getSupplementDeadline()).isEqualTo(d("2025-12-29"));
            assertThat(d.getLateConsequence()).isEqualTo("WITHDRAWN");
            assertThat(d.getDueDate()).isEqualTo(d("2025-12-22"));
            assertThat(d.getConflicts()).extracting(Decision.Conflict::code).containsExactly("SUPPLEMENT_AFTER_DUE_DATE");
            assertThat(d.getConflicts().get(0).text()).contains("2025-12-29", "2025-12-22");
            Decision.Reason conflict = reason(r, "national.tolerance.deadline-after-due-date");
            assertThat(conflict.basis()).isEqualTo("INTERPRETATION");
            assertThat(conflict.interpretations()).containsExactly("NAT-OS-03");
            Decision.Reason why = reason(r, "xinxiang.tolerance.accept-first");
            assertThat(why.clause()).isEqualTo("新乡市政务服务条例 第二十条");
            assertThat(why.basis()).isEqualTo("TEXT");
            assertThat(why.discretionary()).as("应当先予受理").isFalse();
            assertThat(why.list().name()).isEqualTo("容缺受理事项清单");
            assertThat(why.list().row()).isEqualTo("XX-SPJY-001/M06");
        }

        @Test
        void aCommittedDateBeforeTheDueDateRaisesNoConflict() {
            AcceptanceResult r = run(app(XINXIANG, "XX-SPJY-001", MON_2025_12_15).provided("M01", "M04", "M05").missing("M06")
                    .signedBy(d("2025-12-19")));
            assertThat(r.firedRules()).contains("xinxiang.tolerance.accept-first")
                    .doesNotContain("national.tolerance.deadline-after-due-date");
            assertThat(r.decision().getSupplementDeadline()).isEqualTo(d("2025-12-19"));
            assertThat(r.decision().getConflicts()).isEmpty();
        }

        @Test
        void withoutCommitmentNoToleranceAndTheApplicantIsNotifiedOnce() {
            AcceptanceResult r = run(app(XINXIANG, "XX-SPJY-001", MON_2025_12_15).provided("M01", "M04", "M05").missing("M06"));
            assertThat(r.firedRules()).contains("xinxiang.tolerance.no-commitment", "xinxiang.notify.once")
                    .doesNotContain("xinxiang.tolerance.accept-first");
            assertThat(r.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
            // 第十八条 names the 一次性告知; the licence law's dated notice stays (a later undated one does not replace it).
            assertThat(r.decision().getNotice()).isEqualTo(new Decision.Notice("一次性告知书", d("2025-12-22"), "DEEMED_ACCEPTED"));
            assertThat(reason(r, "xinxiang.notify.once").clause()).isEqualTo("新乡市政务服务条例 第十八条");
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
            // A duty of 第十八条 (能够即时办理的当场办结), applied to what the guide marks 即办件.
            Decision.Reason why = reason(r, "xinxiang.on-the-spot");
            assertThat(why.basis()).isEqualTo("TEXT");
            assertThat(why.discretionary()).isFalse();
            assertThat(why.list().name()).isEqualTo("办事指南");
            assertThat(why.list().row()).isEqualTo("XX-GTGS-004");
        }

        @Test
        void ordinaryMatterIsNotFinishedOnTheSpot() {
            AcceptanceResult r = run(app(XINXIANG, "XX-SPJY-001", MON_2025_12_15).provided("M01", "M04", "M05", "M06"));
            assertThat(r.firedRules()).doesNotContain("xinxiang.on-the-spot").contains("xinxiang.shared-data.waive");
            assertThat(r.decision().isCompletedOnTheSpot()).isFalse();
            assertThat(r.decision().getDueDate()).isEqualTo(d("2025-12-22"));
        }

        @Test
        void soldierGetsTheGreenChannelAsTheAgencysPractice() {
            AcceptanceResult r = run(app(XINXIANG, "XX-SPJY-001", MON_2025_12_15).natural().groups("MILITARY").provided("M01", "M04", "M05", "M06"));
            assertThat(r.firedRules()).contains("xinxiang.priority.green-channel").doesNotContain("xinxiang.priority.not-named");
            assertThat(r.decision().isPriorityService()).isTrue();
            Decision.Reason why = reason(r, "xinxiang.priority.green-channel");
            assertThat(why.clause()).isEqualTo("新乡市政务服务条例 第二十七条");
            assertThat(why.basis()).isEqualTo("TEXT");
            assertThat(why.discretionary()).as("结合本地实际").isTrue();
        }

        @Test
        void pregnantWomenAreNotNamedByTheRegulationSoTheAgencyDecidesNotRefused() {
            // The old reading said "not provided"; the "等" leaves unnamed groups to the agency.
            AcceptanceResult r = run(app(XINXIANG, "XX-SPJY-001", MON_2025_12_15).natural().groups("PREGNANT").provided("M01", "M04", "M05", "M06"));
            assertThat(r.firedRules()).contains("xinxiang.priority.not-named").doesNotContain("xinxiang.priority.green-channel");
            assertThat(r.decision().isPriorityService()).isFalse();
            Decision.Reason why = reason(r, "xinxiang.priority.not-named");
            assertThat(why.clause()).isEqualTo("新乡市政务服务条例 第二十七条");
            assertThat(why.discretionary()).isTrue();
            assertThat(why.shapesOutcome()).isFalse();
            assertThat(why.text()).contains("未列明", "由部门").doesNotContain("不予提供", "不提供绿色通道");
            assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT");
        }

        @Test
        void aNamedAndAnUnnamedGroupTogetherGetTheGreenChannelAndTheNoteForTheOther() {
            AcceptanceResult r = run(app(XINXIANG, "XX-SPJY-001", MON_2025_12_15).natural().groups("MILITARY", "PREGNANT")
                    .provided("M01", "M04", "M05", "M06"));
            assertThat(r.firedRules()).contains("xinxiang.priority.green-channel", "xinxiang.priority.not-named");
            assertThat(r.decision().isPriorityService()).isTrue();
            assertThat(reason(r, "xinxiang.priority.not-named").text()).contains("PREGNANT").doesNotContain("MILITARY");
        }
    }

    @Nested
    class Xian {
        @Test
        void unlistedMatterIsRejectedCitingTheCitysArticle() {
            AcceptanceResult r = run(app(XIAN, "XA-NONE-000", MON_2025_12_15));
            assertThat(r.firedRules()).contains("xian.reject.not-in-list");
            assertThat(r.decision().getOutcome()).isEqualTo("REJECT");
            assertThat(clauses(r)).contains("西安市政务服务标准化管理办法（试行） 第七条", ONLINE_SERVICES + " 第四条");
            assertThat(reason(r, "xian.reject.not-in-list").basis()).isEqualTo("TEXT");
        }

        @Test
        void listedMatterIsNotRejected() {
            AcceptanceResult r = run(app(XIAN, "XA-SPJY-001", MON_2025_12_15).provided("M01", "M04", "M05", "M06"));
            assertThat(r.firedRules()).doesNotContain("xian.reject.not-in-list");
        }

        @Test
        void sharedDataIsWaivedFromTheTrialsStartOnItsIssueDate30August() {
            // In force from 2021-08-30 (the 印发 date), not 08-26 (the covering notice). The e-licence is taken under
            // the national reading on both days.
            AcceptanceResult on = run(app(XIAN, "XA-SPJY-001", d("2021-08-30")));
            AcceptanceResult before = run(app(XIAN, "XA-SPJY-001", d("2021-08-29")));
            AcceptanceResult notice = run(app(XIAN, "XA-SPJY-001", d("2021-08-26")));
            assertThat(on.firedRules()).contains("xian.shared-data.waive");
            assertThat(on.decision().getWaived()).extracting(Decision.WaivedItem::code).containsExactly("M02", "M03");
            assertThat(before.firedRules()).doesNotContain("xian.shared-data.waive").noneMatch(id -> id.startsWith("xian."));
            assertThat(before.decision().getWaived()).extracting(Decision.WaivedItem::code).containsExactly("M02");
            assertThat(notice.firedRules()).noneMatch(id -> id.startsWith("xian."));
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
        void toleranceFollowsThePublishedListAtTheAgencysDiscretionWithNoLateConsequence() {
            AcceptanceResult r = run(app(XIAN, "XA-SPJY-001", MON_2025_12_15).provided("M01", "M04", "M05").missing("M06").signed());
            assertThat(r.firedRules()).contains("xian.tolerance.accept-first", "xian.due-date.promised");
            Decision d = r.decision();
            assertThat(d.getOutcome()).isEqualTo("ACCEPT_WITH_DEFICIENCY");
            assertThat(d.getSupplementDeadline()).isEqualTo(d("2025-12-29"));
            assertThat(d.getLateConsequence()).isEqualTo("NONE");
            // 第十七条 "根据实际情况执行容缺受理或一次性告知": the agency's list decides, and the answer says so.
            Decision.Reason why = reason(r, "xian.tolerance.accept-first");
            assertThat(why.clause()).isEqualTo("西安市政务服务标准化管理办法（试行） 第十七条");
            assertThat(why.basis()).isEqualTo("LIST");
            assertThat(why.discretionary()).isTrue();
            assertThat(why.interpretations()).containsExactly("XA-INT-01");
            assertThat(why.list().name()).isEqualTo("容缺受理事项清单");
            assertThat(why.list().row()).isEqualTo("XA-SPJY-001/M06");
            // The list's 10 days end after the promised 5 (12-22): named as a conflict, not reconciled silently.
            assertThat(d.getDueDate()).isEqualTo(d("2025-12-22"));
            assertThat(d.getConflicts()).extracting(Decision.Conflict::code).containsExactly("SUPPLEMENT_AFTER_DUE_DATE");
        }

        @Test
        void withoutCommitmentTheApplicantIsNotifiedOnce() {
            AcceptanceResult r = run(app(XIAN, "XA-SPJY-001", MON_2025_12_15).provided("M01", "M04", "M05").missing("M06"));
            assertThat(r.firedRules()).contains("xian.notify.once")
                    .doesNotContain("xian.tolerance.accept-first", "xian.accept.notice", "xian.due-date.promised");
            assertThat(r.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
            assertThat(r.decision().getNotice()).isEqualTo(new Decision.Notice("一次性告知书", d("2025-12-22"), "DEEMED_ACCEPTED"));
        }

        @Test
        void completeApplicationGetsTheAcceptanceNoticeAndThePromisedLimit() {
            AcceptanceResult r = run(app(XIAN, "XA-SPJY-001", MON_2025_12_15).provided("M01", "M04", "M05", "M06"));
            assertThat(r.firedRules()).contains("xian.accept.notice", "xian.due-date.promised").doesNotContain("xian.notify.once");
            assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT");
            assertThat(r.decision().getDueDate()).isEqualTo(d("2025-12-22"));
            assertThat(r.decision().getNotice().kind()).isEqualTo("受理通知书");
            assertThat(reason(r, "xian.accept.notice").clause()).isEqualTo("西安市政务服务标准化管理办法（试行） 第十七条");
        }
    }

    @Nested
    class Hongsibu {
        static final String HSB = "HSB-GTGS-004";
        static final String PLAN = "吴忠市红寺堡区关于加快推进政务服务标准化规范化便利化的实施方案";

        @Test
        void electronicLicenceMaterialIsTakenAsTheAgencysChoice() {
            AcceptanceResult r = runEdited(app(HONGSIBU, HSB, MON_2025_12_15).natural().provided("M01", "M03", "M05"));
            assertThat(r.firedRules()).contains("national.e-license", "hongsibu.e-license");
            assertThat(r.decision().getWaived()).extracting(Decision.WaivedItem::code, Decision.WaivedItem::via)
                    .containsExactly(tuple("M02", "DATA_SHARING"), tuple("M04", "E_LICENSE"));
            Decision.Reason why = reason(r, "hongsibu.e-license");
            assertThat(why.clause()).isEqualTo(PLAN + " 四（二）");
            assertThat(why.basis()).isEqualTo("TEXT");
            assertThat(why.discretionary()).as("a plan's aim").isTrue();
            assertThat(why.interpretations()).containsExactly("HSB-INT-01");
            assertThat(reason(r, "national.e-license").discretionary()).isTrue();
        }

        @Test
        void sharedDataMaterialIsNotAnElectronicLicence() {
            AcceptanceResult r = run(app(HONGSIBU, HSB, MON_2025_12_15).natural().provided("M01", "M03"));
            assertThat(r.firedRules()).contains("hongsibu.shared-data.waive").doesNotContain("hongsibu.e-license", "national.e-license");
        }

        @Test
        void sharedDataIsWaivedFromTheDateThePlanIsTakenToApply() {
            AcceptanceResult on = run(app(HONGSIBU, HSB, d("2023-01-01")).natural());
            AcceptanceResult before = run(app(HONGSIBU, HSB, d("2022-12-31")).natural());
            assertThat(on.firedRules()).contains("hongsibu.shared-data.waive");
            assertThat(on.decision().getWaived()).extracting(Decision.WaivedItem::code).containsExactly("M02");
            Decision.Reason why = reason(on, "hongsibu.shared-data.waive");
            assertThat(why.clause()).isEqualTo(PLAN + " 三（三）9");
            assertThat(why.basis()).isEqualTo("TEXT");
            assertThat(why.interpretations()).as("the assumed date of the plan").containsExactly("HSB-INT-01");
            assertThat(before.firedRules()).doesNotContain("hongsibu.shared-data.waive");
        }

        @Test
        void incompleteApplicationIsNotifiedOnce() {
            AcceptanceResult r = run(app(HONGSIBU, HSB, MON_2025_12_15).natural().provided("M01").missing("M03"));
            assertThat(r.firedRules()).contains("hongsibu.notify.once").doesNotContain("hongsibu.on-the-spot");
            assertThat(r.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
            assertThat(supplementCodes(r.decision())).containsExactly("M03");
            assertThat(r.decision().getNotice()).isEqualTo(new Decision.Notice("一次性告知书", d("2025-12-22"), "DEEMED_ACCEPTED"));
        }

        @Test
        void completeImmediateMatterIsFinishedOnTheSpotOnTheGuidesWord() {
            AcceptanceResult r = run(app(HONGSIBU, HSB, MON_2025_12_15).natural().provided("M01", "M03"));
            assertThat(r.firedRules()).contains("hongsibu.on-the-spot").doesNotContain("hongsibu.notify.once");
            assertThat(r.decision().isCompletedOnTheSpot()).isTrue();
            assertThat(r.decision().getDueDate()).isEqualTo(MON_2025_12_15);
            // 三（二）5 "推进更多…当场办" is an aim, not a duty: the 办事指南's 即办件 is the basis.
            Decision.Reason why = reason(r, "hongsibu.on-the-spot");
            assertThat(why.clause()).isEqualTo(PLAN + " 三（二）5");
            assertThat(why.basis()).isEqualTo("LIST");
            assertThat(why.list().name()).isEqualTo("办事指南");
            assertThat(why.list().row()).isEqualTo(HSB);
            assertThat(why.discretionary()).isTrue();
        }

        @Test
        void listedTolerableMaterialWithCommitmentIsAcceptedFirstAtTheAgencysDiscretion() {
            AcceptanceResult r = runEdited(app(HONGSIBU, HSB, MON_2025_12_15).natural().provided("M01", "M03").missing("M05").signed());
            assertThat(r.firedRules()).contains("hongsibu.tolerance.accept-first");
            Decision d = r.decision();
            assertThat(d.getOutcome()).isEqualTo("ACCEPT_WITH_DEFICIENCY");
            assertThat(d.getSupplementDeadline()).isEqualTo(d("2025-12-22"));
            assertThat(d.getLateConsequence()).isEqualTo("NONE");
            // 四（五） only requires a published list: LIST, discretionary, conditions per HSB-INT-02.
            Decision.Reason why = reason(r, "hongsibu.tolerance.accept-first");
            assertThat(why.clause()).isEqualTo(PLAN + " 四（五）");
            assertThat(why.basis()).isEqualTo("LIST");
            assertThat(why.discretionary()).isTrue();
            assertThat(why.interpretations()).containsExactly("HSB-INT-01", "HSB-INT-02");
            assertThat(why.list().name()).isEqualTo("容缺受理事项清单");
            assertThat(why.list().row()).isEqualTo(HSB + "/M05");
            // A 即办件 (承诺 0 days) with a supplement pending until 12-22: named as a conflict.
            assertThat(d.getConflicts()).extracting(Decision.Conflict::code).containsExactly("SUPPLEMENT_AFTER_DUE_DATE");
        }

        @Test
        void listedTolerableMaterialWithoutCommitmentIsNotified() {
            AcceptanceResult r = runEdited(app(HONGSIBU, HSB, MON_2025_12_15).natural().provided("M01", "M03").missing("M05"));
            assertThat(r.firedRules()).doesNotContain("hongsibu.tolerance.accept-first").contains("hongsibu.notify.once");
            assertThat(r.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
        }

        @Test
        void elderlyApplicantIsOfferedAssistanceWhichIsNotPriorityHandling() {
            // The old reading set the priority flag; 帮办代办 (四（七）) is a different service.
            AcceptanceResult r = run(app(HONGSIBU, HSB, MON_2025_12_15).natural().groups("ELDERLY").provided("M01", "M03"));
            assertThat(r.firedRules()).contains("hongsibu.assistance.special-groups");
            assertThat(r.decision().isPriorityService()).isFalse();
            Decision.Reason why = reason(r, "hongsibu.assistance.special-groups");
            assertThat(why.clause()).isEqualTo(PLAN + " 四（七）");
            assertThat(why.discretionary()).isTrue();
            assertThat(why.shapesOutcome()).isFalse();
        }

        @Test
        void soldiersAreNotNamedByThePlan() {
            AcceptanceResult r = run(app(HONGSIBU, HSB, MON_2025_12_15).natural().groups("MILITARY").provided("M01", "M03"));
            assertThat(r.firedRules()).doesNotContain("hongsibu.assistance.special-groups");
            assertThat(r.decision().isPriorityService()).isFalse();
        }
    }

    /**
     * 告知承诺: the 告知承诺书 (letter) replaces only what the 告知承诺事项清单 row names (YC-SPJY-001 and XX-SPJY-001:
     * M04|M05|M06); reference credit records (rules/credit/credit-records.csv) decide who may use the route; refused,
     * the application goes the ordinary route as if no 容缺 commitment was signed, unless one was.
     */
    @Nested
    class Commitment {
        static final String XX_CLEAN = "91410700MA47D3E4F1";
        static final String XX_MINOR = "91410700MA47M1N2PL";       // MINOR since 2025-06-10
        static final String YC_MINOR = "91640100MA76Q3R4TH";       // MINOR since 2025-06-10
        static final String SERIOUS = "92640303MA77J8K9LW";        // SERIOUS since 2025-03-01
        static final String FALSE_REPAIRED = "91610100MA6U5G6H7N"; // FALSE_COMMITMENT 2025-01-15, repaired 2025-09-30
        static final String GUIDANCE = "国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见";

        @Test
        void theApplicationFormAndTheLetterAreEnoughTheListedMaterialsBeingReplaced() {
            // 新乡: M02 taken from the 电子证照, M03 spared by 第十九条, M04–M06 replaced by the letter.
            AcceptanceResult r = run(app(XINXIANG, "XX-SPJY-001", d("2026-03-02")).id(XX_CLEAN).commitmentRoute().letter().provided("M01"));
            assertThat(r.decision().getOutcome()).isEqualTo("APPROVE_BY_COMMITMENT");
            assertThat(r.firedRules()).contains("national.commitment.approve", "xinxiang.commitment.approve")
                    .doesNotContain("national.commitment.material-not-replaced", "national.outcome.notify-supplement",
                            "xinxiang.tolerance.not-only-tolerable");
            assertThat(r.decision().getWaived()).extracting(Decision.WaivedItem::code, Decision.WaivedItem::via)
                    .containsExactly(tuple("M02", "E_LICENSE"), tuple("M03", "DATA_SHARING"));
            assertThat(r.decision().getSupplementItems()).isEmpty();
            Decision.Reason why = reason(r, "national.commitment.approve");
            assertThat(why.clause()).isEqualTo(GUIDANCE);
            assertThat(why.basis()).isEqualTo("LIST");
            assertThat(why.interpretations()).containsExactly("NAT-42-01");
            assertThat(why.list().name()).isEqualTo("告知承诺事项清单");
            assertThat(why.list().row()).isEqualTo("XX-SPJY-001");
            assertThat(why.list().source()).contains("新乡市政务服务条例 第二十一条");
            assertThat(why.text()).contains("M04、M05、M06");
            assertThat(reason(r, "xinxiang.commitment.approve").clause()).isEqualTo("新乡市政务服务条例 第二十一条");
        }

        /** The list row's verification duty: 新乡 30 calendar days, 银川 20 working days, from the decision. */
        @Test
        void anApprovalByCommitmentIsToBeVerifiedWithinTheDaysItsListRowStates() {
            AcceptanceResult xx = run(app(XINXIANG, "XX-SPJY-001", d("2026-03-02")).id(XX_CLEAN).commitmentRoute()
                    .letter().provided("M01"));
            assertThat(xx.firedRules()).contains("xinxiang.commitment.verification-due")
                    .doesNotContain("xinxiang.commitment.verification-no-limit");
            assertThat(xx.decision().getVerification())
                    .isEqualTo(new Decision.Verification(d("2026-04-01"), 30, "CALENDAR", "现场核查"));
            Decision.Reason why = reason(xx, "xinxiang.commitment.verification-due");
            assertThat(why.clause()).isEqualTo("新乡市政务服务条例 第二十一条");
            assertThat(why.basis()).isEqualTo("LIST");
            assertThat(why.list().row()).isEqualTo("XX-SPJY-001");
            assertThat(why.text()).contains("作出决定后30日内现场核查").contains("2026-04-01");
            // 银川: 20 working days from Monday 2026-03-02 is Monday 2026-03-30.
            AcceptanceResult yc = run(app(YINCHUAN, "YC-SPJY-001", d("2026-03-02")).id(YC_MINOR).commitmentRoute()
                    .letter().provided("M01", "M03"));
            assertThat(yc.firedRules()).contains("yinchuan.commitment.verification-due")
                    .doesNotContain("yinchuan.commitment.verification-no-limit");
            assertThat(yc.decision().getVerification())
                    .isEqualTo(new Decision.Verification(d("2026-03-30"), 20, "WORKING", "现场核查"));
            assertThat(reason(yc, "yinchuan.commitment.verification-due").clause())
                    .isEqualTo(YINCHUAN_MEASURES + " 第二十六条");
            // Counter-example: an application not approved by commitment owes no verification.
            AcceptanceResult notified = run(app(XINXIANG, "XX-SPJY-001", d("2026-03-02")).id(XX_CLEAN).commitmentRoute()
                    .letter());
            assertThat(notified.firedRules()).doesNotContain("xinxiang.commitment.verification-due");
            assertThat(notified.decision().getVerification()).isNull();
        }

        @Test
        void aListRowStatingNoDaysGivesNoVerificationLimitAndSaysSo() {
            AcceptanceResult r = runEdited(app(XINXIANG, "XX-SPJY-001", d("2026-03-02")).id(XX_CLEAN).commitmentRoute()
                    .letter().provided("M01"));
            assertThat(r.decision().getOutcome()).isEqualTo("APPROVE_BY_COMMITMENT");
            assertThat(r.firedRules()).contains("xinxiang.commitment.verification-no-limit")
                    .doesNotContain("xinxiang.commitment.verification-due");
            assertThat(r.decision().getVerification()).isEqualTo(new Decision.Verification(null, null, null, "现场核查"));
            assertThat(reason(r, "xinxiang.commitment.verification-no-limit").text()).contains("未载明核查期限");
            assertThat(run(app(YINCHUAN, "YC-SPJY-001", d("2026-03-02")).id(YC_MINOR).commitmentRoute().letter()
                    .provided("M01", "M03")).firedRules()).doesNotContain("yinchuan.commitment.verification-no-limit");
        }

        @Test
        void withNothingSubmittedTheLetterDoesNotApproveAndEverythingIsNotified() {
            // The old reading approved on the letter alone. M01 is not on the list row: the ordinary route decides.
            AcceptanceResult r = run(app(XINXIANG, "XX-SPJY-001", d("2026-03-02")).id(XX_CLEAN).commitmentRoute().letter());
            assertThat(r.firedRules()).contains("national.commitment.material-not-replaced", "national.outcome.notify-supplement")
                    .doesNotContain("national.commitment.approve", "xinxiang.commitment.approve");
            Decision d = r.decision();
            assertThat(d.getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
            assertThat(supplementCodes(d)).containsExactly("M01", "M04", "M05", "M06");
            assertThat(d.getNotice()).isEqualTo(new Decision.Notice("一次性告知书", d("2026-03-09"), "DEEMED_ACCEPTED"));
            Decision.Reason why = reason(r, "national.commitment.material-not-replaced");
            assertThat(why.list().name()).isEqualTo("告知承诺事项清单");
            assertThat(why.interpretations()).containsExactly("NAT-42-01", "NAT-42-02");
            assertThat(why.text()).contains("M01");
        }

        @Test
        void ordinaryRouteNeverApprovesByCommitment() {
            AcceptanceResult r = run(app(XINXIANG, "XX-SPJY-001", d("2026-03-02")).id(XX_CLEAN).letter().signed().provided("M01"));
            assertThat(r.firedRules()).doesNotContain("national.commitment.approve", "national.commitment.not-signed",
                    "national.commitment.material-not-replaced");
            assertThat(r.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
        }

        @Test
        void anyUnrepairedRecordExcludesInXinxiang() {
            AcceptanceResult r = run(app(XINXIANG, "XX-SPJY-001", d("2026-03-02")).id(XX_MINOR).commitmentRoute().letter()
                    .provided("M01", "M04", "M05", "M06"));
            assertThat(r.firedRules()).contains("xinxiang.commitment.credit-excluded")
                    .doesNotContain("national.commitment.credit-excluded", "national.commitment.approve");
            assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT");
            assertThat(reason(r, "xinxiang.commitment.credit-excluded").clause()).isEqualTo("新乡市政务服务条例 第二十一条");
        }

        @Test
        void refusedForCreditWithOnlyTheLetterTheApplicantIsToldEverythingToSupplement() {
            // The letter is not a 容缺 commitment: refused, the application is decided as if none was signed.
            AcceptanceResult formOnly = run(app(XINXIANG, "XX-SPJY-001", d("2026-03-02")).id(XX_MINOR).commitmentRoute().letter()
                    .provided("M01"));
            assertThat(formOnly.firedRules()).contains("xinxiang.commitment.credit-excluded").doesNotContain("national.commitment.approve");
            assertThat(formOnly.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
            assertThat(supplementCodes(formOnly.decision())).containsExactly("M04", "M05", "M06");

            // Only tolerable M06 missing: still no tolerance, for want of a 容缺 commitment.
            AcceptanceResult onlyTolerable = run(app(XINXIANG, "XX-SPJY-001", d("2026-03-02")).id(XX_MINOR).commitmentRoute().letter()
                    .provided("M01", "M04", "M05"));
            assertThat(onlyTolerable.firedRules()).contains("xinxiang.commitment.credit-excluded", "xinxiang.tolerance.no-commitment")
                    .doesNotContain("xinxiang.tolerance.accept-first");
            assertThat(onlyTolerable.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT").isNotEqualTo("ACCEPT_WITH_DEFICIENCY");
            assertThat(supplementCodes(onlyTolerable.decision())).containsExactly("M06");
        }

        @Test
        void refusedForCreditWithBothDocumentsTheToleranceCommitmentStillCounts() {
            // 2026-03-02 + 10 working days (list) → 03-16, after the promised 5 (03-09): a conflict as well.
            AcceptanceResult r = run(app(XINXIANG, "XX-SPJY-001", d("2026-03-02")).id(XX_MINOR).commitmentRoute().letter().signed()
                    .provided("M01", "M04", "M05"));
            assertThat(r.firedRules()).contains("xinxiang.commitment.credit-excluded", "xinxiang.tolerance.accept-first");
            assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT_WITH_DEFICIENCY");
            assertThat(r.decision().getSupplementDeadline()).isEqualTo(d("2026-03-16"));
            assertThat(r.decision().getConflicts()).extracting(Decision.Conflict::code).containsExactly("SUPPLEMENT_AFTER_DUE_DATE");
        }

        @Test
        void olderClientsSignedFlagIsTheLetterOnTheCommitmentRouteAndTheToleranceCommitmentElsewhere() {
            AcceptanceQuery onRoute = app(XINXIANG, "XX-SPJY-001", d("2026-03-02")).id(XX_CLEAN).commitmentRoute().signed()
                    .provided("M01").legacyQuery();
            assertThat(onRoute.letterSigned()).isTrue();
            assertThat(onRoute.commitmentSigned()).isFalse();
            assertThat(onRoute.channel()).isEqualTo("WINDOW");
            assertThat(onRoute.receivedOn()).isEqualTo(d("2026-03-02"));
            assertThat(engine.evaluate(rs, onRoute).decision().getOutcome()).isEqualTo("APPROVE_BY_COMMITMENT");

            AcceptanceQuery ordinary = app(XINXIANG, "XX-SPJY-001", MON_2025_12_15).signed().provided("M01", "M04", "M05").legacyQuery();
            assertThat(ordinary.commitmentSigned()).isTrue();
            assertThat(ordinary.letterSigned()).isFalse();
            assertThat(engine.evaluate(rs, ordinary).decision().getOutcome()).isEqualTo("ACCEPT_WITH_DEFICIENCY");

            // Refused for credit, the older client's flag is not taken as a 容缺 commitment.
            AcceptanceQuery refused = app(XINXIANG, "XX-SPJY-001", d("2026-03-02")).id(XX_MINOR).commitmentRoute().signed()
                    .provided("M01", "M04", "M05").legacyQuery();
            assertThat(engine.evaluate(rs, refused).decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
        }

        @Test
        void aRecordCountsFromItsRecordedDayOnly() {
            AcceptanceResult before = run(app(XINXIANG, "XX-SPJY-001", d("2025-06-09")).id(XX_MINOR).commitmentRoute().letter().provided("M01"));
            assertThat(before.firedRules()).doesNotContain("xinxiang.commitment.credit-excluded");
            assertThat(before.decision().getOutcome()).isEqualTo("APPROVE_BY_COMMITMENT");
            AcceptanceResult on = run(app(XINXIANG, "XX-SPJY-001", d("2025-06-10")).id(XX_MINOR).commitmentRoute().letter().provided("M01"));
            assertThat(on.firedRules()).contains("xinxiang.commitment.credit-excluded");
        }

        @Test
        void aMinorRecordDoesNotExcludeUnderTheNationalBaselineInYinchuan() {
            AcceptanceResult r = run(app(YINCHUAN, "YC-SPJY-001", d("2026-03-02")).id(YC_MINOR).commitmentRoute().letter()
                    .provided("M01", "M03"));
            assertThat(r.firedRules()).contains("national.commitment.approve", "yinchuan.commitment.approve")
                    .doesNotContain("national.commitment.credit-excluded");
            assertThat(r.decision().getOutcome()).isEqualTo("APPROVE_BY_COMMITMENT");
            // 银川 第二十六条 only requires the list: the approval rests on the list row (LIST), not on 新乡's words.
            Decision.Reason city = reason(r, "yinchuan.commitment.approve");
            assertThat(city.clause()).isEqualTo(YINCHUAN_MEASURES + " 第二十六条");
            assertThat(city.basis()).isEqualTo("LIST");
            assertThat(city.list().row()).isEqualTo("YC-SPJY-001");
        }

        @Test
        void aSeriousRecordExcludesAndTheLetterIsNoToleranceCommitment() {
            // The old reading took the letter for a 容缺 commitment and accepted with deficiency.
            AcceptanceResult letterOnly = run(app(YINCHUAN, "YC-SPJY-001", d("2026-03-02")).id(SERIOUS).commitmentRoute().letter()
                    .provided("M01", "M03", "M04", "M05"));
            assertThat(letterOnly.firedRules()).contains("national.commitment.credit-excluded", "yinchuan.tolerance.no-commitment")
                    .doesNotContain("national.commitment.approve", "yinchuan.tolerance.accept-first");
            assertThat(letterOnly.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
            assertThat(supplementCodes(letterOnly.decision())).containsExactly("M06");
            Decision.Reason why = reason(letterOnly, "national.commitment.credit-excluded");
            assertThat(why.clause()).isEqualTo(GUIDANCE);
            assertThat(why.interpretations()).contains("NAT-42-01", "NAT-42-02");

            AcceptanceResult both = run(app(YINCHUAN, "YC-SPJY-001", d("2026-03-02")).id(SERIOUS).commitmentRoute().letter().signed()
                    .provided("M01", "M03", "M04", "M05"));
            assertThat(both.firedRules()).contains("national.commitment.credit-excluded", "yinchuan.tolerance.accept-first");
            assertThat(both.decision().getOutcome()).isEqualTo("ACCEPT_WITH_DEFICIENCY");
        }

        @Test
        void aFalseCommitmentStopsCountingOnItsRepairDay() {
            // In 新乡 (its list published since 2024-03-01); the national exclusion and 新乡's both count the record.
            AcceptanceResult dayBefore = run(app(XINXIANG, "XX-SPJY-001", d("2025-09-29")).id(FALSE_REPAIRED).commitmentRoute().letter()
                    .provided("M01"));
            assertThat(dayBefore.firedRules()).contains("national.commitment.credit-excluded", "xinxiang.commitment.credit-excluded");
            AcceptanceResult repairDay = run(app(XINXIANG, "XX-SPJY-001", d("2025-09-30")).id(FALSE_REPAIRED).commitmentRoute().letter()
                    .provided("M01"));
            assertThat(repairDay.firedRules()).contains("national.commitment.approve")
                    .doesNotContain("national.commitment.credit-excluded", "xinxiang.commitment.credit-excluded");
        }

        @Test
        void yinchuansCommitmentListIsNoBasisBeforeItIsPublished() {
            // The 银川 row is published from 2025-12-01: on 2025-09-30 the matter is not on a published list.
            AcceptanceResult before = run(app(YINCHUAN, "YC-SPJY-001", d("2025-09-30")).id(FALSE_REPAIRED).commitmentRoute().letter()
                    .provided("M01", "M03"));
            assertThat(before.firedRules()).contains("national.commitment.not-listed").doesNotContain("national.commitment.approve");
            assertThat(before.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
            assertThat(supplementCodes(before.decision())).containsExactly("M04", "M05", "M06");
            AcceptanceResult on = run(app(YINCHUAN, "YC-SPJY-001", d("2025-12-01")).id(FALSE_REPAIRED).commitmentRoute().letter()
                    .provided("M01", "M03"));
            assertThat(on.firedRules()).contains("national.commitment.approve").doesNotContain("national.commitment.not-listed");
        }

        @Test
        void inYinchuanAtTheWindowTheLetterDoesNotReplaceTheSharedMaterial() {
            AcceptanceResult window = run(app(YINCHUAN, "YC-SPJY-001", d("2026-03-02")).id(XX_CLEAN).commitmentRoute().letter().provided("M01"));
            assertThat(window.firedRules()).contains("national.commitment.material-not-replaced", "yinchuan.shared-data.window")
                    .doesNotContain("national.commitment.approve");
            assertThat(window.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
            assertThat(supplementCodes(window.decision())).containsExactly("M03", "M04", "M05", "M06");
            // Online, 716号 第七条 spares M03 and the letter replaces the rest.
            AcceptanceResult online = run(app(YINCHUAN, "YC-SPJY-001", d("2026-03-02")).id(XX_CLEAN).commitmentRoute().letter().online()
                    .provided("M01"));
            assertThat(online.firedRules()).contains("national.online.shared-data", "national.commitment.approve");
            assertThat(online.decision().getOutcome()).isEqualTo("APPROVE_BY_COMMITMENT");
        }

        @Test
        void aMatterOffTheCommitmentListGoesTheOrdinaryRoute() {
            AcceptanceResult r = run(app(XIAN, "XA-SPJY-001", d("2026-03-02")).id(XX_CLEAN).commitmentRoute().letter()
                    .provided("M01", "M04", "M05", "M06"));
            assertThat(r.firedRules()).contains("national.commitment.not-listed").doesNotContain("national.commitment.approve");
            assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT");
            assertThat(reason(r, "national.commitment.not-listed").basis()).isEqualTo("LIST");
        }

        @Test
        void anUnsignedCommitmentGoesTheOrdinaryRoute() {
            AcceptanceResult r = run(app(YINCHUAN, "YC-SPJY-001", d("2026-03-02")).id(XX_CLEAN).commitmentRoute()
                    .provided("M01", "M03", "M04", "M05", "M06"));
            assertThat(r.firedRules()).contains("national.commitment.not-signed").doesNotContain("national.commitment.approve");
            assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT");
        }

        @Test
        void aToleranceCommitmentAloneIsNoLetter() {
            AcceptanceResult r = run(app(XINXIANG, "XX-SPJY-001", d("2026-03-02")).id(XX_CLEAN).commitmentRoute().signed().provided("M01"));
            assertThat(r.firedRules()).contains("national.commitment.not-signed").doesNotContain("national.commitment.approve");
            assertThat(r.decision().getOutcome()).isEqualTo("NOTIFY_SUPPLEMENT");
        }
    }

    @Test
    void everyRuleOfTheSampleIsCoveredByThisClass() {
        // Case transition rules (ids with ".case.") are covered by org.zwfw.cases.CaseRulesTest; fee rules (ids with
        // ".fee.") by org.zwfw.fees.FeeRulesTest; catalog lint rules (ids with ".lint.") by
        // org.zwfw.lint.CatalogLintRulesTest; policy-list rules (".policy-lists.") by
        // org.zwfw.policies.PolicyListRulesTest; derived-fact rules (".facts.") by DerivedFactsTest; the draft's rules
        // by YinchuanDraft above; services rules (".services.") by org.zwfw.services.ServicesRulesTest; bundle
        // rules (".bundle.") by org.zwfw.bundles.BundleRulesTest; supervision rules by
        // org.zwfw.supervision.SupervisionRulesTest.
        RulesNamedInTests.assertEveryRuleNamed(rs, id -> !id.startsWith("yinchuan-draft.") && !id.contains(".case.")
                && !id.contains(".fee.") && !id.contains(".lint.") && !id.contains(".policy-lists.")
                && !id.contains(".facts.") && !id.contains(".services.") && !id.contains(".bundle.")
                && !org.zwfw.supervision.SupervisionRulesTest.isSupervisionRule(id), getClass());
    }
}
