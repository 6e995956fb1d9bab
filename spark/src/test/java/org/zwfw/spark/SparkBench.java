package org.zwfw.spark;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.spark.sql.SparkSession;
import org.zwfw.policies.batch.MatchCommand;
import org.zwfw.policies.generate.PopulationGenerator;
import org.zwfw.policies.generate.SyntheticPolicies;

import picocli.CommandLine;

/**
 * The figures of docs/spark.md: the match command against the Spark job on one population (default 1,000,000
 * subjects, the rules plus 100 synthetic policies), and the job with 1 and 2 executors. Not a test: run it as
 * docs/spark.md says. Arguments: work folder, subjects, masters to try (e.g. local[2] local-cluster[1,1,1536]).
 * A local-cluster master needs SPARK_HOME arranged as SparkClusterIT arranges it, and -Djob.jar.
 */
public final class SparkBench {
    /** The day docs/benchmarks.md matches the synthetic policies on. */
    static final String AS_OF = "2025-06-01";

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        long size = Long.parseLong(args[1]);
        Path rules = dir.resolve("rules-100");
        if (!Files.exists(rules)) {
            SyntheticPolicies.copyRules(MatchRuns.RULES, rules);
            SyntheticPolicies.write(rules, 100, 2026);
        }
        Path in = dir.resolve("subjects-" + size + ".csv");
        if (!Files.exists(in)) {
            try (Writer w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
                PopulationGenerator.write(w, size, 2026);
            }
        }
        Path expected = dir.resolve("match.csv");
        long t = System.nanoTime();
        new CommandLine(new MatchCommand()).execute("--jurisdiction", MatchRuns.JURISDICTION, "--as-of",
                AS_OF, "--in", in.toString(), "--out", expected.toString(), "--rules", rules.toString(),
                "--compiled-rules", dir.resolve("compiled").toString());
        System.out.printf("BENCH match command (in this JVM, rules cached): %.1f s%n", (System.nanoTime() - t) / 1e9);
        for (int i = 2; i < args.length; i++) {
            String master = args[i];
            long t0 = System.nanoTime();
            SparkSession.Builder b = SparkSession.builder().master(master).appName("zwfw-match-bench")
                    .config("spark.ui.enabled", "false")
                    .config("spark.executor.extraJavaOptions", "-Dfile.encoding=UTF-8 -Dsun.jnu.encoding=UTF-8")
                    .config("spark.driver.host", "127.0.0.1");
            if (master.startsWith("local-cluster")) {
                b = b.config("spark.jars", System.getProperty("job.jar"))
                        .config("spark.executor.memory", System.getProperty("executor.memory", "1536m"));
            }
            SparkSession spark = b.getOrCreate();
            double start = (System.nanoTime() - t0) / 1e9;
            Path out = dir.resolve("spark-" + i);
            long t1 = System.nanoTime();
            SparkMatchJob.run(spark, "--jurisdiction", MatchRuns.JURISDICTION, "--as-of", AS_OF,
                    "--in", in.toString(), "--out", out.toString(), "--rules", rules.toString());
            double job = (System.nanoTime() - t1) / 1e9;
            spark.stop();
            System.out.printf("BENCH %s: session start %.1f s, job (compile on driver, read, match, write) %.1f s,"
                    + " total %.1f s%n", master, start, job, start + job);
        }
    }
}
