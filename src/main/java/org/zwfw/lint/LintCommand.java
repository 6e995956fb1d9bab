package org.zwfw.lint;

import org.zwfw.lawbook.CommandOptions;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.zwfw.catalog.Jurisdiction;
import org.zwfw.lint.facts.Breach;
import org.zwfw.engine.RuleSet;
import org.zwfw.kernel.RuleSetException;
import org.zwfw.engine.RuleSetLoader;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lint --jurisdiction <code> [--as-of <date>] [--rules <dir>] [--catalog <dir>]}: lints the jurisdiction's
 * published catalog (or a candidate catalog folder) under the instruments in force on the date. Prints one line per
 * breach; exit 0 when clean, 1 when there are breaches, 2 when it cannot lint (bad option, unknown jurisdiction,
 * unreadable catalog, a rule set that does not load).
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Lint a jurisdiction's published catalog against the instruments in force; one line per breach.")
public class LintCommand implements Callable<Integer> {
    static final int CLEAN = 0;
    static final int BREACHES = 1;
    static final int CANNOT_LINT = 2;

    @Mixin
    CommandOptions.JurisdictionOnDate on;

    @Mixin
    CommandOptions.RulesFolder rulesFolder;

    @Option(names = "--catalog", description = "a candidate catalog folder (matters.csv, guide.csv, materials.csv, "
            + "tolerance-list.csv, retained-proofs.csv) instead of the published one")
    Path catalog;

    private final PrintStream out;
    private final PrintStream err;

    LintCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static int run(String... args) {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.OFF);
        return run(new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), args);
    }

    static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine cl = new CommandLine(new LintCommand(out, err));
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setExitCodeExceptionMapper(e -> CANNOT_LINT);
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        LocalDate date = on.date();
        String jurisdiction = on.jurisdiction;
        RuleSet rs;
        try {
            rs = RuleSetLoader.load(rulesFolder.rules);
        } catch (RuleSetException e) {
            e.getProblems().forEach(err::println);
            return CANNOT_LINT;
        }
        Jurisdiction j = rs.catalog().jurisdiction(jurisdiction).orElse(null);
        if (j == null) {
            err.println("unknown jurisdiction " + jurisdiction + " (not in " + rulesFolder.rules.resolve("jurisdictions.csv") + ")");
            return CANNOT_LINT;
        }
        Path folder = catalog != null ? catalog : CatalogLinter.publishedCatalog(rs, j);
        if (folder == null || !Files.isDirectory(folder)) {
            err.println(catalog != null ? "catalog folder not found: " + catalog
                    : j.name() + " (" + j.code() + ") publishes no catalog in " + rulesFolder.rules);
            return CANNOT_LINT;
        }
        // The published catalog is read from the rule set's copy of the folder; problems name it on disk.
        Path shown = catalog != null ? catalog : rulesFolder.rules.resolve(j.folder()).resolve("catalog");
        CatalogLinter.Result r;
        try {
            r = new CatalogLinter().lint(rs, j, date, folder);
        } catch (org.zwfw.engine.NoLawInForce e) {
            err.println("--as-of: " + e.getMessage());
            return CANNOT_LINT;
        }
        if (!r.problems().isEmpty()) {
            r.problems().forEach(p -> err.println(shown.resolve(p.file()) + ":" + p.line() + ": " + p.message()));
            return CANNOT_LINT;
        }
        r.breaches().forEach(b -> out.println(line(b)));
        err.printf("%d breach(es) in the catalog of %s %s on %s, under %d instrument(s) in force (rules %s)%n",
                r.breaches().size(), j.name(), j.code(), date, r.instruments().size(), rs.version().substring(0, 12));
        return r.breaches().isEmpty() ? CLEAN : BREACHES;
    }

    /** {@code matter[/material] CHECK clause: message}, or {@code retained-proofs.csv[proof] CHECK clause: message}. */
    static String line(Breach b) {
        String where = b.matterCode() == null && b.proof() != null
                ? CatalogLintReader.RETAINED + "[" + b.proof() + "]"
                : b.matterCode() + (b.materialCode() == null ? "" : "/" + b.materialCode());
        return where + " " + b.check() + " " + b.clause() + ": " + b.message();
    }
}
