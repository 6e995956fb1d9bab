package org.zwfw.features;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.zwfw.governance.coverage.CoverageReport;
import org.zwfw.governance.coverage.ScenarioResult;
import org.zwfw.engine.SampleRules;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;

/**
 * Cucumber plugin (src/test/resources/junit-platform.properties): hears every scenario's result as the run reports
 * it and, when the run has finished, writes the article coverage report to target/coverage/articles.{json,html}.
 * Being part of the Cucumber run, it can only ever write after the scenarios it reports on.
 */
public class CoveragePlugin implements ConcurrentEventListener {
    static final Path RULES = Path.of("rules");
    static final Path OUT = Path.of("target/coverage");

    private final List<ScenarioResult> results = new ArrayList<>();

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, e -> write());
    }

    private synchronized void finished(TestCaseFinished e) {
        results.add(new ScenarioResult(feature(e.getTestCase().getUri()), e.getTestCase().getLocation().getLine(),
                e.getTestCase().getName(), List.copyOf(e.getTestCase().getTags()), e.getResult().getStatus().name()));
    }

    /** The feature file relative to the project ({@code features/…}), the same on every machine. */
    static String feature(URI uri) {
        Path p = Path.of(uri).toAbsolutePath().normalize();
        Path base = Path.of("").toAbsolutePath().normalize();
        return (p.startsWith(base) ? base.relativize(p) : p).toString().replace('\\', '/');
    }

    private synchronized void write() {
        try {
            CoverageReport.write(CoverageReport.build(SampleRules.get(), List.copyOf(results)), OUT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
