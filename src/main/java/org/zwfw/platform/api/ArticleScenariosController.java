package org.zwfw.platform.api;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RuleSetHolder;
import org.zwfw.governance.coverage.ScenarioIndex;
import org.zwfw.governance.law.LawBrowser;
import org.zwfw.kernel.NotFoundException;
import org.zwfw.lawbook.Instrument;
import org.zwfw.lawbook.vocabulary.Fields;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The zh-CN scenarios that exercise an article (tagged with its instrument and article), read from the features
 * folder ({@code zwfw.features.dir}), with each one's result in the last test run's coverage report
 * ({@code zwfw.coverage.report}) when there is one. What the workbench shows beside an article's rules.
 */
@RestController
@Tag(name = "Law", description = "The texts on file, article by article, beside the rules that cite them")
public class ArticleScenariosController {
    private final RuleSetHolder rules;
    private final Path features;
    private final Path report;

    public ArticleScenariosController(RuleSetHolder rules, @Value("${zwfw.features.dir:features}") String features,
                                      @Value("${zwfw.coverage.report:target/coverage/articles.json}") String report) {
        this.rules = rules;
        this.features = Path.of(features);
        this.report = Path.of(report);
    }

    @Operation(summary = "The scenarios that exercise an article, with their result in the last test run")
    @GetMapping("/api/v1/law/instruments/{id}/articles/{article}/scenarios")
    public ScenarioIndex.ArticleScenarios scenarios(@PathVariable String id, @PathVariable String article)
            throws IOException {
        RuleSet rs = rules.current();
        LawBrowser.ArticleView view = new LawBrowser(rs).article(id, article).orElseThrow(() -> new NotFoundException(
                "article", "is not an article of an instrument on file", "no article " + Fields.safe(article)
                        + " in instrument " + Fields.safe(id) + "; see GET /api/v1/law/instruments/{id}"));
        Instrument inst = rs.instruments().stream().filter(i -> i.id().equals(view.instrument().id())).findFirst()
                .orElseThrow();
        return ScenarioIndex.of(features, report, inst, view.article());
    }
}
