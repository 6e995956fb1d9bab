package org.zwfw.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.SparkSession;
import org.zwfw.policies.batch.MatchCommand;
import org.zwfw.policies.generate.PopulationGenerator;

import picocli.CommandLine;

/**
 * What the Spark tests compare: the {@code match} command's output on a population, and the Spark job's output on
 * the same population, read back as its part files in order.
 */
final class MatchRuns {
    static final String JURISDICTION = "610100";
    static final String AS_OF = "2026-03-02";
    static final Path RULES = Path.of(System.getProperty("rules.folder", "../rules"));
    /** The population every Spark test matches: the generator's, as the match command's benchmarks use. */
    static final int SUBJECTS = 100_000;

    private MatchRuns() {}

    static Path population(Path dir) throws IOException {
        Path csv = dir.resolve("subjects.csv");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            PopulationGenerator.write(w, SUBJECTS, 2026);
        }
        return csv;
    }

    /** The match command's output for this population (run in this JVM, as `java -jar … match` runs it). */
    static List<String> match(Path in, Path dir) throws IOException {
        Path out = dir.resolve("match-" + in.getFileName());
        int code = new CommandLine(new MatchCommand()).execute("--jurisdiction", JURISDICTION, "--as-of", AS_OF,
                "--in", in.toString(), "--out", out.toString(), "--rules", RULES.toString(), "--threads", "2",
                "--compiled-rules", dir.resolve("compiled").toString());
        assertEquals(0, code, "match command exit code");
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    /** The Spark job's output folder as one file: its part files in name order. */
    static List<String> sparkMatch(SparkSession spark, Path in, Path out, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("--jurisdiction", JURISDICTION, "--as-of", AS_OF,
                "--in", in.toString(), "--out", out.toString(), "--rules", RULES.toString()));
        args.addAll(List.of(extra));
        int code = SparkMatchJob.run(spark, args.toArray(String[]::new));
        assertEquals(0, code, "spark job exit code");
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    /** Equal row for row; a difference is shown as the first line that differs, not as two 100,000-line lists. */
    static void assertSameRows(List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "output row " + (i + 1));
        }
        assertEquals(expected.size(), actual.size(), "output rows");
        assertTrue(expected.size() > 100, "the population matched something: " + expected.size() + " rows");
    }
}
