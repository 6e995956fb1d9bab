package org.zwfw.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in {@code local[2]} (driver and executor threads in this JVM) against the match command on the same
 * 100,000-subject population: the same rows, in the same order, from CSV and from Parquet; bad rows reported as the
 * command reports them; a header that is not a population's refused before anything runs.
 */
class SparkMatchJobTest {
    @TempDir
    static Path dir;
    static SparkSession spark;
    static Path population;
    static List<String> expected;

    @BeforeAll
    static void start() throws IOException {
        population = MatchRuns.population(dir);
        expected = MatchRuns.match(population, dir);
        spark = SparkSession.builder().master("local[2]").appName("zwfw-match-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void csvGivesTheMatchCommandsRows() throws IOException {
        // Four partitions: the rows of each come out in order, and the partitions in order.
        List<String> actual = MatchRuns.sparkMatch(spark, population, dir.resolve("out-csv"), "--partitions", "4");
        MatchRuns.assertSameRows(expected, actual);
    }

    @Test
    void parquetGivesTheMatchCommandsRows() throws IOException {
        Path parquet = dir.resolve("subjects.parquet");
        // Every column as text, as a data platform's table exported from the CSV would hold it.
        spark.read().option("header", "true").csv(population.toString()).coalesce(1).write().parquet(parquet.toString());
        List<String> actual = MatchRuns.sparkMatch(spark, parquet, dir.resolve("out-parquet"));
        MatchRuns.assertSameRows(expected, actual);
    }

    @Test
    void badRowsAreReportedAsTheMatchCommandReportsThem() throws IOException {
        Path bad = dir.resolve("bad.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(population, StandardCharsets.UTF_8)
                .subList(0, 3001));
        String header = lines.get(0);
        int type = List.of(header.split(",")).indexOf("type");
        int age = List.of(header.split(",")).indexOf("age");
        lines.set(100, with(lines.get(100), type, "ROBOT"));     // line 101: an unknown applicant type
        lines.set(2000, with(lines.get(2000), age, "old"));       // line 2001: not a number
        lines.add(1500, "");                                      // an empty line: skipped, later lines renumbered
        Files.write(bad, lines, StandardCharsets.UTF_8);
        List<String> byCommand = MatchRuns.match(bad, dir);
        List<String> bySpark = MatchRuns.sparkMatch(spark, bad, dir.resolve("out-bad"), "--partitions", "3");
        MatchRuns.assertSameRows(byCommand, bySpark);
        List<String> errors = bySpark.stream().skip(1).filter(l -> !l.endsWith(",")).toList();
        assertEquals(List.of("101", "2002"), errors.stream().map(l -> l.substring(0, l.indexOf(','))).distinct()
                .toList(), "error rows: " + errors);
        assertTrue(errors.stream().anyMatch(l -> l.startsWith("101,,,,,,type: ")), "error rows: " + errors);
        assertTrue(errors.stream().anyMatch(l -> l.startsWith("2002,,,,,,age: ")), "error rows: " + errors);
    }

    @Test
    void aHeaderThatIsNotAPopulationsIsRefusedBeforeTheJobRuns() throws IOException {
        Path wrong = dir.resolve("wrong.csv");
        Files.writeString(wrong, "key,type,shoeSize\nA,NATURAL_PERSON,42\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream before = System.err;
        int code;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            code = SparkMatchJob.run(spark, "--jurisdiction", MatchRuns.JURISDICTION, "--as-of", MatchRuns.AS_OF,
                    "--in", wrong.toString(), "--out", dir.resolve("out-wrong").toString(),
                    "--rules", MatchRuns.RULES.toString());
        } finally {
            System.setErr(before);
        }
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("header.shoeSize: is not in the data dictionary"),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(!Files.exists(dir.resolve("out-wrong")), "nothing written");
    }

    private static String with(String line, int column, String value) {
        String[] v = line.split(",", -1);
        v[column] = value;
        return String.join(",", v);
    }
}
