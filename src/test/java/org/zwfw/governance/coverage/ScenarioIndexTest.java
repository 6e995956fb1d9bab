package org.zwfw.governance.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.SampleRules;
import org.zwfw.lawbook.Instrument;

/** The scenarios the workbench shows beside an article: parsed from features/, results from the last coverage report. */
class ScenarioIndexTest {
    static final String FEATURE = "features/henan/xinxiang/regulation-2024/第二十条-容缺受理.feature";

    static Instrument xinxiang(RuleSet rs) {
        return rs.instruments().stream().filter(i -> i.id().equals("xinxiang-regulation-2024")).findFirst().orElseThrow();
    }

    @Test
    void anArticlesScenariosAreTheOnesTaggedWithItAtTheirLines(@TempDir Path tmp) throws Exception {
        ScenarioIndex.ArticleScenarios s = ScenarioIndex.of(Path.of("features"), tmp.resolve("none.json"),
                xinxiang(SampleRules.get()), "第二十条");
        assertThat(s.resultsFrom()).isNull();
        List<String> lines = Files.readAllLines(Path.of(FEATURE));
        List<ScenarioIndex.ScenarioRow> own = s.scenarios().stream().filter(r -> r.feature().equals(FEATURE)).toList();
        assertThat(own).isNotEmpty();
        for (ScenarioIndex.ScenarioRow r : own) {
            assertThat(lines.get(r.line() - 1)).as(r.toString()).contains(r.name());
            assertThat(r.status()).isNull();
        }
        // Another article of the same instrument exercises none of these.
        assertThat(ScenarioIndex.of(Path.of("features"), tmp.resolve("none.json"), xinxiang(SampleRules.get()), "第一条")
                .scenarios()).noneMatch(r -> r.feature().equals(FEATURE));
    }

    @Test
    void resultsComeFromTheLastCoverageReport(@TempDir Path tmp) throws Exception {
        RuleSet rs = SampleRules.get();
        ScenarioIndex.ArticleScenarios all = ScenarioIndex.of(Path.of("features"), tmp.resolve("none.json"), xinxiang(rs), "第二十条");
        ScenarioIndex.ScenarioRow first = all.scenarios().stream().filter(r -> r.feature().equals(FEATURE)).findFirst().orElseThrow();
        CoverageReport.write(CoverageReport.build(rs, List.of(new ScenarioResult(first.feature(), first.line(), first.name(),
                List.of("@新乡市政务服务条例", "@第二十条"), "FAILED"))), tmp);
        ScenarioIndex.ArticleScenarios s = ScenarioIndex.of(Path.of("features"), tmp.resolve("articles.json"), xinxiang(rs), "第二十条");
        assertThat(s.resultsFrom()).isNotNull();
        assertThat(s.scenarios()).filteredOn(r -> r.line() == first.line() && r.feature().equals(FEATURE))
                .extracting(ScenarioIndex.ScenarioRow::status).containsExactly("FAILED");
        assertThat(s.scenarios()).filteredOn(r -> r.line() != first.line()).extracting(ScenarioIndex.ScenarioRow::status)
                .containsOnlyNulls();
    }
}
