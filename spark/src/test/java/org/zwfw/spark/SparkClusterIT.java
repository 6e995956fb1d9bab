package org.zwfw.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job across two executor JVMs ({@code local-cluster[2,1,1024]}: a master, a worker and two executor processes
 * started from a SPARK_HOME), with the shaded job jar as the only application jar they get — as spark-submit would
 * ship it. The SPARK_HOME is arranged from the Maven artifacts: its {@code jars/} holds the class path's jars that are
 * not in the job jar (Spark's own). The rows must equal the match command's on the same population.
 */
class SparkClusterIT {
    @TempDir
    static Path dir;
    static SparkSession spark;

    @BeforeAll
    static void start() throws IOException {
        Path home = Path.of(System.getenv("SPARK_HOME"));
        Path jobJar = Path.of(System.getProperty("job.jar"));
        sparkHome(home, jobJar);
        spark = SparkSession.builder().master("local-cluster[2,1,1024]").appName("zwfw-match-cluster-test")
                .config("spark.ui.enabled", "false")
                .config("spark.jars", jobJar.toString())
                .config("spark.executor.extraJavaOptions", "-Dfile.encoding=UTF-8 -Dsun.jnu.encoding=UTF-8")
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /**
     * The job's own libraries, which the job jar brings and a Spark distribution does not have. Libraries both use
     * (SLF4J, Commons) are in a distribution's jars/ as well: an executor needs them before it sees the job jar.
     */
    static final List<String> JOB_GROUPS = List.of("org.zwfw", "org.drools", "org.kie", "org.mvel", "tools.jackson",
            "com.google.jimfs", "org.apache.commons/commons-csv", "cn.hutool", "info.picocli", "me.tongfei");

    /** SPARK_HOME/jars: links to the class path's jars but those of the job's own libraries (by Maven coordinates). */
    static void sparkHome(Path home, Path jobJar) throws IOException {
        Set<String> shaded = new HashSet<>();
        try (JarFile jar = new JarFile(jobJar.toFile())) {
            jar.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith("META-INF/maven/") && n.endsWith("/pom.properties"))
                    .forEach(n -> {
                        String[] p = n.split("/");
                        if (JOB_GROUPS.stream().anyMatch(g -> (p[2] + "/" + p[3]).startsWith(g))) {
                            shaded.add("/" + p[2].replace('.', '/') + "/" + p[3] + "/");
                        }
                    });
        }
        Path jars = Files.createDirectories(home.resolve("jars"));
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            String name = p.getFileName().toString();
            // This project's own jar too: the executors get its classes from the job jar only.
            if (!name.endsWith(".jar") || name.startsWith("zwfw-rules-spark") || shaded.stream().anyMatch(p.toString()::contains)) {
                continue;
            }
            Path link = jars.resolve(name);
            if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, p.toAbsolutePath());
            }
        }
    }

    @Test
    void twoExecutorJvmsGiveTheMatchCommandsRows() throws IOException {
        Path population = MatchRuns.population(dir);
        List<String> expected = MatchRuns.match(population, dir);
        List<String> actual = MatchRuns.sparkMatch(spark, population, dir.resolve("out"), "--partitions", "4");
        MatchRuns.assertSameRows(expected, actual);
        // The work was done by both executor processes, not in this JVM.
        assertTrue(spark.sparkContext().getExecutorMemoryStatus().size() >= 3,
                "driver and two executors: " + spark.sparkContext().getExecutorMemoryStatus().keySet());
    }
}
