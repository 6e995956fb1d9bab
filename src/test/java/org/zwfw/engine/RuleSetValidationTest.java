package org.zwfw.engine;

import org.zwfw.kernel.Problem;
import org.zwfw.kernel.RuleSetException;
import org.zwfw.lawbook.Clauses;
import org.zwfw.lawbook.Instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build test of the rules folder: every rule cites an article that exists in an instrument of a manifest, and a
 * broken folder is refused with {@code file:line} problems an analyst can act on.
 */
class RuleSetValidationTest {
    static final Path SAMPLE = Path.of("rules");
    static final Pattern RULE_HEADER = Pattern.compile("(?m)^\\s*rule\\s+\"");
    static final String NATIONAL = "national/administrative-licensing-law/";
    static final String DRL_HEAD = """
            package rules.national.administrative_licensing_law

            import org.zwfw.acceptance.facts.*;

            global org.zwfw.acceptance.facts.Decision decision;
            global org.zwfw.catalog.WorkingCalendar calendar;

            """;
    /** Line of the {@code rule} header in a file that starts with DRL_HEAD. */
    static final int RULE_LINE = (int) DRL_HEAD.lines().count() + 1;

    static RuleSet rs;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        rs = SampleRules.get();
    }

    static List<Path> drlFiles() throws IOException {
        try (Stream<Path> s = Files.walk(SAMPLE)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
        }
    }

    @Test
    void everyRuleHeaderInTheDrlFilesIsACheckedRule() throws IOException {
        long headers = 0;
        for (Path f : drlFiles()) {
            headers += RULE_HEADER.matcher(Files.readString(f, StandardCharsets.UTF_8)).results().count();
        }
        // Decision tables whose rows cite a clause (the policy tables name a @policy instead and are not listed).
        try (Stream<Path> s = Files.walk(SAMPLE)) {
            for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".drl.csv"))
                    .filter(p -> !SAMPLE.relativize(p).startsWith("policies")).sorted().toList()) {
                try (java.io.InputStream in = Files.newInputStream(f)) {
                    headers += RULE_HEADER.matcher(new org.drools.decisiontable.SpreadsheetCompiler()
                            .compile(in, org.drools.decisiontable.InputType.CSV)).results().count();
                }
            }
        }
        assertThat(headers).isGreaterThan(0);
        assertThat(rs.rules()).hasSize((int) headers);
        assertThat(rs.rules()).extracting(RuleInfo::id).doesNotHaveDuplicates();
    }

    @Test
    void everyRuleCitesAnArticleThatExistsInTheInstrumentItNames() throws IOException {
        Map<String, Instrument> byTitle = rs.instruments().stream()
                .collect(Collectors.toMap(Instrument::title, Function.identity()));
        int checkedInText = 0;
        for (RuleInfo r : rs.rules()) {
            assertThat(r.clause()).as(r.id()).isNotBlank();
            String title = Clauses.title(r.clause());
            String article = Clauses.article(r.clause());
            Instrument inst = byTitle.get(title);
            assertThat(inst).as("%s cites title %s", r.id(), title).isNotNull();
            assertThat(r.instrument()).as(r.id()).isEqualTo(inst.id());
            if (inst.citedWhole() && r.clause().equals(inst.title())) {
                // 国办发〔2020〕42号 is cited by its title alone (regulations/README.md): no article to check.
                assertThat(article).isEmpty();
                continue;
            }
            assertThat(inst.articles()).as("%s cites %s", r.id(), r.clause()).contains(article);
            // Where the manifest names the text, the article heads a line of it (a paragraph, 第十七条第二款, by its
            // article's heading: the text numbers articles, not paragraphs).
            Path text = SAMPLE.resolve(inst.folder()).resolve("text.txt");
            if (Files.exists(text) && article.startsWith("第")) {
                String heading = article.contains("条") ? article.substring(0, article.indexOf('条') + 1) : article;
                assertThat(Files.readAllLines(text, StandardCharsets.UTF_8))
                        .as("%s: %s heads a line of %s", r.id(), heading, text)
                        .anyMatch(l -> l.strip().startsWith(heading));
                checkedInText++;
            }
        }
        assertThat(checkedInText).as("rules whose article was found in the instrument's text").isPositive();
    }

    @Test
    void ruleIdsSayWhichInstrumentTheyBelongTo() {
        Map<String, String> prefix = Map.of("national-administrative-licensing-law", "national.",
                "yinchuan-measures-2025", "yinchuan.", "yinchuan-draft-2025", "yinchuan-draft.",
                "xinxiang-regulation-2024", "xinxiang.", "xian-standardization-2021", "xian.", "hongsibu-plan-2022", "hongsibu.",
                "national-commitment-guidance-2020", "national.commitment.", "national-online-services-2019", "national.");
        assertThat(rs.rules()).allSatisfy(r -> assertThat(r.id()).startsWith(prefix.get(r.instrument())));
    }

    private RulesFolder copy() {
        return RulesFolder.copyOfSample(tmp);
    }

    private static List<Problem> problemsOf(RulesFolder f) {
        RuleSetException e = catchThrowableOfType(RuleSetException.class, f::load);
        assertThat(e).as("the folder is refused").isNotNull();
        assertThat(e.getProblems()).isNotEmpty();
        return e.getProblems();
    }

    @Test
    void ruleWithoutClauseIsReportedAtItsFileAndLine() {
        RulesFolder f = copy().write(NATIONAL + "extra.drl", DRL_HEAD + """
                rule "无依据的规则"
                    ruleflow-group "service"
                when
                    Application()
                then
                    decision.setPriorityService(true);
                end
                """);
        assertThat(problemsOf(f)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(NATIONAL + "extra.drl");
            assertThat(p.line()).isEqualTo(RULE_LINE);
            assertThat(p.message()).contains("无依据的规则").contains("@clause");
        });
    }

    @Test
    void ruleWithoutClauseIsLocatedInItsOwnPackageWhenAnotherFileHasARuleOfTheSameName() {
        // 新乡 and the 银川 draft both have a rule "为军人、老年人、残疾人等特殊群体提供绿色通道".
        String draft = "ningxia/yinchuan/draft-2025/acceptance.drl";
        RulesFolder f = copy().edit(draft, s -> s.replace(
                "    @clause(\"银川市政务服务管理办法（草案） 第二十九条\")\n", ""));
        assertThat(problemsOf(f)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(draft);
            assertThat(p.message()).contains("为军人、老年人、残疾人等特殊群体提供绿色通道").contains("@clause");
        });
    }

    @Test
    void clauseNamingAnUnknownTitleIsReported() {
        RulesFolder f = copy().write(NATIONAL + "extra.drl", DRL_HEAD + """
                rule "引用未登记文本的规则"
                    @clause("中华人民共和国行政许可条例 第三十二条")
                    @basis("TEXT")
                    ruleflow-group "service"
                when
                    Application()
                then
                    decision.setPriorityService(true);
                end
                """);
        assertThat(problemsOf(f)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(NATIONAL + "extra.drl");
            assertThat(p.line()).isEqualTo(RULE_LINE);
            assertThat(p.message()).contains("中华人民共和国行政许可条例");
        });
    }

    @Test
    void clauseCitingAnArticleTheInstrumentDoesNotHaveIsReported() {
        RulesFolder f = copy().write(NATIONAL + "extra.drl", DRL_HEAD + """
                rule "引用不存在条文的规则"
                    @clause("中华人民共和国行政许可法 第九十九条")
                    @basis("TEXT")
                    ruleflow-group "service"
                when
                    Application()
                then
                    decision.setPriorityService(true);
                end
                """);
        assertThat(problemsOf(f)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(NATIONAL + "extra.drl");
            assertThat(p.line()).isEqualTo(RULE_LINE);
            assertThat(p.message()).contains("第九十九条");
        });
    }

    @Test
    void clauseCitingAnArticleOfALocalTextThatItDoesNotHaveIsReported() {
        RulesFolder f = copy().edit("ningxia/yinchuan/measures-2025/acceptance.drl",
                s -> s.replace("@clause(\"银川市政务服务管理办法 第三十二条\")", "@clause(\"银川市政务服务管理办法 第九十九条\")"));
        int line = lineOf(f, "ningxia/yinchuan/measures-2025/acceptance.drl", "rule \"为军人、老年人、残疾人、孕妇等特殊群体提供绿色通道\"");
        assertThat(problemsOf(f)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("ningxia/yinchuan/measures-2025/acceptance.drl");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("第九十九条");
        });
    }

    @Test
    void drlSyntaxErrorIsReportedAtItsFileAndLine() {
        RulesFolder f = copy().write(NATIONAL + "extra.drl", DRL_HEAD + """
                rule "语法错误"
                    @clause("中华人民共和国行政许可法 第三十二条")
                    @basis("TEXT")
                when
                    Application(
                then
                    decision.setPriorityService(true);
                end
                """);
        List<Problem> problems = problemsOf(f);
        assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo(NATIONAL + "extra.drl"));
        assertThat(problems).anySatisfy(p -> assertThat(p.line()).isBetween(RULE_LINE, RULE_LINE + 7));
        assertThat(problems.get(0).toString()).startsWith(NATIONAL + "extra.drl:");
    }

    @Test
    void brokenDecisionTableCellIsReportedAtItsSpreadsheetRowAndColumnWhenTheRuleSetLoads() {
        // The path the service takes at start and on reload (not only the validate command): an analyst must be
        // pointed at the cell, not at a line of the DRL generated from the table.
        String table = "policies/610000-shaanxi.drl.csv";
        RulesFolder f = copy().edit(table, s -> s.replace("NATURAL_PERSON,90,99,Y", "NATURAL_PERSON,9 0),99,Y"));
        List<Problem> problems = problemsOf(f);
        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo(table));
        assertThat(problems.get(0).line()).isEqualTo(12);
        assertThat(problems.get(0).message()).startsWith("column 12: ").doesNotContain("Line ");
    }

    @Test
    void promisedDaysAboveLegalDaysIsReportedAtItsCatalogRow() {
        // Row 2 of 银川's matters.csv: 食品经营许可, 法定 10 days; a promise of 12 exceeds it.
        RulesFolder f = copy().edit("ningxia/yinchuan/catalog/matters.csv",
                s -> s.replace("NATURAL_PERSON|LEGAL_PERSON,10,5,", "NATURAL_PERSON|LEGAL_PERSON,10,12,"));
        assertThat(problemsOf(f)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("ningxia/yinchuan/catalog/matters.csv");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("promised_days").contains("12");
        });
    }

    @Test
    void toleranceRowNamingAnUnknownMaterialIsReportedAtItsLine() {
        // Header and two rows are on file; the new row is line 4.
        RulesFolder f = copy().appendLines("ningxia/yinchuan/catalog/tolerance-list.csv", "YC-SPJY-001,M99,5");
        assertThat(problemsOf(f)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("ningxia/yinchuan/catalog/tolerance-list.csv");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("M99");
        });
    }

    @Test
    void manifestWithAnUnknownStatusIsReported() {
        RulesFolder f = copy().edit("henan/xinxiang/regulation-2024/manifest.yaml",
                s -> s.replace("status: IN_FORCE", "status: REPEALED"));
        assertThat(problemsOf(f)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("henan/xinxiang/regulation-2024/manifest.yaml");
            assertThat(p.message()).contains("status").contains("REPEALED");
        });
    }

    @Test
    void identicalFoldersHaveTheSameVersion() {
        RuleSet again = copy().load();
        assertThat(again.version()).matches("[0-9a-f]{64}").isEqualTo(rs.version());
    }

    @Test
    void changingOneByteOfOneFileChangesTheVersion() throws IOException {
        RulesFolder f = copy();
        Path text = f.file("shaanxi/xian/standardization-2021/text.txt");
        byte[] bytes = Files.readAllBytes(text);
        bytes[bytes.length - 1] ^= 1;
        Files.write(text, bytes);
        String changed = org.zwfw.lawbook.Lawbook.read(f.root()).version();
        assertThat(changed).isNotEqualTo(org.zwfw.lawbook.Lawbook.read(SAMPLE).version());
        assertThat(f.load().version()).isEqualTo(changed).isNotEqualTo(rs.version());
    }

    private static int lineOf(RulesFolder f, String file, String text) {
        List<String> lines = f.read(file).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
