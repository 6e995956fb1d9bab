package org.zwfw.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The jar's command line: help lists every command, a mistyped one is named, only no command runs the service. */
class CommandsTest {
    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Commands.dispatch(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsEveryCommandWithOneLineEachAndExitsZero() {
        for (String help : new String[] {"help", "--help", "-h"}) {
            Run r = run(help);
            assertThat(r.exit()).isZero();
            assertThat(r.out().lines().filter(l -> l.startsWith("  ")))
                    .extracting(l -> l.trim().split("\\s+")[0])
                    .containsExactly("serve", "validate", "lint", "what-if", "scaffold", "match", "generate", "help");
            // Each line says what the command does, from the command's own description.
            assertThat(r.out()).contains("Check a rules folder").contains("Match a population CSV");
        }
    }

    @Test
    void anUnknownCommandExitsTwoNamingTheNearestAndStartsNothing() {
        Run r = run("valdate", "rules");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("unknown command 'valdate'; did you mean 'validate'?").contains("what-if");
        assertThat(run("whatif").err()).contains("did you mean 'what-if'?");
        assertThat(run("serv").exit()).isEqualTo(2);
    }

    @Test
    void onlyNoCommandServeOrSpringOptionsRunTheService() {
        assertThat(run().exit()).isEqualTo(Commands.SERVE);
        assertThat(run("serve").exit()).isEqualTo(Commands.SERVE);
        assertThat(run("--server.port=9090").exit()).isEqualTo(Commands.SERVE);
        assertThat(Commands.serviceArgs(new String[] {"serve", "--server.port=9090"})).containsExactly("--server.port=9090");
        assertThat(Commands.serviceArgs(new String[] {"--server.port=9090"})).containsExactly("--server.port=9090");
    }

    @Test
    void aKnownCommandRunsWithTheRestOfTheArguments() {
        Run r = run("validate", "--help");
        assertThat(r.exit()).isZero();
    }
}
