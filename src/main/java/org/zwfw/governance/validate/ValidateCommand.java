package org.zwfw.governance.validate;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code validate <rules-dir>}: builds the folder as the service would and runs the static checks, printing one
 * {@code file:line: message} (tables: {@code file:row:column: message}) per problem. Exit 0 when there is none, 1
 * otherwise.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a rules folder: compile every rule and table, then the static checks; exit 1 on any problem.")
public class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "<rules-dir>", description = "the rules folder to check")
    Path rules;

    private final java.io.PrintStream out;
    private final java.io.PrintStream err;

    ValidateCommand(java.io.PrintStream out, java.io.PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static int run(String... args) {
        // Only the problems are for the analyst; the rule engine's build log is not.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.OFF);
        return run(System.out, System.err, args);
    }

    static int run(java.io.PrintStream out, java.io.PrintStream err, String... args) {
        return new CommandLine(new ValidateCommand(out, err)).execute(args);
    }

    @Override
    public Integer call() {
        ValidationReport report = RuleSetValidator.validate(rules);
        report.problems().forEach(f -> out.println(f.text()));
        report.notices().forEach(f -> out.println(f.text() + " (notice)"));
        if (report.valid()) {
            err.println(rules + ": " + report.rules() + " rules, no problems");
            return 0;
        }
        err.println(rules + ": " + report.problems().size() + " problem(s)");
        return 1;
    }
}
