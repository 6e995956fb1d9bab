package org.zwfw.governance.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.SampleRules;

import cn.hutool.core.convert.NumberChineseFormatter;

/** The article coverage report over the sample rules and a handful of scenario results. */
class CoverageReportTest {
    static final Path RULES = Path.of("rules");
    static RuleSet rs;

    static final List<ScenarioResult> SCENARIOS = List.of(
            new ScenarioResult("features/henan/xinxiang/regulation-2024/第二十条-容缺受理.feature", 17,
                    "仅缺健康证明、经书面承诺的，先予受理", List.of("@新乡市政务服务条例", "@第二十条"), "PASSED"),
            new ScenarioResult("features/henan/xinxiang/regulation-2024/第二十条-容缺受理.feature", 30,
                    "逾期<script>", List.of("@新乡市政务服务条例", "@第二十条"), "FAILED"),
            new ScenarioResult("features/national/commitment-guidance-2020/信用修复前不适用告知承诺制.feature", 12,
                    "有严重失信记录的，按一般程序办理", List.of("@国办发〔2020〕42号"), "PASSED"),
            new ScenarioResult("features/validation/请求校验.feature", 14, "身份证号校验码错误的",
                    List.of("@请求校验"), "PASSED"));

    @TempDir
    Path tmp;

    static <T> List<T> reversed(List<T> list) {
        List<T> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @BeforeAll
    static void load() {
        rs = SampleRules.get();
    }

    static CoverageReport.InstrumentRows instrument(CoverageReport.Report r, String id) {
        return r.instruments().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    static CoverageReport.ArticleRow article(CoverageReport.Report r, String id, String article) {
        return instrument(r, id).articles().stream().filter(a -> a.article().equals(article)).findFirst().orElseThrow();
    }

    @Test
    void everyArticleOfTheFiveTextsIsListedInOrder() throws IOException {
        CoverageReport.Report r = CoverageReport.build(rs, List.of());
        // The last article of each text, as the text numbers it; every article from 第一条 to it is listed once.
        for (var e : java.util.Map.of("xian-standardization-2021", 36, "xinxiang-regulation-2024", 38,
                "yinchuan-measures-2025", 43, "yinchuan-draft-2025", 47).entrySet()) {
            List<Integer> numbers = instrument(r, e.getKey()).articles().stream()
                    .filter(a -> a.article().matches("第[一二三四五六七八九十]+条"))
                    .map(a -> NumberChineseFormatter.chineseToNumber(a.article().substring(1, a.article().length() - 1)))
                    .toList();
            assertThat(numbers).as(e.getKey()).isEqualTo(IntStream.rangeClosed(1, e.getValue()).boxed().toList());
        }
        // The 红寺堡 plan has sections, not articles: every （x） and numbered item under its five parts.
        assertThat(instrument(r, "hongsibu-plan-2022").articles()).extracting(CoverageReport.ArticleRow::article)
                .hasSize(30).startsWith("一（一）", "一（二）", "二（一）").contains("三（一）1", "三（三）9", "四（五）")
                .endsWith("五（四）");
        // The national law on file lists its encoded articles; 国办发〔2020〕42号 is cited as a whole.
        assertThat(instrument(r, "national-administrative-licensing-law").articles())
                .extracting(CoverageReport.ArticleRow::article).containsExactly("第三十二条", "第四十二条", "第五十八条", "第五十九条", "第八十二条");
        assertThat(instrument(r, "national-commitment-guidance-2020").articles())
                .extracting(CoverageReport.ArticleRow::article).containsExactly("");
        assertThat(instrument(r, "national-online-services-2019").articles())
                .extracting(CoverageReport.ArticleRow::article)
                .containsExactly("第一条", "第四条", "第七条", "第八条", "第十条", "第十一条");
        // Parts of articles listed in a manifest to be assessed apart follow their article.
        assertThat(instrument(r, "xinxiang-regulation-2024").articles()).extracting(CoverageReport.ArticleRow::article)
                .containsSubsequence("第十七条", "第十七条第二款", "第十八条")
                .containsSubsequence("第三十六条", "第三十六条（一）", "第三十六条（二）", "第三十六条（三）", "第三十六条（四）",
                        "第三十六条（五）", "第三十六条（六）", "第三十七条");
        assertThat(instrument(r, "yinchuan-draft-2025").articles()).extracting(CoverageReport.ArticleRow::article)
                .containsSubsequence("第十条", "第十条第二款", "第十一条");
        assertThat(r.totals().articles()).isEqualTo(36 + (38 + 7) + 43 + (47 + 1) + 30 + 5 + 1 + 6);
        // The interpretation registers are listed with the rules that rely on each entry, and by the articles read.
        assertThat(instrument(r, "national-administrative-licensing-law").interpretations()).hasSize(2)
                .satisfiesExactly(i -> {
                    assertThat(i.id()).isEqualTo("NAT-ALL-01");
                    assertThat(i.articles()).containsExactly("第三十二条", "第八十二条");
                    assertThat(i.rules()).containsExactly("national.outcome.notify-supplement");
                }, i -> {
                    // Counts past the last year of the holiday calendar on file (issue 13).
                    assertThat(i.id()).isEqualTo("NAT-ALL-02");
                    assertThat(i.articles()).containsExactly("第八十二条");
                    assertThat(i.rules()).containsExactly("national.due-date.provisional-calendar");
                });
        assertThat(instrument(r, "national-online-services-2019").articles()).filteredOn(a -> a.article().equals("第十一条"))
                .singleElement().satisfies(a -> assertThat(a.interpretations()).containsExactly("NAT-OS-02"));
        assertThat(r.totals().interpretations()).isGreaterThanOrEqualTo(12);
        assertThat(r.totals().interpretationsUnused()).isZero();
    }

    @Test
    void eachArticleShowsItsRelevanceItsRulesAndItsScenariosWithTheirResults() throws IOException {
        CoverageReport.Report r = CoverageReport.build(rs, SCENARIOS);
        CoverageReport.ArticleRow a = article(r, "xinxiang-regulation-2024", "第二十条");
        assertThat(a.decisionRelevant()).isTrue();
        assertThat(a.rules()).contains("xinxiang.tolerance.accept-first", "xinxiang.case.withdrawn")
                .allSatisfy(id -> assertThat(id).startsWith("xinxiang."));
        assertThat(a.scenarios()).extracting(CoverageReport.ScenarioRef::line).containsExactly(17, 30);
        assertThat(a.passed()).isEqualTo(1);
        assertThat(a.failed()).isEqualTo(1);
        // Same article number, another instrument: not exercised by 新乡's scenarios.
        assertThat(article(r, "yinchuan-measures-2025", "第二十条").scenarios()).isEmpty();
        CoverageReport.ArticleRow first = article(r, "xinxiang-regulation-2024", "第一条");
        assertThat(first.decisionRelevant()).isFalse();
        assertThat(first.note()).isEqualTo("立法目的和依据");
        assertThat(first.rules()).isEmpty();
        CoverageReport.ArticleRow whole = article(r, "national-commitment-guidance-2020", "");
        assertThat(whole.rules()).isNotEmpty().allSatisfy(id -> assertThat(id).startsWith("national.commitment."));
        assertThat(whole.passed()).isEqualTo(1);
    }

    @Test
    void everyArticleIsAssessedAndEveryRelevantOneIsEncodedOrExplained() throws IOException {
        // Issue 17: the sample rules leave nothing unassessed and no Y article without rules or an explaining entry.
        CoverageReport.Totals t = CoverageReport.build(rs, List.of()).totals();
        assertThat(t.notAssessed()).isZero();
        assertThat(t.relevantUnexplained()).isZero();
        assertThat(t.assessed()).isEqualTo(t.articles()).isEqualTo(t.decisionRelevant() + t.notRelevant());
        assertThat(t.decisionRelevant()).isEqualTo(t.relevantWithRules() + t.relevantExplained());
        assertThat(t.relevantWithoutRule()).isEqualTo(t.relevantExplained()).isPositive();
        assertThat(t.relevantWithPassingScenarios()).isZero(); // no scenario results given
        assertThat(t.interpretationsUnused()).isZero();
        assertThat(t.summary()).contains(t.assessed() + " assessed (" + t.decisionRelevant() + " Y, " + t.notRelevant()
                + " N), 0 not assessed").contains(t.relevantExplained() + " without rules explained by an interpretation entry, 0 with neither");
    }

    @Test
    void aRelevantArticleWithoutRulesShowsTheEntryThatExplainsItAndTheEntrySaysWhatItExplains() throws IOException {
        CoverageReport.Report r = CoverageReport.build(rs, SCENARIOS);
        CoverageReport.ArticleRow a = article(r, "xinxiang-regulation-2024", "第十条");
        assertThat(a.decisionRelevant()).isTrue();
        assertThat(a.rules()).isEmpty();
        assertThat(a.interpretations()).containsExactly("XX-ART-01");
        assertThat(instrument(r, "xinxiang-regulation-2024").interpretations()).filteredOn(i -> i.id().equals("XX-ART-01"))
                .singleElement().satisfies(i -> {
                    assertThat(i.rules()).isEmpty();
                    assertThat(i.explains()).containsExactly("第十条");
                });
        // A part of an article encoded since (第十七条第二款) has its rule and no explaining entry.
        CoverageReport.ArticleRow part = article(r, "xinxiang-regulation-2024", "第十七条第二款");
        assertThat(part.rules()).containsExactly("xinxiang.demand.outside-guide");
        assertThat(part.interpretations()).isEmpty();
        // An entry rules rely on explains nothing: every article it reads is cited.
        assertThat(instrument(r, "national-administrative-licensing-law").interpretations())
                .allSatisfy(i -> assertThat(i.explains()).isEmpty());
        // 国办发〔2020〕42号, cited as a whole, is assessed by its one row （全文）.
        assertThat(article(r, "national-commitment-guidance-2020", "").decisionRelevant()).isTrue();
        String html = CoverageReport.html(r);
        assertThat(html).contains("explained by XX-ART-01").contains("explains why 第十条 is not encoded")
                .contains("<th>Y explained by an entry</th>");
    }

    @Test
    void theReportIsWrittenAsJsonAndEscapedHtmlAndTheSameInputsGiveTheSameBytes() throws IOException {
        CoverageReport.Report r = CoverageReport.build(rs, SCENARIOS);
        CoverageReport.write(r, tmp.resolve("a"));
        CoverageReport.write(CoverageReport.build(rs, reversed(SCENARIOS)), tmp.resolve("b"));
        for (String f : List.of("articles.json", "articles.html")) {
            assertThat(Files.readAllBytes(tmp.resolve("a").resolve(f))).isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(f)));
        }
        String html = Files.readString(tmp.resolve("a/articles.html"));
        assertThat(html).contains("逾期&lt;script&gt;").doesNotContain("<script>").contains("第三十八条").contains("四（七）");
        String json = Files.readString(tmp.resolve("a/articles.json"));
        assertThat(json).contains("\"decisionRelevant\"").contains("xinxiang.tolerance.accept-first");
    }
}
