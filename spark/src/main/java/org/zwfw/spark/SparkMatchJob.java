package org.zwfw.spark;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.zwfw.engine.CompiledRuleCache;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RuleSetLoader;
import org.zwfw.kernel.FieldProblem;
import org.zwfw.kernel.RuleSetException;
import org.zwfw.lawbook.CommandOptions;
import org.zwfw.policies.PolicyTables;
import org.zwfw.policies.PopulationMatcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import scala.Tuple2;

/**
 * The {@code match} command as a Spark job ({@code spark-submit … zwfw-rules-spark-job.jar --jurisdiction … --in …
 * --out …}, docs/spark.md): the same policy rules, the same match rows. The driver reads the rules folder and
 * compiles the policy rules once (the executable model's kjar), broadcasts the folder's files and the kjar's bytes;
 * each executor JVM builds its rule set once from them ({@link ShippedRules}) and matches each partition with one
 * rule session ({@link PartitionMatcher}). The output folder's part files, read in name order, are the bytes
 * {@code match} writes for the same input: the header, then for each subject in input order its match rows, and a
 * bad row as an error row naming its line.
 */
@Command(name = "spark-match", mixinStandardHelpOptions = true,
        description = "Match a population (CSV or Parquet) against the 免申即享 policies in force, on Spark.")
public class SparkMatchJob implements Callable<Integer> {
    /** One CSV line of the population, read as the match command reads a record (trimmed, empty lines skipped). */
    static final CSVFormat LINE = PopulationMatcher.IN.builder().setHeader((String[]) null).setSkipHeaderRecord(false)
            .get();

    @Mixin
    CommandOptions.JurisdictionOnDate on;

    @Mixin
    CommandOptions.RulesFolder rulesFolder;

    @Option(names = "--in", required = true, description = "population: a CSV file (one record a line) or Parquet")
    String in;

    @Option(names = "--format", description = "csv or parquet (default: csv when --in ends with .csv)")
    String format;

    @Option(names = "--out", required = true, description = "output folder: part files of match rows (CSV)")
    String out;

    @Option(names = "--partitions", defaultValue = "0",
            description = "CSV: at least this many partitions (default: Spark's, one per block)")
    int partitions;

    private SparkSession spark;

    /** Runs the job on this session (tests, and {@link #main} with the session spark-submit configures). */
    public static int run(SparkSession spark, String... args) {
        SparkMatchJob job = new SparkMatchJob();
        job.spark = spark;
        return new CommandLine(job).execute(args);
    }

    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("zwfw-rules match").getOrCreate();
        int code;
        try {
            code = run(spark, args);
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        Path compiled = Files.createTempDirectory("zwfw-compiled-");
        RuleSet rs;
        try {
            rs = RuleSetLoader.loadPolicies(rulesFolder.rules, new CompiledRuleCache(compiled));
        } catch (RuleSetException e) {
            e.getProblems().forEach(System.err::println);
            return 1;
        }
        if (rs.catalog().jurisdiction(on.jurisdiction).isEmpty()) {
            System.err.println("unknown jurisdiction " + on.jurisdiction);
            return 2;
        }
        driverRules = rs;
        ShippedRules shipped = ShippedRules.of(rs, compiled);
        long tRules = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        boolean csv = format == null ? in.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                : format.equalsIgnoreCase("csv");
        List<String> header = new ArrayList<>();
        JavaRDD<PopulationMatcher.Row> rows = csv ? csvRows(jsc, header) : parquetRows(header);
        if (rows == null) {
            return 2;
        }
        Broadcast<ShippedRules> rules = jsc.broadcast(shipped);
        LongAccumulator subjects = jsc.sc().longAccumulator("subjects");
        LongAccumulator matches = jsc.sc().longAccumulator("matches");
        LongAccumulator badRows = jsc.sc().longAccumulator("bad rows");
        PartitionMatcher matcher = new PartitionMatcher(rules, on.jurisdiction, on.date(), header, subjects, matches,
                badRows);
        rows.mapPartitionsWithIndex(matcher::match, true).saveAsTextFile(out);
        rules.destroy();
        double secs = (System.nanoTime() - tRules) / 1e9;
        System.out.printf("rules %s compiled on the driver in %.1f s%n", rs.version().substring(0, 12),
                (tRules - t0) / 1e9);
        System.out.printf("matched %d subjects in %.2f s (%.0f subjects/s): %d matches, %d bad rows -> %s%n",
                subjects.value(), secs, subjects.value() / secs, matches.value(), badRows.value(), out);
        return 0;
    }

    /**
     * A CSV file's data rows, numbered by line as the match command numbers them; null (problems printed) when its
     * header is not a population's. Each line is one record: a quoted field running over a line end is not read
     * here (a bad row), where the match command reads it whole — Parquet has no such limit.
     */
    private JavaRDD<PopulationMatcher.Row> csvRows(JavaSparkContext jsc, List<String> header) throws IOException {
        JavaRDD<String> lines = partitions > 0 ? jsc.textFile(in, partitions) : jsc.textFile(in);
        List<String> first = lines.take(1);
        List<FieldProblem> problems = new ArrayList<>();
        try (StringReader r = new StringReader(first.isEmpty() ? "" : first.get(0))) {
            PopulationMatcher.checkHeader(r, table(), problems);
        }
        if (!report(problems)) {
            return null;
        }
        try (CSVParser p = PopulationMatcher.IN.parse(new StringReader(first.get(0)))) {
            header.addAll(p.getHeaderNames());
        }
        // zipWithIndex numbers the lines in file order (one pass over the file to count each partition's lines).
        return lines.zipWithIndex().filter(l -> l._2() > 0).flatMap(SparkMatchJob::csvRow);
    }

    private static java.util.Iterator<PopulationMatcher.Row> csvRow(Tuple2<String, Long> line) {
        long number = line._2() + 1;
        try (CSVParser p = LINE.parse(new StringReader(line._1()))) {
            List<CSVRecord> records = p.getRecords();
            if (records.isEmpty()) {
                return java.util.Collections.emptyIterator();
            }
            return List.of(new PopulationMatcher.Row(number, records.get(0).values())).iterator();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return List.of(new PopulationMatcher.Row(number, null, new FieldProblem("row",
                    "is not one CSV record on one line (a quoted field left open?): give the Spark job such rows"
                            + " as Parquet"))).iterator();
        }
    }

    /**
     * A Parquet population's rows; each value as text, as the CSV would have it (null as empty). A row is numbered as
     * its line in a CSV of the same rows in the same order with a header line: the first row is line 2.
     */
    private JavaRDD<PopulationMatcher.Row> parquetRows(List<String> header) {
        // Not repartitioned: a shuffle would lose the order the rows are numbered and written in.
        org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> df = spark.read().parquet(in);
        header.addAll(Arrays.asList(df.columns()));
        if (!report(PopulationMatcher.checkHeader(header, table()))) {
            return null;
        }
        return df.javaRDD().zipWithIndex().map(r -> {
            String[] values = new String[r._1().size()];
            for (int i = 0; i < values.length; i++) {
                Object v = r._1().get(i);
                values[i] = v == null ? "" : v instanceof java.math.BigDecimal d ? d.toPlainString()
                        : String.valueOf(v).trim();
            }
            return new PopulationMatcher.Row(r._2() + 2, values);
        });
    }

    private PolicyTables table() {
        // Only the driver's own rule set is read here: the header check, as the match command does it.
        return driverRules.table(PolicyTables.class);
    }

    private RuleSet driverRules;

    /** Prints header problems as the match command does; whether there were none. */
    private boolean report(List<FieldProblem> problems) {
        problems.forEach(p -> System.err.println(in + ": " + p.field() + ": " + p.message()));
        return problems.isEmpty();
    }
}
