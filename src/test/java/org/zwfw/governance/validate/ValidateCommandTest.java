package org.zwfw.governance.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.engine.RulesFolder;

/**
 * {@code validate <rules-dir>}: the sample rules pass; each kind of problem, planted in a copy of them, is printed as
 * {@code file:line: message} (tables {@code file:row:column: message}) with exit 1.
 */
class ValidateCommandTest {
    static final String NATIONAL = "national/administrative-licensing-law/acceptance.drl";
    static final String YINCHUAN = "ningxia/yinchuan/measures-2025/acceptance.drl";
    static final String SHAANXI_TABLE = "policies/610000-shaanxi.drl.csv";

    @TempDir
    Path tmp;

    record Run(int exit, List<String> lines) {}

    static Run validate(Path dir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(OutputStream.nullOutputStream());
        int exit = ValidateCommand.run(new PrintStream(out, true, StandardCharsets.UTF_8), err, dir.toString());
        return new Run(exit, out.toString(StandardCharsets.UTF_8).lines().toList());
    }

    /** The static checks alone (no rule build): for the fixtures whose problem only they see. */
    static Run checks(Path dir) {
        List<String> lines = RuleSetValidator.staticChecks(new RulesSource(org.zwfw.lawbook.Lawbook.read(dir))).stream()
                .map(Finding::text).toList();
        return new Run(lines.isEmpty() ? 0 : 1, lines);
    }

    private RulesFolder copy() {
        return RulesFolder.copyOfSample(tmp.resolve("rules"));
    }

    static int lineOf(RulesFolder f, String file, String text) {
        List<String> lines = f.read(file).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (text.endsWith(":") ? lines.get(i).startsWith(text) : lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    @Test
    void theSampleRulesAreCleanAndExitZero() {
        Run run = validate(RulesFolder.SAMPLE);
        assertThat(run.lines()).isEmpty();
        assertThat(run.exit()).isZero();
    }

    @Test
    void anUnknownValueInAServiceListIsPrintedAtItsRow() {
        String lists = "henan/xinxiang/catalog/service-lists.csv";
        RulesFolder f = copy().edit(lists, s -> s.replace("XX-SPJY-001,N,N,CITY_WIDE,", "XX-SPJY-001,N,N,CITYWIDE,"));
        Run run = validate(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).singleElement().satisfies(l -> assertThat(l).startsWith(lists + ":3")
                .contains("cross_region").contains("CITYWIDE"));
    }

    @Test
    void aBrokenDrlRuleIsPrintedWithItsFileAndLineAndExitsOne() {
        RulesFolder f = copy().edit(YINCHUAN, s -> s.replaceFirst("Application\\(commitmentSigned == true",
                "Application(commitmentSignd == true"));
        int line = lineOf(f, YINCHUAN, "commitmentSignd");
        Run run = validate(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).hasSize(1);
        assertThat(run.lines().get(0)).startsWith(YINCHUAN + ":" + line + ": ").contains("commitmentSignd");
    }

    @Test
    void aSyntaxErrorIsPrintedInsideTheBrokenRule() {
        RulesFolder f = copy().edit(YINCHUAN, s -> s.replaceFirst("SupplementWindow\\(withinLimit == true, \\$limit : limit\\)",
                "SupplementWindow(withinLimit == true, \\$limit : limit"));
        int line = lineOf(f, YINCHUAN, "SupplementWindow(withinLimit == true");
        Run run = validate(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith(YINCHUAN + ":"));
        int reported = Integer.parseInt(run.lines().get(0).split(":")[1]);
        assertThat(reported).isBetween(line, line + 2);
    }

    @Test
    void aBrokenDecisionTableCellIsPrintedAtItsRowAndColumn() {
        // Row 12 is 高龄老人生活补贴（90-99岁）; column 12 its 年龄不低于 cell.
        RulesFolder f = copy().edit(SHAANXI_TABLE, s -> s.replace("NATURAL_PERSON,90,99,Y", "NATURAL_PERSON,9 0),99,Y"));
        Run run = validate(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).hasSize(1);
        assertThat(run.lines().get(0)).startsWith(SHAANXI_TABLE + ":12:12: ").contains("90-99岁")
                .doesNotContain("Line ");
    }

    @Test
    void aBrokenXlsxDecisionTableCellIsPrintedAtItsRowAndColumn() throws IOException {
        RulesFolder f = copy();
        Path csv = f.file(SHAANXI_TABLE);
        Path xlsx = f.file("policies/610000-shaanxi.drl.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); var in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            XSSFSheet sheet = wb.createSheet("陕西");
            int r = 0;
            for (CSVRecord rec : CSVFormat.DEFAULT.parse(in)) {
                XSSFRow row = sheet.createRow(r++);
                for (int c = 0; c < rec.size(); c++) {
                    String v = rec.get(c);
                    if (r == 8 && v.equals("$s: Subject...")) {
                        // In a workbook one pattern spans its condition columns by merged cells, not by "...".
                        v = c == 10 ? "$s: Subject" : "";
                    }
                    if (r == 13 && c == 11) { // row 13, column 12: 100岁及以上's 年龄不低于
                        v = "1 00)";
                    }
                    if (!v.isEmpty() || r == 8 && c >= 10 && c <= 12) {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(7, 7, 10, 12));
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        Files.delete(csv);
        Run run = validate(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).anySatisfy(l -> assertThat(l).startsWith("policies/610000-shaanxi.drl.xlsx:13:12: "));
    }

    @Test
    void aBadCellIsPrintedBeforeTheRowsItMakesFail() {
        // promised_days "五" in matters.csv drops YC-SPJY-001; its materials and list rows then name a matter that is
        // not there. The cause comes first, though materials.csv sorts before matters.csv by name.
        RulesFolder f = copy().edit("ningxia/yinchuan/catalog/matters.csv", s -> s.replace(",10,5,N,Y,,5,", ",10,五,N,Y,,5,"));
        Run run = validate(f.root());
        assertThat(run.exit()).isEqualTo(1);
        // Row 2, column 6 (promised_days): the cell itself.
        assertThat(run.lines().get(0)).isEqualTo("ningxia/yinchuan/catalog/matters.csv:2:6: column promised_days must be a"
                + " whole number, not '五'");
        assertThat(run.lines()).anySatisfy(l -> assertThat(l).startsWith("ningxia/yinchuan/catalog/materials.csv:"));
    }

    @Test
    void aDuplicatedListRowIsNamedAtTheRepeat() {
        String tolerance = "ningxia/yinchuan/catalog/tolerance-list.csv";
        String proofs = "ningxia/yinchuan/catalog/retained-proofs.csv";
        RulesFolder f = copy().appendLines(tolerance, "YC-SPJY-001,M06,10,示例数据")
                .appendLines(proofs, "完税凭证,《中华人民共和国契税法》第十一条,银川市不动产登记机构,国家税务总局银川市税务局,示例数据");
        Run run = validate(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).contains(tolerance + ":4: material M06 of YC-SPJY-001 listed twice",
                proofs + ":5: proof 完税凭证 listed twice");
    }

    @Test
    void aCommitmentListRowsVerificationDutyMustSayHowItsDaysCount() {
        String xinxiang = "henan/xinxiang/catalog/commitment-list.csv";
        String yinchuan = "ningxia/yinchuan/catalog/commitment-list.csv";
        RulesFolder f = copy().edit(xinxiang, s -> s.replace(",30,CALENDAR,现场核查,", ",30,,现场核查,"))
                .edit(yinchuan, s -> s.replace(",20,WORKING,现场核查,", ",20,DAYS,现场核查,"));
        Run run = validate(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).contains(xinxiang + ":2:7: column verification_day_kind is empty: say whether the 30 days"
                        + " are CALENDAR or WORKING days",
                yinchuan + ":2:7: column verification_day_kind must be CALENDAR or WORKING, not 'DAYS'");
        // A row stating no days (and so no kind) is valid: no limit is on file.
        RulesFolder none = RulesFolder.copyOfSample(tmp.resolve("rules-none")).edit(xinxiang, s -> s.replace(",30,CALENDAR,现场核查,", ",,,现场核查,"))
                .edit(yinchuan, s -> s.replace(",20,WORKING,现场核查,", ",0,WORKING,现场核查,"));
        Run zero = validate(none.root());
        assertThat(zero.lines()).noneMatch(l -> l.startsWith(xinxiang))
                .contains(yinchuan + ":2:6: column verification_days must be at least 1 (leave it empty when the list"
                        + " states no time limit)");
    }

    @Test
    void aRowWithMoreValuesThanTheHeaderIsNamedAtItsFirstExtraColumn() {
        String table = "ningxia/yinchuan/catalog/tolerance-list.csv";
        RulesFolder f = copy().appendLines(table, "YC-SPJY-001,M05,10,示例数据,YC-SPJY-001");
        Run run = validate(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).contains(table + ":4:5: the row has 5 values but the header names 4 columns");
    }

    @Test
    void aRuleWithoutRuleIdAndARuleIdUsedTwiceArePrintedAtTheirRules() {
        RulesFolder f = copy().edit(YINCHUAN, s -> s.replace("@ruleId(\"yinchuan.priority.green-channel\")",
                "@ruleId(\"yinchuan.e-license\")"));
        f.edit(NATIONAL, s -> s.replace("    @ruleId(\"national.outcome.accept\")\n", ""));
        Run run = checks(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).contains(NATIONAL + ":" + lineOf(f, NATIONAL, "rule \"申请材料齐全、符合法定形式的，予以受理\"")
                + ": rule \"申请材料齐全、符合法定形式的，予以受理\" has no @ruleId");
        assertThat(run.lines()).anySatisfy(l -> assertThat(l)
                .startsWith(YINCHUAN + ":" + lineOf(f, YINCHUAN, "rule \"为军人、老年人、残疾人、孕妇等特殊群体提供绿色通道\"") + ": ")
                .contains("yinchuan.e-license").contains("already used"));
    }

    @Test
    void aClauseCitingAnArticleNotInTheTextIsPrintedOnce() {
        RulesFolder f = copy().edit(YINCHUAN, s -> s.replace("@clause(\"银川市政务服务管理办法 第三十二条\")",
                "@clause(\"银川市政务服务管理办法 第九十九条\")"));
        Run run = validate(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).singleElement().asString()
                .startsWith(YINCHUAN + ":" + lineOf(f, YINCHUAN, "rule \"为军人、老年人、残疾人、孕妇等特殊群体提供绿色通道\"") + ": ")
                .contains("has no article 第九十九条");
    }

    @Test
    void aManifestWithoutDocumentNumberIsIncomplete() {
        String m = "shaanxi/xian/standardization-2021/manifest.yaml";
        RulesFolder f = copy().edit(m, s -> s.replace("documentNumber: 市政办发〔2021〕36号\n", ""));
        Run run = checks(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).containsExactly(m + ": manifest field 'documentNumber' is missing (write it, left empty where it is not known)");
    }

    @Test
    void inForceToBeforeInForceFromIsPrintedAtTheLineOfInForceTo() {
        String m = "henan/xinxiang/regulation-2024/manifest.yaml";
        RulesFolder f = copy().edit(m, s -> s.replace("inForceTo:\n", "inForceTo: 2024-02-29\n"));
        Run run = validate(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).contains(m + ":" + lineOf(f, m, "inForceTo:")
                + ": inForceTo 2024-02-29 is before inForceFrom 2024-03-01");
    }

    @Test
    void aDraftWithACommencementDateIsInconsistent() {
        String m = "ningxia/yinchuan/draft-2025/manifest.yaml";
        RulesFolder f = copy().edit(m, s -> s.replace("inForceFrom:\n", "inForceFrom: 2025-05-01\n"));
        Run run = checks(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).singleElement().asString()
                .startsWith(m + ":" + lineOf(f, m, "inForceFrom:") + ": a DRAFT is never in force");
    }

    @Test
    void anArticleListedByHandMustBeInTheText() {
        String m = "ningxia/wuzhong/hongsibu/plan-2022/manifest.yaml";
        RulesFolder f = copy().edit(m, s -> s.replace("  - 四（七）\n", "  - 四（七）\n  - 六（一）\n"));
        Run run = checks(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).containsExactly(m + ":" + lineOf(f, m, "\narticles:".substring(1))
                + ": article 六（一） is listed under 'articles' but is not in the text text.txt"
                + " (an article, or a paragraph or item of one: 第十七条第二款, 第三十六条（一）)");
    }

    @Test
    void aParagraphOrItemListedByHandMustBeOneTheArticleHas() {
        // 第十七条 has two paragraphs and no items; 第三十六条 has items （一） to （六）.
        String m = "henan/xinxiang/regulation-2024/manifest.yaml";
        RulesFolder f = copy().edit(m, s -> s.replace("  - 第三十六条（六）\n",
                "  - 第三十六条（六）\n  - 第十七条第三款\n  - 第三十六条（七）\n  - 第十七条（一）\n"));
        Run run = checks(f.root());
        assertThat(run.exit()).isEqualTo(1);
        String at = m + ":" + lineOf(f, m, "\narticles:".substring(1)) + ": article ";
        assertThat(run.lines()).containsExactlyInAnyOrder(
                at + "第十七条第三款 is listed under 'articles' but is not in the text text.txt (an article, or a paragraph or item of one: 第十七条第二款, 第三十六条（一）)",
                at + "第三十六条（七） is listed under 'articles' but is not in the text text.txt (an article, or a paragraph or item of one: 第十七条第二款, 第三十六条（一）)",
                at + "第十七条（一） is listed under 'articles' but is not in the text text.txt (an article, or a paragraph or item of one: 第十七条第二款, 第三十六条（一）)");
    }

    static final String XINXIANG_ARTICLES = "henan/xinxiang/regulation-2024/articles.csv";

    @Test
    void anArticleLeftUnassessedIsPrintedAtItsRow() {
        // Issue 17's done-means: a copy with one assessment cleared is refused at that row.
        String t = XINXIANG_ARTICLES;
        RulesFolder f = copy().edit(t, s -> s.replace("第一条,N,立法目的和依据", "第一条,,立法目的和依据"));
        Run run = validate(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).containsExactly(t + ":" + lineOf(f, t, "第一条,") + ":2: article 第一条 is not assessed:"
                + " write Y (a decision turns on it) or N in decision_relevant, and why in note");
    }

    @Test
    void anArticleWithoutARowIsNotAssessed() {
        String t = XINXIANG_ARTICLES;
        RulesFolder f = copy().keepRows(t, r -> !r.get("article").equals("第三十六条（二）"));
        Run run = checks(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).containsExactly(t + ": article 第三十六条（二） of 新乡市政务服务条例 has no row:"
                + " add it with Y or N in decision_relevant, and why in note");
    }

    @Test
    void aDecisionRelevantArticleWithNeitherRulesNorAnExplainingEntryIsPrintedAtItsRow() {
        // 第二条 (scope) is N in the sample; marked Y, nothing cites or explains it.
        String t = XINXIANG_ARTICLES;
        RulesFolder f = copy().edit(t, s -> s.replace("第二条,N,", "第二条,Y,"));
        Run run = validate(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).containsExactly(t + ":" + lineOf(f, t, "第二条,") + ":2: article 第二条 of 新乡市政务服务条例"
                + " is decision-relevant (Y) but no rule cites it and no entry of interpretations.csv names it:"
                + " encode it, or add an entry saying why it is not (yet) encoded");
    }

    @Test
    void removingTheEntryThatExplainsAnUnencodedArticleLeavesItUnexplained() {
        // 西安 第十九条 (并联审批) is Y, has no rule, and is explained by XA-ART-01 only.
        String register = "shaanxi/xian/standardization-2021/interpretations.csv";
        String t = "shaanxi/xian/standardization-2021/articles.csv";
        RulesFolder f = copy().keepRows(register, r -> !r.get("id").equals("XA-ART-01"));
        Run run = validate(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).singleElement().asString().startsWith(t + ":" + lineOf(f, t, "第十九条,Y") + ":2: article 第十九条 ")
                .contains("no rule cites it and no entry of interpretations.csv names it");
    }

    @Test
    void anExplainingEntryIsNoStaleNoticeButOneReadingOnlyEncodedArticlesIs() {
        // XA-ART-01 is named by no rule but reads 第十九条, which no rule cites: an explanation, silent. Pointed at
        // 第十七条 instead (cited by rules), the same entry is a reading nothing relies on: a notice.
        String register = "shaanxi/xian/standardization-2021/interpretations.csv";
        assertThat(validate(RulesFolder.SAMPLE).lines()).isEmpty();
        RulesFolder f = copy().edit(register, s -> s.replace("XA-ART-01,第十九条,", "XA-ART-01,第十七条,"));
        Run run = validate(f.root());
        assertThat(run.lines()).anySatisfy(l -> assertThat(l).startsWith(register + ":")
                .contains("XA-ART-01").contains("named by no rule").endsWith("(notice)"));
    }

    @Test
    void anInstrumentOutsideItsJurisdictionsFolderIsReported() {
        String m = "shaanxi/xian/standardization-2021/manifest.yaml";
        RulesFolder g = copy().edit(m, s -> s.replace("jurisdiction: \"610100\"", "jurisdiction: \"410700\""));
        Run run = checks(g.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).contains(m + ":" + lineOf(g, m, "jurisdiction:")
                + ": jurisdiction 410700 (新乡市) keeps its instruments under henan/xinxiang/, not under shaanxi/xian/standardization-2021/");
    }

    @Test
    void aMaterialRowNamingAnUnknownMatterIsPrintedAtItsCell() {
        String t = "ningxia/yinchuan/catalog/materials.csv";
        RulesFolder f = copy().appendLines(t, "YC-NONE-999,M01,申请书,原件,1,Y,N,");
        int row = (int) f.read(t).lines().count();
        Run run = checks(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).containsExactly(t + ":" + row + ":1: matter YC-NONE-999 is not in matters.csv");
    }

    @Test
    void aToleranceRowNamingAMaterialOfAnotherMatterIsPrintedAtItsCell() {
        String t = "ningxia/yinchuan/catalog/tolerance-list.csv";
        RulesFolder f = copy().appendLines(t, "YC-SPJY-001,M99,5");
        Run run = validate(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).containsExactly(t + ":4:2: material M99 is not a material of YC-SPJY-001 in materials.csv");
    }

    @Test
    void anArticlesTableRowMustNameAnArticleAndSayYOrN() {
        String t = "shaanxi/xian/standardization-2021/articles.csv";
        RulesFolder f = copy().edit(t, s -> s.replace("第十七条,Y", "第十七条,是"));
        f.appendLines(t, "第九十条,N,");
        Run run = checks(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).containsExactly(
                t + ":" + lineOf(f, t, "第十七条,是") + ":2: decision_relevant must be Y or N, not '是'",
                t + ":" + lineOf(f, t, "第九十条") + ":1: article 第九十条 is not an article of 西安市政务服务标准化管理办法（试行）");
    }

    static final String CONTRADICTING = """

            rule "按一般程序申请的，不予受理"
                @ruleId("national.test.contradiction")
                @clause("中华人民共和国行政许可法 第三十二条")
                @basis("TEXT")
            %s    ruleflow-group "outcome"
            when
                not Rejection()
                not CommitmentGranted()
                not   Deficiency()
                Application($d : asOf)
                Matter(licence == true, isPublishedOn($d) == true)
                Application(route == "ORDINARY")
            then
                decision.decide(drools, "REJECT");
            end
            """;

    @Test
    void aRuleDecidingTheOppositeOutcomeOnConditionsThatIncludeAnothersIsAContradiction() {
        RulesFolder f = copy().appendLines(NATIONAL, CONTRADICTING.formatted(""));
        Run run = validate(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).singleElement().asString()
                .startsWith(NATIONAL + ":" + lineOf(f, NATIONAL, "rule \"按一般程序申请的，不予受理\"") + ": ")
                .contains("decides REJECT").contains("decides ACCEPT")
                .contains(NATIONAL + ":" + lineOf(f, NATIONAL, "rule \"申请材料齐全、符合法定形式的，予以受理\""));
    }

    @Test
    void anExplicitOverrideIsNoContradiction() {
        RulesFolder f = copy().appendLines(NATIONAL,
                CONTRADICTING.formatted("    @overrides(\"national.outcome.accept\")\n"));
        assertThat(checks(f.root())).isEqualTo(new Run(0, List.of()));
    }

    @Test
    void rulesOfJurisdictionsOnDifferentChainsDoNotContradict() {
        String rule = """

                rule "测试：%s"
                    @ruleId("%s.test.same-conditions")
                    @clause("%s")
                    @basis("TEXT")
                    ruleflow-group "outcome"
                when
                    Application(route == "TEST")
                then
                    decision.decide(drools, "%s");
                end
                """;
        RulesFolder f = copy().appendLines(YINCHUAN, rule.formatted("银川", "yinchuan", "银川市政务服务管理办法 第二十五条", "ACCEPT"));
        f.appendLines("henan/xinxiang/regulation-2024/acceptance.drl",
                rule.formatted("新乡", "xinxiang", "新乡市政务服务条例 第二十条", "REJECT"));
        assertThat(checks(f.root())).isEqualTo(new Run(0, List.of()));
        // The same pair within one jurisdiction's chain is one.
        f.appendLines(NATIONAL, rule.formatted("全国", "national", "中华人民共和国行政许可法 第三十二条", "REJECT"));
        Run run = checks(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).singleElement().asString().contains("测试：银川").contains("测试：全国");
    }

    @Test
    void aMissingFolderIsAProblem() {
        Run run = validate(tmp.resolve("nowhere"));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).singleElement().asString().endsWith(": rules folder not found");
    }
}
