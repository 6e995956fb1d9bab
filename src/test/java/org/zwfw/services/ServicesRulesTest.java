package org.zwfw.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RulesFolder;
import org.zwfw.engine.RulesNamedInTests;
import org.zwfw.engine.SampleRules;
import org.zwfw.services.facts.ServicesDecision;

/**
 * One services rule at a time, on the engine: a question that fires it and a counter-example that does not. The sample
 * lists name every 新乡 and 红寺堡 matter, so {@link #edited} is a copy where 新乡 XX-SGXK-002 and 红寺堡 HSB-GTGS-004
 * are taken off the 就近办/通办 list and 新乡 lists XX-SPJY-001 as a complex matter of a field the text does not name.
 */
class ServicesRulesTest {
    static final String XX = "410700";
    static final String YC = "640100";
    static final String HSB = "640303";
    static final String XA = "610100";
    static final LocalDate JAN_15_2026 = LocalDate.of(2026, 1, 15);

    static RuleSet rs;
    static RuleSet edited;
    static RuleSet narrowed;

    @TempDir
    static Path scratch2;

    @TempDir
    static Path scratch;

    @BeforeAll
    static void load() {
        rs = SampleRules.get();
        RulesFolder f = RulesFolder.copyOfSample(scratch);
        f.keepRows("henan/xinxiang/catalog/service-lists.csv", r -> !r.get("matter_code").equals("XX-SGXK-002"));
        f.keepRows("ningxia/wuzhong/hongsibu/catalog/service-lists.csv", r -> !r.get("matter_code").equals("HSB-GTGS-004"));
        f.appendLines("henan/xinxiang/catalog/complex-matters.csv",
                "410700,XX-SPJY-001,食品经营,测试数据：复杂事项清单（示意）,新乡市政务服务条例 第二十六条,2024-03-01");
        edited = f.load();
        // A second copy where 红寺堡 keeps HSB-GTGS-004 on its list but sends it down nowhere and opens no 通办.
        narrowed = RulesFolder.copyOfSample(scratch2).edit("ningxia/wuzhong/hongsibu/catalog/service-lists.csv",
                s -> s.replace("640303,HSB-GTGS-004,Y,Y,CROSS_PROVINCE,Y,", "640303,HSB-GTGS-004,N,N,NONE,N,")).load();
    }

    /** A services question as an intake system would put it. */
    static final class Q {
        final String jurisdiction;
        final String matter;
        LocalDate asOf = JAN_15_2026;
        String level = "CENTER";
        String region;
        Set<String> groups = Set.of();
        boolean immobile;
        Set<String> kinds = Set.of();
        boolean onEdited;
        boolean onNarrowed;

        Q(String jurisdiction, String matter) {
            this.jurisdiction = jurisdiction;
            this.matter = matter;
        }

        Q at(String level) { this.level = level; return this; }
        Q from(String region) { this.region = region; return this; }
        Q groups(String... g) { this.groups = Set.of(g); return this; }
        Q immobile() { this.immobile = true; return this; }
        Q project(String... k) { this.kinds = Set.of(k); return this; }
        Q edited() { this.onEdited = true; return this; }
        Q narrowed() { this.onNarrowed = true; return this; }

        /** Runs the question with 银川市政务服务管理办法（草案） in force in place of the 2025 measures (a what-if). */
        ServicesResult runUnderTheDraft() {
            ServicesQuery q = new ServicesQuery(jurisdiction, matter, asOf, "WINDOW", level, null, region, null, null,
                    groups, immobile, kinds);
            org.zwfw.lawbook.Instrument draft = rs.instruments().stream()
                    .filter(i -> i.id().equals("yinchuan-draft-2025")).findFirst().orElseThrow();
            List<org.zwfw.lawbook.Instrument> applying = new java.util.ArrayList<>(rs.applicable(rs.catalog().chain(jurisdiction), asOf)
                    .stream().filter(i -> !i.jurisdiction().equals(YC)).toList());
            applying.add(draft);
            return new ServicesEngine().evaluate(rs, q, applying, null);
        }

        ServicesResult run() {
            ServicesQuery q = new ServicesQuery(jurisdiction, matter, asOf, "WINDOW", level, null, region, null, null,
                    groups, immobile, kinds);
            return new ServicesEngine().evaluate(onEdited ? edited : onNarrowed ? narrowed : rs, q);
        }

        @Override
        public String toString() {
            return jurisdiction + "/" + matter + " at " + level + (region == null ? "" : " from " + region)
                    + (onEdited ? " (edited)" : "") + (onNarrowed ? " (narrowed)" : "") + " kinds " + kinds + " groups " + groups + (immobile ? " immobile" : "");
        }
    }

    static Q q(String jurisdiction, String matter) {
        return new Q(jurisdiction, matter);
    }

    /** A rule, a question that fires it and one that does not. */
    record Case(String rule, Q fires, Q doesNot) {
        @Override
        public String toString() { return rule; }
    }

    static Stream<Case> cases() {
        return Stream.of(
                // 新乡市政务服务条例
                new Case("xinxiang.services.center", q(XX, "XX-SPJY-001"), q(XX, "XX-SPJY-001").at("TOWNSHIP")),
                new Case("xinxiang.services.nearby-listed", q(XX, "XX-GTGS-004").at("VILLAGE"), q(XX, "XX-SPJY-001").at("TOWNSHIP")),
                new Case("xinxiang.services.nearby-not-sent-down", q(XX, "XX-SPJY-001").at("TOWNSHIP"), q(XX, "XX-GTGS-004").at("TOWNSHIP")),
                new Case("xinxiang.services.nearby-not-listed", q(XX, "XX-SGXK-002").at("TOWNSHIP").edited(), q(XX, "XX-SGXK-002").at("TOWNSHIP")),
                new Case("xinxiang.services.region-local", q(XX, "XX-SPJY-001").from("410702"), q(XX, "XX-SPJY-001").from("410100")),
                new Case("xinxiang.services.region-covered", q(XX, "XX-GTGS-004").from("640104"), q(XX, "XX-SPJY-001").from("410100")),
                new Case("xinxiang.services.region-not-covered", q(XX, "XX-SPJY-001").from("410100"), q(XX, "XX-GTGS-004").from("410100")),
                new Case("xinxiang.services.region-not-listed", q(XX, "XX-SGXK-002").from("640104").edited(), q(XX, "XX-SGXK-002").from("640104")),
                new Case("xinxiang.services.cross-region-listed", q(XX, "XX-SGXK-002"), q(XX, "XX-SGXK-002").edited()),
                new Case("xinxiang.services.online-listed", q(XX, "XX-GTGS-004"), q(XX, "XX-SGXK-002").edited()),
                new Case("xinxiang.services.scope-not-listed", q(XX, "XX-SGXK-002").edited(), q(XX, "XX-SGXK-002")),
                new Case("xinxiang.services.full-process-named", q(XX, "XX-SGXK-002").project("KEY_INVESTMENT"), q(XX, "XX-SGXK-002").project("OTHER_INVESTMENT")),
                new Case("xinxiang.services.full-process-not-named", q(XX, "XX-SGXK-002").project("OTHER_INVESTMENT"), q(XX, "XX-SGXK-002").project("OTHER_INVESTMENT", "TECH_INNOVATION")),
                new Case("xinxiang.services.complex-named", q(XX, "XX-SGXK-002"), q(XX, "XX-SPJY-001")),
                new Case("xinxiang.services.complex-other", q(XX, "XX-SPJY-001").edited(), q(XX, "XX-SPJY-001")),
                new Case("xinxiang.services.other-on-application", q(XX, "XX-SPJY-001"), q(XX, "XX-SPJY-001").project("STATE_ENCOURAGED")),
                new Case("xinxiang.services.home-visit", q(XX, "XX-SPJY-001").immobile(), q(XX, "XX-SPJY-001")),
                new Case("xinxiang.services.home-visit-not-named", q(XX, "XX-SPJY-001"), q(XX, "XX-SPJY-001").immobile()),
                new Case("xinxiang.services.green-channel", q(XX, "XX-SPJY-001").groups("MILITARY"), q(XX, "XX-SPJY-001").groups("PREGNANT")),
                // 银川市政务服务管理办法
                new Case("yinchuan.services.center", q(YC, "YC-SPJY-001"), q(YC, "YC-SPJY-001").at("VILLAGE")),
                new Case("yinchuan.services.nearby-listed", q(YC, "YC-BDC-003").at("TOWNSHIP"), q(YC, "YC-BDC-003").at("VILLAGE")),
                new Case("yinchuan.services.nearby-not-sent-down", q(YC, "YC-BDC-003").at("VILLAGE"), q(YC, "YC-BDC-003").at("TOWNSHIP")),
                new Case("yinchuan.services.nearby-not-listed", q(YC, "YC-SGXK-002").at("TOWNSHIP"), q(YC, "YC-BDC-003").at("TOWNSHIP")),
                new Case("yinchuan.services.region-local", q(YC, "YC-SGXK-002").from("640104"), q(YC, "YC-SGXK-002").from("640303")),
                new Case("yinchuan.services.region-covered", q(YC, "YC-SPJY-001").from("410702"), q(YC, "YC-BDC-003").from("640303")),
                new Case("yinchuan.services.region-not-covered", q(YC, "YC-BDC-003").from("640303"), q(YC, "YC-SPJY-001").from("640303")),
                new Case("yinchuan.services.region-not-listed", q(YC, "YC-SGXK-002").from("640303"), q(YC, "YC-BDC-003").from("640303")),
                new Case("yinchuan.services.cross-region-listed", q(YC, "YC-BDC-003"), q(YC, "YC-SGXK-002")),
                new Case("yinchuan.services.online-listed", q(YC, "YC-SPJY-001"), q(YC, "YC-SGXK-002")),
                new Case("yinchuan.services.scope-not-listed", q(YC, "YC-SGXK-002"), q(YC, "YC-SPJY-001")),
                new Case("yinchuan.services.full-process-named", q(YC, "YC-SGXK-002").project("MAJOR_ATTRACTED_INVESTMENT"), q(YC, "YC-SGXK-002")),
                new Case("yinchuan.services.full-process-not-named", q(YC, "YC-SGXK-002").project("OTHER_INVESTMENT"), q(YC, "YC-SGXK-002").project("KEY_INVESTMENT")),
                new Case("yinchuan.services.complex-named", q(YC, "YC-SGXK-002"), q(YC, "YC-BDC-003")),
                new Case("yinchuan.services.complex-other", q(YC, "YC-BDC-003"), q(YC, "YC-SGXK-002")),
                new Case("yinchuan.services.other-on-application", q(YC, "YC-SPJY-001"), q(YC, "YC-SGXK-002")),
                new Case("yinchuan.services.home-visit", q(YC, "YC-SPJY-001").immobile(), q(YC, "YC-SPJY-001")),
                new Case("yinchuan.services.home-visit-not-named", q(YC, "YC-SPJY-001"), q(YC, "YC-SPJY-001").immobile()),
                new Case("yinchuan.services.green-channel", q(YC, "YC-SPJY-001").groups("PREGNANT"), q(YC, "YC-SPJY-001")),
                // 红寺堡 plan
                new Case("hongsibu.services.center", q(HSB, "HSB-GTGS-004"), q(HSB, "HSB-GTGS-004").at("VILLAGE")),
                new Case("hongsibu.services.nearby-listed", q(HSB, "HSB-GTGS-004").at("VILLAGE"), q(HSB, "HSB-GTGS-004").at("VILLAGE").edited()),
                new Case("hongsibu.services.nearby-not-sent-down", q(HSB, "HSB-GTGS-004").at("TOWNSHIP").narrowed(), q(HSB, "HSB-GTGS-004").at("TOWNSHIP")),
                new Case("hongsibu.services.nearby-not-listed", q(HSB, "HSB-GTGS-004").at("TOWNSHIP").edited(), q(HSB, "HSB-GTGS-004").at("TOWNSHIP")),
                new Case("hongsibu.services.region-local", q(HSB, "HSB-GTGS-004").from("640303"), q(HSB, "HSB-GTGS-004").from("640302")),
                new Case("hongsibu.services.region-covered", q(HSB, "HSB-GTGS-004").from("640302"), q(HSB, "HSB-GTGS-004").from("640302").edited()),
                new Case("hongsibu.services.region-not-covered", q(HSB, "HSB-GTGS-004").from("640302").narrowed(), q(HSB, "HSB-GTGS-004").from("640302")),
                new Case("hongsibu.services.region-not-listed", q(HSB, "HSB-GTGS-004").from("640104").edited(), q(HSB, "HSB-GTGS-004").from("640104")),
                new Case("hongsibu.services.cross-region-listed", q(HSB, "HSB-GTGS-004"), q(HSB, "HSB-GTGS-004").edited()),
                new Case("hongsibu.services.online-listed", q(HSB, "HSB-GTGS-004"), q(HSB, "HSB-GTGS-004").edited()),
                new Case("hongsibu.services.scope-not-listed", q(HSB, "HSB-GTGS-004").edited(), q(HSB, "HSB-GTGS-004")),
                new Case("hongsibu.services.assistance", q(HSB, "HSB-GTGS-004"), q(XX, "XX-SPJY-001")),
                new Case("hongsibu.services.assistance-window", q(HSB, "HSB-GTGS-004").groups("DISABLED"), q(HSB, "HSB-GTGS-004").groups("MILITARY")),
                new Case("hongsibu.services.home-visit", q(HSB, "HSB-GTGS-004"), q(YC, "YC-SPJY-001")),
                // 西安 (no service list on file)
                new Case("xian.services.center", q(XA, "XA-SPJY-001"), q(XA, "XA-SPJY-001").at("TOWNSHIP")),
                new Case("xian.services.nearby-not-listed", q(XA, "XA-SPJY-001").at("TOWNSHIP"), q(XA, "XA-SPJY-001")),
                new Case("xian.services.region-local", q(XA, "XA-SPJY-001").from("610113"), q(XA, "XA-SPJY-001").from("610200")),
                new Case("xian.services.region-not-listed", q(XA, "XA-SPJY-001").from("610200"), q(XA, "XA-SPJY-001").from("610113")),
                new Case("xian.services.scope-not-listed", q(XA, "XA-SPJY-001"), q(XX, "XX-SPJY-001")),
                new Case("xian.services.home-visit", q(XA, "XA-SPJY-001"), q(XX, "XX-SPJY-001")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleFiresAndItsCounterExampleDoesNot(Case c) {
        assertThat(c.fires().run().firedRules()).as("rules fired for %s", c.fires()).contains(c.rule());
        assertThat(c.doesNot().run().firedRules()).as("rules fired for %s", c.doesNot()).doesNotContain(c.rule());
    }

    /** The draft's rules, each fired by the 银川 question of its 2025 counterpart run under the draft. */
    static Stream<String> draftRules() {
        return Stream.of("yinchuan-draft.services.center", "yinchuan-draft.services.nearby-listed",
                "yinchuan-draft.services.nearby-not-sent-down", "yinchuan-draft.services.nearby-not-listed",
                "yinchuan-draft.services.region-local", "yinchuan-draft.services.region-covered",
                "yinchuan-draft.services.region-not-covered", "yinchuan-draft.services.region-not-listed",
                "yinchuan-draft.services.cross-region-listed", "yinchuan-draft.services.online-listed",
                "yinchuan-draft.services.scope-not-listed", "yinchuan-draft.services.full-process-named",
                "yinchuan-draft.services.full-process-not-named", "yinchuan-draft.services.complex-named",
                "yinchuan-draft.services.complex-other", "yinchuan-draft.services.other-on-application",
                "yinchuan-draft.services.home-visit", "yinchuan-draft.services.home-visit-not-named",
                "yinchuan-draft.services.green-channel");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("draftRules")
    void eachDraftRuleFiresOnlyWhenAWhatIfPutsTheDraftInForce(String rule) {
        String counterpart = rule.replace("yinchuan-draft.", "yinchuan.");
        Case c = cases().filter(x -> x.rule().equals(counterpart)).findFirst().orElseThrow();
        // 孕妇 is not among the draft's 第二十九条 groups: its green channel is shown with an elderly applicant.
        Q fires = rule.endsWith("green-channel") ? q(YC, "YC-SPJY-001").groups("ELDERLY") : c.fires();
        assertThat(fires.runUnderTheDraft().firedRules()).as("under the draft: %s", fires).contains(rule)
                .noneMatch(id -> id.startsWith("yinchuan.services."));
        assertThat(c.doesNot().runUnderTheDraft().firedRules()).as("under the draft: %s", c.doesNot()).doesNotContain(rule);
        assertThat(fires.run().firedRules()).as("as the law stands: %s", fires).doesNotContain(rule);
    }

    @Test
    void everyServicesRuleIsCoveredByThisClass() {
        RulesNamedInTests.assertEveryRuleNamed(rs, id -> id.contains(".services."), getClass());
    }

    // ---- what the rules conclude (issue 15's done-means and the shape of each conclusion) ----

    @Test
    void aFoodLicenceIsNotAppliedForAtATownshipCentreButASoleTraderRegistrationIsEvenAtAVillage() {
        ServicesDecision food = q(XX, "XX-SPJY-001").at("TOWNSHIP").run().decision();
        assertThat(food.getMayApplyHere()).isFalse();
        assertThat(food.getReasons()).anySatisfy(r -> {
            assertThat(r.clause()).isEqualTo("新乡市政务服务条例 第十三条");
            assertThat(r.basis()).isEqualTo("LIST");
            assertThat(r.discretionary()).isTrue();
            assertThat(r.list().source()).contains("示例数据");
        });
        ServicesDecision trader = q(XX, "XX-GTGS-004").at("VILLAGE").run().decision();
        assertThat(trader.getMayApplyHere()).isTrue();
    }

    @Test
    void aSoleTraderRegistrationMayBeAppliedForFromNingxiaWhollyOnline() {
        ServicesDecision d = q(XX, "XX-GTGS-004").from("640104").run().decision();
        assertThat(d.getMayApplyHere()).isTrue();
        assertThat(d.getRegionAllowed()).isTrue();
        assertThat(d.getCrossRegion()).isEqualTo("CROSS_PROVINCE");
        assertThat(d.getWholeProcessOnline()).isTrue();
        ServicesDecision food = q(XX, "XX-SPJY-001").from("640104").run().decision();
        assertThat(food.getMayApplyHere()).isFalse();
        assertThat(food.getCrossRegion()).isEqualTo("CITY_WIDE");
    }

    @Test
    void aKeyInvestmentProjectGetsFreeFullProcessAssistanceCitingArticle26() {
        ServicesDecision d = q(XX, "XX-SGXK-002").project("KEY_INVESTMENT").run().decision();
        assertThat(d.getAssistanceKind()).isEqualTo("FULL_PROCESS");
        assertThat(d.getAssistanceKinds()).containsExactly("FULL_PROCESS", "ON_APPLICATION", "CONSULTATION");
        assertThat(d.isFree()).isTrue();
        assertThat(d.isAssistanceDiscretionary()).isFalse();
        assertThat(d.getReasons()).anySatisfy(r -> {
            assertThat(r.rule()).isEqualTo("xinxiang.services.full-process-named");
            assertThat(r.clause()).isEqualTo("新乡市政务服务条例 第二十六条");
            assertThat(r.text()).contains("无偿提供全程帮办代办");
            assertThat(r.discretionary()).isFalse();
        });
    }

    @Test
    void aKindTheTextDoesNotNameIsDiscretionaryNotRefused() {
        ServicesDecision d = q(YC, "YC-SPJY-001").project("OTHER_INVESTMENT").run().decision();
        assertThat(d.getAssistanceKind()).isEqualTo("FULL_PROCESS");
        assertThat(d.isAssistanceDiscretionary()).isTrue();
    }

    @Test
    void aComplexMatterGetsBothConsultationAndOnApplication() {
        ServicesDecision d = q(YC, "YC-SGXK-002").run().decision();
        assertThat(d.getAssistanceKinds()).containsExactly("ON_APPLICATION", "CONSULTATION");
        assertThat(d.getAssistanceKind()).isEqualTo("ON_APPLICATION");
        assertThat(d.isAssistanceDiscretionary()).isFalse();
    }

    @Test
    void homeVisitAndAssistanceWindowNeverSetPriority() {
        ServicesDecision visit = q(XX, "XX-SPJY-001").immobile().run().decision();
        assertThat(visit.getHomeVisit()).isTrue();
        assertThat(visit.isHomeVisitDiscretionary()).isTrue();
        assertThat(visit.isPriorityService()).isFalse();
        ServicesDecision window = q(HSB, "HSB-GTGS-004").groups("ELDERLY").run().decision();
        assertThat(window.isAssistanceWindow()).isTrue();
        assertThat(window.isPriorityService()).isFalse();
        ServicesDecision green = q(XX, "XX-SPJY-001").groups("ELDERLY").run().decision();
        assertThat(green.isPriorityService()).isTrue();
        assertThat(green.getHomeVisit()).isFalse();
    }

    @Test
    void everyReasonNamesRuleClauseAndBasis() {
        for (Q question : List.of(q(XX, "XX-GTGS-004").at("VILLAGE").from("640104").project("TECH_INNOVATION").immobile(),
                q(HSB, "HSB-GTGS-004").at("TOWNSHIP").from("640302").groups("ELDERLY"), q(XA, "XA-SPJY-001").from("110101"))) {
            assertThat(question.run().decision().getReasons()).as(question.toString()).isNotEmpty().allSatisfy(r -> {
                assertThat(r.clause()).isNotBlank();
                assertThat(r.basis()).isIn("TEXT", "LIST", "INTERPRETATION");
                if ("LIST".equals(r.basis())) {
                    assertThat(r.list()).isNotNull();
                }
                if ("INTERPRETATION".equals(r.basis())) {
                    assertThat(r.interpretations()).isNotEmpty();
                }
            });
        }
    }
}
