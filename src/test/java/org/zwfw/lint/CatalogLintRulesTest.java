package org.zwfw.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.runtime.KieSession;
import org.zwfw.acceptance.AcceptanceEngine;
import org.zwfw.catalog.Jurisdiction;
import org.zwfw.lint.facts.Breach;
import org.zwfw.lawbook.Instrument;
import org.zwfw.kernel.Problem;
import org.zwfw.engine.RuleInfo;
import org.zwfw.engine.RuleSet;
import org.zwfw.kernel.RulesFolders;
import org.zwfw.engine.SampleRules;

/**
 * The catalog lint rules (rules/**&#47;lint.drl), one at a time on the sample catalogs: an edit of a clean sample
 * catalog that makes exactly that rule report exactly one breach with its clause, and counter-examples where it must
 * not (the same edit before its instrument is in force, the boundary, the national rule standing back for a local
 * one). The last test checks that every ".lint." rule of the rule set has both.
 */
class CatalogLintRulesTest {
    static final String YINCHUAN = "640100";
    static final String XINXIANG = "410700";
    static final String XIAN = "610100";
    static final String HONGSIBU = "640303";

    static final String XA = "西安市政务服务标准化管理办法（试行） ";
    static final String XX = "新乡市政务服务条例 ";
    static final String YC = "银川市政务服务管理办法 ";
    static final String LAW = "中华人民共和国行政许可法 ";
    static final String ONLINE = "国务院关于在线政务服务的若干规定 ";

    /** A day every instrument but 银川 2025 is in force, one when all are, and the day before each local text. */
    static final String MID_2025 = "2025-06-02";
    static final String DEC_2025 = "2025-12-15";
    static final String BEFORE_YINCHUAN = "2025-11-30";
    static final String BEFORE_XINXIANG = "2024-02-29";
    static final String BEFORE_XIAN = "2021-08-25";

    static RuleSet rs;

    @TempDir
    static Path scratch;

    @BeforeAll
    static void load() {
        rs = SampleRules.get();
    }

    /** An edit of one table of a jurisdiction's sample catalog. */
    record Edit(String jurisdiction, String table, UnaryOperator<String> change) {
        static Edit of(String jurisdiction, String table, String from, String to) {
            return new Edit(jurisdiction, table, s -> {
                assertThat(s).as(table + " contains " + from).contains(from);
                return s.replace(from, to);
            });
        }

        /** The sample as published. */
        static Edit none(String jurisdiction) {
            return new Edit(jurisdiction, "matters.csv", s -> s);
        }

        static Edit append(String jurisdiction, String table, String line) {
            return new Edit(jurisdiction, table, s -> s + line + "\n");
        }

        @Override
        public String toString() { return jurisdiction + " " + table; }
    }

    /** A case where the rule fires: the edit, the date, and the one breach it must give. */
    record Fires(String rule, Edit edit, String date, String matter, String material, String check, String clause,
                 String says) {
        @Override
        public String toString() { return rule; }
    }

    /** A counter-example: the edit and date on which the rule must not fire. */
    record DoesNotFire(String rule, String why, Edit edit, String date) {
        @Override
        public String toString() { return rule + ": " + why; }
    }

    static Stream<Fires> fires() {
        return Stream.of(
                new Fires("xian.lint.list-elements", Edit.of(XIAN, "guide.csv", ",窗口办理|网上办理,", ",,"), MID_2025,
                        "XA-SPJY-001", null, "LIST_ELEMENT_MISSING", XA + "第六条", "办理形式"),
                new Fires("xian.lint.guide-elements", Edit.of(XIAN, "guide.csv", ",见西安市政务服务网该事项“常见问题”栏目", ","),
                        MID_2025, "XA-SPJY-001", null, "GUIDE_ELEMENT_MISSING", XA + "第十二条", "常见问题解答"),
                new Fires("xian.lint.material-elements", Edit.of(XIAN, "materials.csv",
                        "M05,保证食品安全的规章制度,原件,1,N,N,,A4纸质,无,Y", "M05,保证食品安全的规章制度,原件,,N,N,,A4纸质,无,"),
                        MID_2025, "XA-SPJY-001", "M05", "MATERIAL_ELEMENT_MISSING", XA + "第十三条", "材料份数、是否需要电子材料"),
                new Fires("xian.lint.catch-all", Edit.append(XIAN, "materials.csv",
                        "XA-SPJY-001,M07,其他有关材料,复印件,1,N,N,,A4纸质,无,Y,Y"),
                        MID_2025, "XA-SPJY-001", "M07", "CATCH_ALL_WORDING", XA + "第十三条", "其他、有关"),
                new Fires("xian.lint.proof-not-retained", Edit.of(XIAN, "retained-proofs.csv",
                        "食品安全管理人员健康证明,,,,示例数据：西安市证明事项清单（示意，非真实公布清单）\n", ""),
                        MID_2025, "XA-SPJY-001", "M06", "PROOF_NOT_RETAINED", XA + "第十三条", "全市保留证明事项目录"),
                new Fires("xian.lint.shared-demanded", Edit.of(XIAN, "materials.csv", "DATA_SHARING,A4纸质,无,Y,N", "DATA_SHARING,A4纸质,无,Y,Y"),
                        MID_2025, "XA-SPJY-001", "M03", "SHARED_MATERIAL_DEMANDED", XA + "第十三条", "数据共享"),
                new Fires("xian.lint.tolerable-not-a-material", Edit.append(XIAN, "tolerance-list.csv", "XA-SPJY-001,M09,10"),
                        MID_2025, "XA-SPJY-001", "M09", "TOLERABLE_NOT_A_MATERIAL", XA + "第十七条", "不是事项"),
                new Fires("xian.lint.tolerable-is-main", Edit.append(XIAN, "tolerance-list.csv", "XA-SPJY-001,M04,10"),
                        MID_2025, "XA-SPJY-001", "M04", "TOLERABLE_IS_MAIN", XA + "第十七条", "主要申请材料"),
                new Fires("national.lint.promised-beyond-legal", Edit.of(XIAN, "matters.csv", ",10,5,", ",10,11,"),
                        MID_2025, "XA-SPJY-001", null, "PROMISED_EXCEEDS_LEGAL", LAW + "第四十二条", "11 个工作日超过法定办结时限 10"),
                new Fires("national.lint.licence-fee-basis", Edit.of(XIAN, "matters.csv", ",N,N,,5,", ",N,N,BDC-RESIDENTIAL,5,"),
                        MID_2025, "XA-SPJY-001", null, "FEE_BASIS_INSUFFICIENT", LAW + "第五十八条", "规范性文件"),
                new Fires("national.lint.fee-without-basis", Edit.of(XIAN, "guide.csv", ",无,N,0,", ",无,Y,0,"),
                        MID_2025, "XA-SPJY-001", null, "FEE_WITHOUT_BASIS", LAW + "第五十八条", "未列收费项目"),
                new Fires("national.lint.fee-without-standard", Edit.of(YINCHUAN, "matters.csv", ",BDC-RESIDENTIAL,", ",BDC-UNPUBLISHED,"),
                        BEFORE_YINCHUAN, "YC-BDC-003", null, "FEE_WITHOUT_BASIS", ONLINE + "第四条",
                        "没有公布的收费标准（收费项目 BDC-UNPUBLISHED 无公布的标准）"),
                new Fires("xinxiang.lint.guide-elements", Edit.of(XINXIANG, "guide.csv",
                        ",申请材料齐全、符合法定形式；经营场所和设备设施符合食品安全要求,", ",,"),
                        MID_2025, "XX-SPJY-001", null, "GUIDE_ELEMENT_MISSING", XX + "第十七条", "审查标准"),
                new Fires("xinxiang.lint.catch-all", Edit.append(XINXIANG, "materials.csv",
                        "XX-SGXK-002,M06,有关部门批准文件,复印件,1,N,N,,A4纸质,无,Y,Y"),
                        MID_2025, "XX-SGXK-002", "M06", "CATCH_ALL_WORDING", XX + "第十七条", "有关"),
                new Fires("xinxiang.lint.shared-demanded", Edit.of(XINXIANG, "materials.csv",
                        "M03,法定代表人（负责人）身份证明,复印件,1,Y,N,DATA_SHARING,A4纸质,无,Y,N",
                        "M03,法定代表人（负责人）身份证明,复印件,1,Y,N,DATA_SHARING,A4纸质,无,Y,Y"),
                        MID_2025, "XX-SPJY-001", "M03", "SHARED_MATERIAL_DEMANDED", XX + "第十九条", "数据共享"),
                new Fires("xinxiang.lint.tolerable-not-a-material", Edit.append(XINXIANG, "tolerance-list.csv", "XX-SGXK-002,M09,5"),
                        MID_2025, "XX-SGXK-002", "M09", "TOLERABLE_NOT_A_MATERIAL", XX + "第二十条", "不是事项"),
                new Fires("xinxiang.lint.tolerable-is-main", Edit.append(XINXIANG, "tolerance-list.csv", "XX-SPJY-001,M01,5"),
                        MID_2025, "XX-SPJY-001", "M01", "TOLERABLE_IS_MAIN", XX + "第二十条", "主要申请材料应当齐全"),
                new Fires("xinxiang.lint.fee-without-basis", Edit.of(XINXIANG, "guide.csv", ",无,N,0,食品经营", ",无,Y,0,食品经营"),
                        MID_2025, "XX-SPJY-001", null, "FEE_WITHOUT_BASIS", XX + "第二十九条", "公布的收费依据和标准"),
                new Fires("yinchuan.lint.list-elements", Edit.of(YINCHUAN, "guide.csv", ",银川市市场监督管理局,", ",,"),
                        DEC_2025, "YC-SPJY-001", null, "LIST_ELEMENT_MISSING", YC + "第十一条", "主管部门"),
                new Fires("yinchuan.lint.guide-elements", Edit.of(YINCHUAN, "guide.csv", ",权属清楚、申请材料齐全的不动产转移登记申请,", ",,"),
                        DEC_2025, "YC-BDC-003", null, "GUIDE_ELEMENT_MISSING", YC + "第十二条", "申请条件"),
                new Fires("yinchuan.lint.proof-not-retained", Edit.of(YINCHUAN, "retained-proofs.csv",
                        "施工图设计文件审查合格书,《建设工程质量管理条例》第十一条,银川市行政审批服务局,施工图审查机构,示例数据：银川市证明事项清单（示意，非真实公布清单）\n", ""),
                        DEC_2025, "YC-SGXK-002", "M04", "PROOF_NOT_RETAINED", YC + "第二十七条", "不得索要"),
                new Fires("yinchuan.lint.proof-row-elements", Edit.of(YINCHUAN, "retained-proofs.csv",
                        ",银川市不动产登记机构,国家税务总局银川市税务局,", ",银川市不动产登记机构,,"),
                        DEC_2025, null, null, "PROOF_ROW_INCOMPLETE", YC + "第二十七条", "“完税凭证”未列明：开具单位"),
                new Fires("yinchuan.lint.tolerable-not-a-material", Edit.append(YINCHUAN, "tolerance-list.csv", "YC-BDC-003,M06,5"),
                        DEC_2025, "YC-BDC-003", "M06", "TOLERABLE_NOT_A_MATERIAL", YC + "第二十五条", "不是事项"),
                new Fires("yinchuan.lint.tolerable-is-main", Edit.append(YINCHUAN, "tolerance-list.csv", "YC-SGXK-002,M03,5"),
                        DEC_2025, "YC-SGXK-002", "M03", "TOLERABLE_IS_MAIN", YC + "第二十五条", "施工合同"),
                new Fires("yinchuan.lint.fee-without-basis", Edit.of(YINCHUAN, "matters.csv", ",BDC-RESIDENTIAL,", ",BDC-UNPUBLISHED,"),
                        DEC_2025, "YC-BDC-003", null, "FEE_WITHOUT_BASIS", YC + "第三十三条", "收费项目 BDC-UNPUBLISHED 无公布的标准"),
                // Channel freedom (guide.csv handling_form, prebooking_required, channel_basis)
                new Fires("yinchuan.lint.channel-forced", guideRow(YINCHUAN, "YC-SPJY-001", r -> r.replace(",窗口办理|网上办理,", ",网上办理,")),
                        DEC_2025, "YC-SPJY-001", null, "CHANNEL_FORCED", YC + "第二十二条", "自主选择在线下或者线上办理"),
                new Fires("yinchuan.lint.prebooking-forced", guideRow(YINCHUAN, "YC-SPJY-001", r -> r.replaceFirst(",N,$", ",Y,")),
                        DEC_2025, "YC-SPJY-001", null, "PREBOOKING_FORCED", YC + "第二十二条", "先在线预约"),
                new Fires("hongsibu.lint.online-only", guideRow(HONGSIBU, "HSB-GTGS-004", r -> r.replace(",窗口办理|网上办理,", ",网上办理,")),
                        MID_2025, "HSB-GTGS-004", null, "CHANNEL_FORCED", HSB + "三（三）9", "不得强制要求在线提交"),
                new Fires("hongsibu.lint.prebooking-forced", guideRow(HONGSIBU, "HSB-GTGS-004", r -> r.replaceFirst(",N,$", ",Y,")),
                        MID_2025, "HSB-GTGS-004", null, "PREBOOKING_FORCED", HSB + "三（三）9", "先到线上预约"),
                new Fires("hongsibu.lint.implementation-elements", guideRow(HONGSIBU, "HSB-GTGS-004",
                        r -> r.replace(",无,N,0,个体工商户营业执照（样本）,", ",,N,0,,")),
                        MID_2025, "HSB-GTGS-004", null, "LIST_ELEMENT_MISSING", HSB + "二（二）", "实施清单未确定：中介服务、办理结果"));
    }

    static final String HSB = "吴忠市红寺堡区关于加快推进政务服务标准化规范化便利化的实施方案 ";

    /** An edit of one matter's row of guide.csv (the row must change). */
    static Edit guideRow(String jurisdiction, String matter, UnaryOperator<String> rowEdit) {
        return new Edit(jurisdiction, "guide.csv", s -> {
            List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
            boolean found = false;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(matter + ",")) {
                    String edited = rowEdit.apply(lines.get(i));
                    found = !edited.equals(lines.get(i));
                    lines.set(i, edited);
                }
            }
            assertThat(found).as("guide.csv row %s is edited", matter).isTrue();
            return String.join("\n", lines);
        });
    }

    static Stream<DoesNotFire> doesNotFire() {
        List<DoesNotFire> cases = new ArrayList<>();
        // Every local rule: the edit that makes it fire, on the day before its instrument is in force.
        fires().filter(f -> !f.rule().startsWith("national.")).forEach(f -> cases.add(new DoesNotFire(f.rule(),
                "the day before the instrument is in force", f.edit(), switch (f.edit().jurisdiction()) {
                    case YINCHUAN -> BEFORE_YINCHUAN;
                    case XINXIANG -> BEFORE_XINXIANG;
                    default -> BEFORE_XIAN;
                })));
        cases.add(new DoesNotFire("national.lint.promised-beyond-legal", "a promise equal to the legal limit",
                Edit.of(XIAN, "matters.csv", ",10,5,", ",10,10,"), MID_2025));
        cases.add(new DoesNotFire("national.lint.promised-beyond-legal", "a 行政确认 (第四十二条 binds 行政许可 only)",
                Edit.of(YINCHUAN, "matters.csv", ",30,5,", ",30,31,"), DEC_2025));
        cases.add(new DoesNotFire("national.lint.licence-fee-basis", "a 行政确认 charging per a 规范性文件",
                Edit.none(YINCHUAN), DEC_2025));
        cases.add(new DoesNotFire("national.lint.fee-without-basis", "新乡 第二十九条 has reported it",
                Edit.of(XINXIANG, "guide.csv", ",无,N,0,食品经营", ",无,Y,0,食品经营"), MID_2025));
        cases.add(new DoesNotFire("national.lint.fee-without-basis", "a fee with its published standard",
                Edit.none(YINCHUAN), BEFORE_YINCHUAN));
        cases.add(new DoesNotFire("national.lint.fee-without-basis", "a 行政确认: the licensing law is no basis for it",
                Edit.of(YINCHUAN, "matters.csv", ",BDC-RESIDENTIAL,", ",BDC-UNPUBLISHED,"), BEFORE_YINCHUAN));
        cases.add(new DoesNotFire("national.lint.fee-without-standard", "银川 第三十三条 has reported it",
                Edit.of(YINCHUAN, "matters.csv", ",BDC-RESIDENTIAL,", ",BDC-UNPUBLISHED,"), DEC_2025));
        cases.add(new DoesNotFire("national.lint.fee-without-standard", "a 行政许可 (行政许可法 第五十八条 judges it)",
                Edit.of(XIAN, "guide.csv", ",无,N,0,", ",无,Y,0,"), MID_2025));
        cases.add(new DoesNotFire("national.lint.fee-without-standard", "a fee with its published standard",
                Edit.none(YINCHUAN), BEFORE_YINCHUAN));
        cases.add(new DoesNotFire("yinchuan.lint.proof-row-elements", "新乡's text does not ask for the elements",
                Edit.of(XINXIANG, "retained-proofs.csv", "食品安全管理人员健康证明,,,,", "食品安全管理人员健康证明,,,,"), MID_2025));
        cases.add(new DoesNotFire("yinchuan.lint.proof-row-elements", "every row states all three",
                Edit.none(YINCHUAN), DEC_2025));
        // An 电子证照 demanded on paper: 第十九条 / 第十三条 speak of sharing; 第十一条 of 716号 only says "可以".
        cases.add(new DoesNotFire("xinxiang.lint.shared-demanded", "an 电子证照 is not a material shared between departments",
                Edit.of(XINXIANG, "materials.csv", "E_LICENSE,电子证照,无,Y,N\nXX-SPJY-001,M03", "E_LICENSE,电子证照,无,Y,Y\nXX-SPJY-001,M03"),
                MID_2025));
        cases.add(new DoesNotFire("xian.lint.shared-demanded", "an 电子证照 is not a material shared between departments",
                Edit.of(XIAN, "materials.csv", "E_LICENSE,电子证照,无,Y,N", "E_LICENSE,电子证照,无,Y,Y"), MID_2025));
        cases.add(new DoesNotFire("yinchuan.lint.channel-forced", "the guide names the law that allows one channel",
                guideRow(YINCHUAN, "YC-SPJY-001", r -> r.replace(",窗口办理|网上办理,", ",网上办理,")
                        .replaceFirst(",N,$", ",N,测试依据（法律规定须网上办理）")), DEC_2025));
        cases.add(new DoesNotFire("yinchuan.lint.prebooking-forced", "the guide names the law that requires the booking",
                guideRow(YINCHUAN, "YC-SPJY-001", r -> r.replaceFirst(",N,$", ",Y,测试依据（法律规定须预约）")), DEC_2025));
        cases.add(new DoesNotFire("hongsibu.lint.online-only", "a window-only guide: 三（三）9 forbids forcing online only",
                guideRow(HONGSIBU, "HSB-GTGS-004", r -> r.replace(",窗口办理|网上办理,", ",窗口办理,")), MID_2025));
        cases.add(new DoesNotFire("hongsibu.lint.prebooking-forced", "the guide names the law that requires the booking",
                guideRow(HONGSIBU, "HSB-GTGS-004", r -> r.replaceFirst(",N,$", ",Y,测试依据（法律规定须预约）")), MID_2025));
        cases.add(new DoesNotFire("hongsibu.lint.implementation-elements", "中介服务 stated as 不涉及 is stated (only an empty element is missing)",
                guideRow(HONGSIBU, "HSB-GTGS-004", r -> r.replace(",无,N,0,", ",不涉及,N,0,")), MID_2025));
        cases.add(new DoesNotFire("yinchuan-draft.lint.catch-all", "a real lint never applies the draft",
                draftCatchAll(), DEC_2025));
        return cases.stream();
    }

    static Edit draftCatchAll() {
        return Edit.append(YINCHUAN, "materials.csv", "YC-SPJY-001,M07,其他材料,复印件,1,N,N,,A4纸质,无,Y,Y");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fires")
    void theEditMakesTheRuleReportExactlyOneBreachWithItsClause(Fires f) {
        List<Breach> breaches = lint(f.edit(), LocalDate.parse(f.date()));
        assertThat(breaches).extracting(Breach::rule, Breach::matterCode, Breach::materialCode, Breach::check, Breach::clause)
                .containsExactly(tuple(f.rule(), f.matter(), f.material(), f.check(), f.clause()));
        assertThat(breaches.get(0).message()).contains(f.says());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("doesNotFire")
    void theRuleDoesNotFire(DoesNotFire c) {
        assertThat(lint(c.edit(), LocalDate.parse(c.date()))).extracting(Breach::rule).doesNotContain(c.rule());
    }

    @Test
    void theDraftsCatchAllRuleFiresOnlyInAComparisonThatChoosesTheDraft() {
        Jurisdiction yc = rs.catalog().jurisdiction(YINCHUAN).orElseThrow();
        List<Instrument> draft = rs.instruments().stream()
                .filter(i -> List.of("national-administrative-licensing-law", "yinchuan-draft-2025").contains(i.id()))
                .toList();
        CatalogUnderLint catalog = read(edited(draftCatchAll()));
        List<Breach> breaches = new CatalogLintEngine().lint(rs, yc.code(), catalog, draft);
        assertThat(breaches).extracting(Breach::rule, Breach::materialCode, Breach::clause)
                .containsExactly(tuple("yinchuan-draft.lint.catch-all", "M07", "银川市政务服务管理办法（草案） 第十条"));
        for (LocalDate day = LocalDate.of(2025, 1, 1); day.getYear() < 2027; day = day.plusDays(45)) {
            assertThat(new CatalogLintEngine().lint(rs, YINCHUAN, catalog, rs.applicable(rs.catalog().chain(YINCHUAN), day)))
                    .extracting(Breach::rule).doesNotContain("yinchuan-draft.lint.catch-all");
        }
    }

    @Test
    void everySampleCatalogLintsCleanOnEveryQuarterOf2025And2026() {
        for (String j : List.of(YINCHUAN, XINXIANG, XIAN, HONGSIBU)) {
            for (LocalDate day = LocalDate.of(2025, 1, 1); day.getYear() < 2027; day = day.plusMonths(3)) {
                assertThat(lint(Edit.none(j), day)).as(j + " on " + day).isEmpty();
            }
            assertThat(lint(Edit.none(j), LocalDate.of(2025, 12, 1))).as(j).isEmpty();
        }
    }

    @Test
    void theFlawedSampleTripsEveryCheckExactlyOnce() {
        Jurisdiction xa = rs.catalog().jurisdiction(XIAN).orElseThrow();
        CatalogLinter.Result r = new CatalogLinter().lint(rs, xa, LocalDate.parse(MID_2025),
                Path.of("src/test/resources/lint/xian-flawed"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.breaches()).extracting(Breach::check, Breach::matterCode, Breach::materialCode, Breach::clause)
                .containsExactlyInAnyOrder(
                        tuple("LIST_ELEMENT_MISSING", "XA-SGXK-002", null, XA + "第六条"),
                        tuple("GUIDE_ELEMENT_MISSING", "XA-BDC-003", null, XA + "第十二条"),
                        tuple("MATERIAL_ELEMENT_MISSING", "XA-SPJY-001", "M05", XA + "第十三条"),
                        tuple("CATCH_ALL_WORDING", "XA-SPJY-001", "M07", XA + "第十三条"),
                        tuple("PROOF_NOT_RETAINED", "XA-SPJY-001", "M06", XA + "第十三条"),
                        tuple("SHARED_MATERIAL_DEMANDED", "XA-SPJY-001", "M03", XA + "第十三条"),
                        tuple("PROMISED_EXCEEDS_LEGAL", "XA-SGXK-002", null, LAW + "第四十二条"),
                        tuple("TOLERABLE_NOT_A_MATERIAL", "XA-SPJY-001", "M09", XA + "第十七条"),
                        tuple("TOLERABLE_IS_MAIN", "XA-SPJY-001", "M04", XA + "第十七条"),
                        tuple("FEE_WITHOUT_BASIS", "XA-BDC-003", null, ONLINE + "第四条"),
                        tuple("FEE_BASIS_INSUFFICIENT", "XA-SGXK-002", null, LAW + "第五十八条"));
    }

    @Test
    void aRetainedProofRowLackingAllThreeIsOneBreachNamingTheRowAndEveryElement() {
        List<Breach> breaches = lint(Edit.of(YINCHUAN, "retained-proofs.csv",
                "食品安全管理人员健康证明,《中华人民共和国食品安全法》第四十五条,银川市行政审批服务局,取得健康体检资质的医疗卫生机构,",
                "食品安全管理人员健康证明,,,,"), LocalDate.parse(DEC_2025));
        assertThat(breaches).extracting(Breach::rule, Breach::proof, Breach::matterCode, Breach::clause)
                .containsExactly(tuple("yinchuan.lint.proof-row-elements", "食品安全管理人员健康证明", null, YC + "第二十七条"));
        assertThat(breaches.get(0).message()).isEqualTo("证明事项清单第 2 行“食品安全管理人员健康证明”未列明：设定依据、索要单位、开具单位");
        // A table without the columns at all (an older upload): every row lacks all three.
        List<Breach> noColumns = lint(new Edit(YINCHUAN, "retained-proofs.csv",
                s -> "proof_name\n食品安全管理人员健康证明\n施工图设计文件审查合格书\n完税凭证\n"), LocalDate.parse(DEC_2025));
        assertThat(noColumns).extracting(Breach::proof)
                .containsExactly("完税凭证", "施工图设计文件审查合格书", "食品安全管理人员健康证明");
        // Breaches of matters come first, then those of the list's rows.
        List<Breach> mixed = lint(new Edit(YINCHUAN, "retained-proofs.csv", s -> s.replace("银川市不动产登记机构,国家税务总局银川市税务局,", "银川市不动产登记机构,,")
                .replace("施工图设计文件审查合格书,《建设工程质量管理条例》第十一条,银川市行政审批服务局,施工图审查机构,示例数据：银川市证明事项清单（示意，非真实公布清单）\n", "")),
                LocalDate.parse(DEC_2025));
        assertThat(mixed).extracting(Breach::rule).containsExactly("yinchuan.lint.proof-not-retained",
                "yinchuan.lint.proof-row-elements");
    }

    @Test
    void lintRulesNeverFireInTheAcceptanceFeeOrCaseGroups() {
        // The flawed catalog's facts in a session that runs every other phase, unfiltered: no lint rule may fire.
        CatalogUnderLint flawed = read(Path.of("src/test/resources/lint/xian-flawed"));
        LintReport report = new LintReport();
        KieSession session = rs.kieBase().newKieSession();
        try {
            session.setGlobal("lint", report);
            Stream.of(flawed.matters(), flawed.materials(), flawed.tolerable(), flawed.retainedProofs())
                    .flatMap(List::stream).forEach(session::insert);
            org.zwfw.lawbook.Phases phases = rs.table(org.zwfw.lawbook.Phases.class);
            List<String> groups = new ArrayList<>(phases.of("acceptance"));
            groups.addAll(phases.of("cases"));
            groups.addAll(phases.of("fees"));
            for (int i = groups.size() - 1; i >= 0; i--) {
                session.getAgenda().getAgendaGroup(groups.get(i)).setFocus();
            }
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        assertThat(report.breaches()).isEmpty();
    }

    @Test
    void anUnreadableCatalogIsReportedByFileAndLineAndNotLinted() throws IOException {
        Path dir = edited(Edit.of(XIAN, "matters.csv", ",10,5,", ",10,five,"));
        List<Problem> problems = new ArrayList<>();
        CatalogLintReader.read(dir, problems);
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "matters.csv:2: column promised_days must be a whole number, not 'five'");
    }

    @Test
    void everyLintRuleHasACaseWhereItFiresAndOneWhereItDoesNot() {
        Set<String> lintRules = rs.rules().stream().map(RuleInfo::id).filter(id -> id.contains(".lint."))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(lintRules).hasSizeGreaterThan(20);
        Set<String> firing = fires().map(Fires::rule).collect(Collectors.toCollection(TreeSet::new));
        firing.add("yinchuan-draft.lint.catch-all");
        assertThat(firing).isEqualTo(lintRules);
        Set<String> counter = doesNotFire().map(DoesNotFire::rule).collect(Collectors.toCollection(TreeSet::new));
        assertThat(counter).isEqualTo(lintRules);
    }

    private static List<Breach> lint(Edit edit, LocalDate date) {
        Jurisdiction j = rs.catalog().jurisdiction(edit.jurisdiction()).orElseThrow();
        CatalogLinter.Result r = new CatalogLinter().lint(rs, j, date, edited(edit));
        assertThat(r.problems()).isEmpty();
        return r.breaches();
    }

    private static CatalogUnderLint read(Path dir) {
        List<Problem> problems = new ArrayList<>();
        CatalogUnderLint c = CatalogLintReader.read(dir, problems);
        assertThat(problems).isEmpty();
        return c;
    }

    /** A copy of the jurisdiction's sample catalog with the edit applied. */
    private static Path edited(Edit edit) {
        try {
            Jurisdiction j = rs.catalog().jurisdiction(edit.jurisdiction()).orElseThrow();
            Path dir = RulesFolders.copy(CatalogLinter.publishedCatalog(rs, j), Files.createTempDirectory(scratch, "catalog-"));
            Path table = dir.resolve(edit.table());
            String before = Files.readString(table, StandardCharsets.UTF_8);
            Files.writeString(table, edit.change().apply(before), StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
