package org.zwfw.platform.ops;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.zwfw.ZwfwRulesApplication;

/**
 * The application's main class in a JVM of its own (this test run's class path), so a test can kill it with SIGKILL
 * ({@link Process#destroyForcibly()}) as an operator's {@code kill -9} or a power cut would.
 */
final class ChildJvm {
    static final Path RULES = Path.of("rules").toAbsolutePath();

    private ChildJvm() {}

    static Process start(Path workDir, Path output, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Dsun.jnu.encoding=UTF-8", "-Duser.timezone=Asia/Shanghai",
                "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), ZwfwRulesApplication.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** SIGKILL: no shutdown hook, no flush, no graceful anything. */
    static void kill(Process p) throws InterruptedException {
        p.destroyForcibly();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("child did not die");
        }
    }

    /** SIGTERM, then wait for the graceful shutdown (the store closed cleanly). */
    static int stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("child did not stop on SIGTERM");
        }
        return p.exitValue();
    }

}
