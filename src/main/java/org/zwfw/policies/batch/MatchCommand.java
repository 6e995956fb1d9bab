package org.zwfw.policies.batch;

import org.zwfw.lawbook.CommandOptions;

import org.zwfw.policies.PopulationMatcher;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;

import org.zwfw.policies.PolicyTables;
import org.zwfw.engine.CompiledRuleCache;
import org.zwfw.engine.RuleSet;
import org.zwfw.kernel.RuleSetException;
import org.zwfw.engine.RuleSetLoader;
import org.zwfw.kernel.FieldProblem;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code match --jurisdiction <code> --as-of <date> --in subjects.csv --out matches.csv}: a whole population through
 * the policy rules. Resumable: a checkpoint beside the output records how many subjects are written and how long
 * the output was then; a rerun after a crash cuts the output back to that length and goes on from there, so no row
 * is lost or written twice.
 */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = "Match a population CSV against the 免申即享 policies in force; writes a CSV of matches.")
public class MatchCommand implements Callable<Integer> {
    @Mixin
    CommandOptions.JurisdictionOnDate on;

    @Option(names = "--in", required = true, description = "population CSV: key,type and data dictionary columns")
    Path in;

    @Option(names = "--out", required = true, description = "matches CSV to write")
    Path out;

    @Mixin
    CommandOptions.RulesFolder rulesFolder;

    @Option(names = "--threads", description = "worker threads (default: cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--compiled-rules", description = "folder keeping the policy rules compiled by earlier runs, "
            + "keyed by their content (default: ~/.cache/zwfw-rules/compiled)")
    Path compiledRules;

    @Option(names = "--restart", description = "ignore a checkpoint and start over")
    boolean restart;

    @Option(names = "--checkpoint-ms", defaultValue = "500", description = "at most this often a checkpoint is saved")
    long checkpointMillis;

    /** Tests only: stop abruptly once this many subjects are written, after the output got ahead of the checkpoint. */
    long crashAfterSubjects = -1;

    public static int run(String... args) {
        return run(new MatchCommand(), args);
    }

    static int run(MatchCommand command, String... args) {
        // The command line prints its own summary; the rule engine's build chatter is not for the user.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        return new CommandLine(command).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        LocalDate date = on.date();
        String jurisdiction = on.jurisdiction;
        RuleSet rs;
        long tLoad = System.nanoTime();
        CompiledRuleCache cache = compiledRules == null ? CompiledRuleCache.inUserCache()
                : new CompiledRuleCache(compiledRules);
        long cpuLoad = processCpuNanos();
        try {
            rs = RuleSetLoader.loadPolicies(rulesFolder.rules, cache);
        } catch (RuleSetException e) {
            e.getProblems().forEach(p -> System.err.println(p));
            return 1;
        }
        if (rs.catalog().jurisdiction(jurisdiction).isEmpty()) {
            System.err.println("unknown jurisdiction " + jurisdiction);
            return 2;
        }
        // The header is checked as the HTTP batch checks it, before a byte of output is written.
        List<FieldProblem> header = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
            PopulationMatcher.checkHeader(r, rs.table(PolicyTables.class), header);
        }
        if (!header.isEmpty()) {
            header.forEach(p -> System.err.println(in + ": " + p.field() + ": " + p.message()));
            return 2;
        }
        Path checkpointFile = out.resolveSibling(out.getFileName() + ".checkpoint");
        Checkpoint cp = restart ? null : Checkpoint.read(checkpointFile, in, jurisdiction, date, rs.version());
        if (cp == null) {
            cp = new Checkpoint(0, 0, 0, 0);
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                w.write(String.join(",", PopulationMatcher.OUTPUT) + "\n");
            }
            cp = new Checkpoint(0, Files.size(out), 0, 0);
        } else {
            try (FileChannel ch = FileChannel.open(out, StandardOpenOption.WRITE)) {
                ch.truncate(cp.outputBytes());
            }
            System.err.println("resuming after " + cp.subjects() + " subjects");
        }
        final Checkpoint start = cp;
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        System.err.printf("rules %s loaded in %.1f s (cpu %.1f s; %s); matching…%n", rs.version().substring(0, 12),
                (t0 - tLoad) / 1e9, (cpu0 - cpuLoad) / 1e9, cache.reused() > 0 ? "compiled rules reused from " + cache.dir()
                        : cache.compiled() > 0 ? "compiled, kept in " + cache.dir() : "compiled, nothing kept");
        // On a terminal the bar knows its total: the subjects of the file (a byte scan, ~0.1 s per million lines).
        ProgressBar bar = System.console() == null ? null : new ProgressBarBuilder().setTaskName("match")
                .setInitialMax(subjectsIn(in)).setStyle(ProgressBarStyle.ASCII).setUnit(" subjects", 1).build();
        PopulationMatcher.Summary summary;
        try (Reader r = new BufferedReader(Files.newBufferedReader(in, StandardCharsets.UTF_8), 1 << 16);
             java.io.OutputStream w = new java.io.BufferedOutputStream(
                     Files.newOutputStream(out, StandardOpenOption.APPEND), 1 << 16)) {
            long[] lastSave = {System.nanoTime()};
            summary = new PopulationMatcher(rs, jurisdiction, date, threads).run(r, start.subjects(), w,
                    (done, matches, bad) -> {
                        if (bar != null) {
                            bar.stepTo(done);
                        }
                        if (crashAfterSubjects >= 0 && done >= crashAfterSubjects) {
                            w.flush();
                            throw new IllegalStateException("simulated crash after " + done + " subjects");
                        }
                        if (System.nanoTime() - lastSave[0] >= checkpointMillis * 1_000_000L) {
                            w.flush();
                            new Checkpoint(done, Files.size(out), start.matches() + matches, start.badRows() + bad)
                                    .write(checkpointFile, in, jurisdiction, date, rs.version());
                            lastSave[0] = System.nanoTime();
                        }
                    });
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        Files.deleteIfExists(checkpointFile);
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("matched %d subjects in %.2f s (%.0f subjects/s, cpu %.1f s): %d matches, %d bad rows -> %s%n",
                summary.subjects(), secs, summary.subjects() / secs, (processCpuNanos() - cpu0) / 1e9,
                start.matches() + summary.matches(), start.badRows() + summary.badRows(), out);
        // End to end: from the JVM's start (class loading, rules, reading, matching, writing) to the last byte.
        System.out.printf("end to end %.2f s since the JVM started%n",
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
        return 0;
    }

    /** The data rows of a population CSV (its lines less the header; a last line without a newline counts). */
    static long subjectsIn(Path csv) throws IOException {
        long lines = 0;
        int last = '\n';
        byte[] buf = new byte[1 << 16];
        try (java.io.InputStream s = Files.newInputStream(csv)) {
            for (int n; (n = s.read(buf)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
                last = buf[n - 1];
            }
        }
        if (last != '\n') {
            lines++;
        }
        return Math.max(lines - 1, 0);
    }

    /** CPU time of the whole process so far (all threads, JIT and GC included), or 0 where the JVM cannot tell. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(os.getProcessCpuTime(), 0) : 0;
    }

    /** How far a run got: subjects written, output length then, totals so far. */
    record Checkpoint(long subjects, long outputBytes, long matches, long badRows) {
        static Checkpoint read(Path file, Path in, String jurisdiction, LocalDate date, String version) throws IOException {
            if (!Files.exists(file)) {
                return null;
            }
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            boolean same = p.getProperty("input", "").equals(in.toAbsolutePath().toString())
                    && p.getProperty("inputBytes", "").equals(String.valueOf(Files.size(in)))
                    && p.getProperty("jurisdiction", "").equals(jurisdiction)
                    && p.getProperty("asOf", "").equals(date.toString())
                    && p.getProperty("ruleset", "").equals(version);
            if (!same) {
                System.err.println("checkpoint " + file + " is for another input, date or rule set: starting over");
                return null;
            }
            return new Checkpoint(Long.parseLong(p.getProperty("subjects")), Long.parseLong(p.getProperty("outputBytes")),
                    Long.parseLong(p.getProperty("matches")), Long.parseLong(p.getProperty("badRows")));
        }

        void write(Path file, Path in, String jurisdiction, LocalDate date, String version) throws IOException {
            Properties p = new Properties();
            p.setProperty("input", in.toAbsolutePath().toString());
            p.setProperty("inputBytes", String.valueOf(Files.size(in)));
            p.setProperty("jurisdiction", jurisdiction);
            p.setProperty("asOf", date.toString());
            p.setProperty("ruleset", version);
            p.setProperty("subjects", String.valueOf(subjects));
            p.setProperty("outputBytes", String.valueOf(outputBytes));
            p.setProperty("matches", String.valueOf(matches));
            p.setProperty("badRows", String.valueOf(badRows));
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "zwfw-rules match checkpoint");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
