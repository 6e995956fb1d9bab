package org.zwfw.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.policies.generate.GenerateCommand;

/**
 * kill -9 during a batch {@code match} run (its own JVM, killed with SIGKILL once it has saved a checkpoint and is
 * still writing): the rerun resumes from the checkpoint and its output is byte for byte that of an uninterrupted run
 * — no row lost, none repeated.
 */
@Tag("slow") // a crash: a child JVM killed mid-batch and resumed; run by mvn test -Pslow
class MatchCrashTest {
    static final int SUBJECTS = 300_000;

    @TempDir
    Path dir;

    Process match(Path out, Path log) throws Exception {
        return ChildJvm.start(dir, log, "match", "--jurisdiction", "610100", "--as-of", "2026-03-02",
                "--in", dir.resolve("subjects.csv").toString(), "--out", out.toString(),
                "--rules", ChildJvm.RULES.toString(), "--threads", "2", "--checkpoint-ms", "100",
                "--compiled-rules", dir.resolve("compiled").toString());
    }

    static int await(Process p, Path log) throws Exception {
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("match did not finish:\n" + Files.readString(log));
        }
        return p.exitValue();
    }

    @Test
    void aRunKilledWithSigkillResumesToTheOutputOfAnUninterruptedRun() throws Exception {
        assertThat(GenerateCommand.run(new String[] {"--size", String.valueOf(SUBJECTS), "--seed", "6",
                "--out", dir.resolve("subjects.csv").toString()})).isZero();

        Path out = dir.resolve("matches.csv");
        Path checkpoint = dir.resolve("matches.csv.checkpoint");
        Path log = dir.resolve("killed.log");
        Process killed = match(out, log);
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!(Files.exists(checkpoint) && Files.size(out) > 0) && killed.isAlive() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(killed.isAlive()).as("still running when killed:\n" + Files.readString(log)).isTrue();
        ChildJvm.kill(killed);
        assertThat(checkpoint).as("a checkpoint is left behind by the kill").exists();
        long killedAt = Files.size(out);

        Path resumedLog = dir.resolve("resumed.log");
        assertThat(await(match(out, resumedLog), resumedLog)).as(Files.readString(resumedLog)).isZero();
        assertThat(checkpoint).doesNotExist();

        Path whole = dir.resolve("uninterrupted.csv");
        Path wholeLog = dir.resolve("uninterrupted.log");
        assertThat(await(match(whole, wholeLog), wholeLog)).as(Files.readString(wholeLog)).isZero();

        assertThat(killedAt).as("killed part-way").isLessThan(Files.size(whole));
        assertThat(Files.mismatch(out, whole)).as("resumed output equals the uninterrupted one").isEqualTo(-1L);
        assertThat(Files.lines(whole).count()).isGreaterThan(SUBJECTS / 10);
    }
}
