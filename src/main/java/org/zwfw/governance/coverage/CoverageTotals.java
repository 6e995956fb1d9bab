package org.zwfw.governance.coverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The coverage totals at the end of {@code mvn test} (pom.xml: an exec execution after surefire): reads the report
 * the scenario run wrote ({@code target/coverage/articles.json}) and prints its {@link CoverageReport.Totals#summary()}.
 * A build whose scenarios did not run ({@code -Dtest=SomeTest}) wrote no report, or left one of an earlier build: the
 * line says so instead of printing stale totals, and never fails the build.
 */
public final class CoverageTotals {
    /** Maven's older {@code maven.build.timestamp} format, in UTC (Maven 3.8 writes an ISO instant). */
    static final DateTimeFormatter MAVEN_TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneOffset.UTC);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CoverageTotals() {}

    /** {@code CoverageTotals [articles.json [build start as maven.build.timestamp]]}. */
    public static void main(String[] args) throws IOException {
        Path report = Path.of(args.length > 0 ? args[0] : "target/coverage/articles.json");
        System.out.println(line(report, args.length > 1 ? buildStart(args[1]) : Instant.EPOCH));
    }

    /** The build's start, or the epoch when it cannot be read (then any report counts as this build's). */
    static Instant buildStart(String mavenTimestamp) {
        try {
            return Instant.parse(mavenTimestamp);
        } catch (DateTimeParseException iso) {
            try {
                return Instant.from(MAVEN_TIMESTAMP.parse(mavenTimestamp));
            } catch (DateTimeParseException e) {
                return Instant.EPOCH;
            }
        }
    }

    /** The line to print for the report at {@code report}, a report older than {@code buildStart} not being this build's. */
    static String line(Path report, Instant buildStart) throws IOException {
        if (!Files.isRegularFile(report)) {
            return "Article coverage: no report (" + report + "): the scenarios (RunCucumberTest) did not run in this build.";
        }
        if (Files.getLastModifiedTime(report).toInstant().isBefore(buildStart)) {
            return "Article coverage: the scenarios (RunCucumberTest) did not run in this build; " + report
                    + " is an earlier build's.";
        }
        JsonNode totals = JSON.readTree(report.toFile()).get("totals");
        return "Article coverage (" + report + "): "
                + JSON.treeToValue(totals, CoverageReport.Totals.class).summary();
    }
}
