package org.zwfw.governance.coverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.zwfw.lawbook.Instrument;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.TableRow;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The zh-CN scenarios that exercise an article, read live from the features folder (Cucumber's Gherkin parser, the
 * tags as {@link CoverageReport} matches them), each with its result in the last test run when that run's coverage
 * report ({@code target/coverage/articles.json}) is on disk.
 */
public final class ScenarioIndex {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One scenario: feature file (relative to the project), line, name and last result (null = not in that run). */
    public record ScenarioRow(String feature, int line, String name, String status) {}

    /** The scenarios of one article, and when the results were written (null when there is no report). */
    public record ArticleScenarios(String instrument, String article, List<ScenarioRow> scenarios, Instant resultsFrom) {}

    private ScenarioIndex() {}

    public static ArticleScenarios of(Path features, Path report, Instrument inst, String article) throws IOException {
        Map<String, String> results = new HashMap<>();
        Instant from = null;
        if (Files.isRegularFile(report)) {
            from = Files.getLastModifiedTime(report).toInstant();
            for (JsonNode i : JSON.readTree(report.toFile()).path("instruments")) {
                for (JsonNode a : i.path("articles")) {
                    for (JsonNode s : a.path("scenarios")) {
                        results.put(s.path("feature").asString() + ":" + s.path("line").asInt(), s.path("status").asString());
                    }
                }
            }
        }
        List<ScenarioRow> found = new ArrayList<>();
        for (ScenarioResult s : scenarios(features)) {
            if (CoverageReport.exercises(s, inst, article)) {
                found.add(new ScenarioRow(s.feature(), s.line(), s.name(), results.get(s.feature() + ":" + s.line())));
            }
        }
        return new ArticleScenarios(inst.id(), article, found, from);
    }

    /** Every scenario (one per example row of an outline) under the folder, with its inherited tags; no status. */
    static List<ScenarioResult> scenarios(Path features) throws IOException {
        if (!Files.isDirectory(features)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(features)) {
            files = walk.filter(p -> p.toString().endsWith(".feature")).sorted().toList();
        }
        Path base = features.toAbsolutePath().normalize().getParent();
        GherkinParser parser = GherkinParser.builder().includeSource(false).build();
        List<ScenarioResult> out = new ArrayList<>();
        for (Path f : files) {
            String rel = base == null ? f.toString() : base.relativize(f.toAbsolutePath().normalize()).toString().replace('\\', '/');
            Map<String, Integer> lines = new HashMap<>();
            List<Pickle> pickles = new ArrayList<>();
            parser.parse(f).forEach((Envelope e) -> {
                e.getGherkinDocument().ifPresent(d -> lines.putAll(lines(d)));
                e.getPickle().ifPresent(pickles::add);
            });
            for (Pickle p : pickles) {
                List<String> ids = p.getAstNodeIds();
                int line = lines.getOrDefault(ids.get(ids.size() - 1), 0);
                out.add(new ScenarioResult(rel, line, p.getName(), p.getTags().stream().map(t -> t.getName()).toList(), null));
            }
        }
        return out;
    }

    /** The line of every scenario and example row of a document, by its node id (what a pickle points to). */
    private static Map<String, Integer> lines(GherkinDocument d) {
        Map<String, Integer> lines = new HashMap<>();
        d.getFeature().ifPresent(feature -> {
            for (FeatureChild c : feature.getChildren()) {
                c.getScenario().ifPresent(s -> scenario(s, lines));
                c.getRule().ifPresent(r -> {
                    for (RuleChild rc : r.getChildren()) {
                        rc.getScenario().ifPresent(s -> scenario(s, lines));
                    }
                });
            }
        });
        return lines;
    }

    private static void scenario(Scenario s, Map<String, Integer> lines) {
        lines.put(s.getId(), s.getLocation().getLine().intValue());
        for (Examples ex : s.getExamples()) {
            for (TableRow row : ex.getTableBody()) {
                lines.put(row.getId(), row.getLocation().getLine().intValue());
            }
        }
    }
}
