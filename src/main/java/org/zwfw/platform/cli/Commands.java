package org.zwfw.platform.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import cn.hutool.core.text.TextSimilarity;
import picocli.CommandLine.Command;

/**
 * The commands of the jar: {@code java -jar zwfw-rules.jar <command> …}. No command (or {@code serve}, or only
 * Spring Boot options such as {@code --server.port=9090}) runs the service; {@code help} lists the commands; anything
 * else that is not a command is an error naming the nearest one — never a service started by mistake.
 */
public final class Commands {
    /** A command: its name, the class whose picocli {@code @Command} describes it, and how to run it. */
    record Cmd(String name, Class<?> type, Function<String[], Integer> run) {
        String summary() {
            Command c = type.getAnnotation(Command.class);
            return c == null || c.description().length == 0 ? "" : c.description()[0];
        }
    }

    static final List<Cmd> ALL = List.of(
            new Cmd("validate", org.zwfw.governance.validate.ValidateCommand.class,
                    org.zwfw.governance.validate.ValidateCommand::run),
            new Cmd("lint", org.zwfw.lint.LintCommand.class, org.zwfw.lint.LintCommand::run),
            new Cmd("what-if", org.zwfw.governance.whatif.WhatIfCommand.class, org.zwfw.governance.whatif.WhatIfCommand::run),
            new Cmd("scaffold", org.zwfw.governance.scaffold.ScaffoldCommand.class,
                    org.zwfw.governance.scaffold.ScaffoldCommand::run),
            new Cmd("match", org.zwfw.policies.batch.MatchCommand.class, org.zwfw.policies.batch.MatchCommand::run),
            new Cmd("generate", org.zwfw.policies.generate.GenerateCommand.class,
                    org.zwfw.policies.generate.GenerateCommand::run));

    /** What {@link #dispatch} answers when the service is to run. */
    public static final int SERVE = -1;

    private Commands() {}

    /**
     * Runs the command {@code args} name and answers its exit code, or {@link #SERVE} when the service is to run:
     * no arguments, {@code serve}, or Spring Boot options alone ({@code --name=value}).
     */
    public static int dispatch(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("serve") || isSpringOption(args[0])) {
            return SERVE;
        }
        String name = args[0];
        if (name.equals("help") || name.equals("--help") || name.equals("-h")) {
            help(out);
            return 0;
        }
        for (Cmd c : ALL) {
            if (c.name().equals(name)) {
                return c.run().apply(Arrays.copyOfRange(args, 1, args.length));
            }
        }
        err.println("unknown command '" + name + "'; did you mean '" + nearest(name) + "'?");
        help(err);
        return 2;
    }

    /** The arguments the service gets: {@code serve} itself is not a Spring Boot argument. */
    public static String[] serviceArgs(String[] args) {
        return args.length > 0 && args[0].equals("serve") ? Arrays.copyOfRange(args, 1, args.length) : args;
    }

    private static boolean isSpringOption(String arg) {
        return arg.startsWith("--") && arg.length() > 2 && !arg.equals("--help");
    }

    static String nearest(String name) {
        return java.util.stream.Stream.concat(ALL.stream().map(Cmd::name), java.util.stream.Stream.of("serve", "help"))
                .max(Comparator.comparingDouble(c -> TextSimilarity.similar(name, c))).orElse("help");
    }

    static void help(PrintStream out) {
        out.println("usage: java -jar zwfw-rules.jar [command] [options]   (each command: <command> --help)");
        out.println();
        out.printf("  %-10s %s%n", "serve", "Run the web service with the rules folder (the default when no command is given).");
        for (Cmd c : ALL) {
            out.printf("  %-10s %s%n", c.name(), c.summary());
        }
        out.printf("  %-10s %s%n", "help", "List these commands.");
    }
}
