package org.zwfw.governance.whatif;

import org.zwfw.lawbook.CommandOptions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.zwfw.policies.PolicyMatchService;
import org.zwfw.engine.RuleSet;
import org.zwfw.kernel.RuleSetException;
import org.zwfw.engine.RuleSetLoader;
import org.zwfw.kernel.FieldProblem;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code what-if --base <rules-dir|instrument> --proposal <rules-dir|instrument> --cases cases.jsonl}: every case
 * under both sides; prints a summary and each differing case, writes the full report as JSON and/or HTML. Exit 0 when
 * no decision differs, 1 when some do, 2 when the comparison could not be made or is incomplete (a bad option, a
 * rules folder that does not load, an unknown instrument, an unreadable cases file or a case that is not valid on
 * either side) — like {@code diff}.
 */
@Command(name = "what-if", mixinStandardHelpOptions = true,
        description = "Decide a batch of cases under two rule sets and report every decision that differs.")
public class WhatIfCommand implements Callable<Integer> {
    static final int SAME = 0;
    static final int DIFFERENT = 1;
    static final int TROUBLE = 2;

    @Option(names = "--base", required = true, paramLabel = "<rules-dir|instrument>",
            description = "a rules folder (decided as the law stands on each case's date), or the id or exact title "
                    + "of an instrument of --rules put in force in place of the others of its jurisdiction")
    String base;

    @Option(names = "--proposal", required = true, paramLabel = "<rules-dir|instrument>", description = "the same, for the proposal")
    String proposal;

    @Option(names = "--cases", required = true, description = "JSON lines: {\"case\":…,\"acceptance\":{…}}, {\"case\":…,\"policyMatch\":{…}}, {\"case\":…,\"services\":{…}} or {\"case\":…,\"bundle\":{…}}")
    Path cases;

    @Mixin
    CommandOptions.RulesFolder rulesFolder;

    @Option(names = "--json", description = "write the full report as JSON here")
    Path json;

    @Option(names = "--html", description = "write the report as an HTML page here")
    Path html;

    @Option(names = "--today", hidden = true, description = "the date of a case without asOf (default today, Asia/Shanghai)")
    LocalDate today;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    static int run(PrintWriter out, PrintWriter err, String... args) {
        // The command prints its own report; the rule engine's build chatter is not for the user.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        CommandLine cl = new CommandLine(new WhatIfCommand()).setOut(out).setErr(err);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("what-if: " + e.getMessage());
            return TROUBLE;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(cases)) {
            err.println("what-if: --cases " + cases + ": no such file");
            return TROUBLE;
        }
        Map<Path, RuleSet> loaded = new HashMap<>();
        WhatIfSide b;
        WhatIfSide p;
        try {
            b = side("base", base, loaded);
            p = side("proposal", proposal, loaded);
        } catch (RuleSetException e) {
            err.println("what-if: a rule set does not load:");
            e.getProblems().forEach(pr -> err.println(pr));
            return TROUBLE;
        } catch (IllegalArgumentException e) {
            err.println("what-if: " + e.getMessage());
            return TROUBLE;
        }
        JsonMapper mapper = JsonMapper.builder().build();
        List<WhatIfCase> read = new ArrayList<>();
        List<WhatIfCase.Unreadable> unreadable = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(cases, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String l = in.readLine(); l != null; l = in.readLine()) {
                n++;
                if (l.isBlank()) {
                    continue;
                }
                List<FieldProblem> errors = new ArrayList<>();
                WhatIfCase c;
                try {
                    c = WhatIfCase.read(mapper, mapper.readTree(l), n, "", errors);
                } catch (JacksonException e) {
                    c = null;
                    errors.add(new FieldProblem("case", "is not valid JSON"));
                }
                if (c != null) {
                    read.add(c);
                } else {
                    unreadable.add(new WhatIfCase.Unreadable(n, errors));
                }
            }
        }
        PolicyMatchService policies = new PolicyMatchService(null);
        WhatIf.Report report = new WhatIf(WhatIf.RULES_FOLDER_CREDIT, policies::match,
                today == null ? LocalDate.now(ZoneId.of("Asia/Shanghai")) : today).run(b, p, read, unreadable);
        print(report, out);
        if (json != null) {
            Files.writeString(json, mapper.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(report), StandardCharsets.UTF_8);
        }
        if (html != null) {
            Files.writeString(html, WhatIfHtml.render(report), StandardCharsets.UTF_8);
        }
        if (!report.invalid().isEmpty()) {
            return TROUBLE;
        }
        return report.differences().isEmpty() ? SAME : DIFFERENT;
    }

    private WhatIfSide side(String name, String spec, Map<Path, RuleSet> loaded) {
        Path dir = Path.of(spec);
        if (Files.isDirectory(dir)) {
            return WhatIfSide.asTheLawStands(spec, loaded.computeIfAbsent(dir.toAbsolutePath().normalize(), RuleSetLoader::load));
        }
        RuleSet rs = loaded.computeIfAbsent(rulesFolder.rules.toAbsolutePath().normalize(), RuleSetLoader::load);
        return WhatIfSide.instrument(rs, spec).map(i -> new WhatIfSide(spec, rs, i))
                .orElseThrow(() -> new IllegalArgumentException("--" + name + " " + spec
                        + ": neither a rules folder nor an instrument of " + rulesFolder.rules + " (instruments: "
                        + String.join(", ", rs.instruments().stream().map(i -> i.id()).toList()) + ")"));
    }

    static void print(WhatIf.Report r, PrintWriter out) {
        WhatIf.Summary s = r.summary();
        out.printf("what-if %s → %s: %d cases, %d compared, %d differ, %d invalid%n", r.base().label(),
                r.proposal().label(), s.cases(), s.compared(), s.differing(), s.invalid());
        for (WhatIf.Difference d : r.differences()) {
            out.printf("line %d%s:%n", d.line(), d.caseLabel() == null ? "" : " (" + d.caseLabel() + ")");
            for (WhatIf.Change c : d.changes()) {
                List<String> clauses = new ArrayList<>(c.baseClauses());
                c.proposalClauses().stream().filter(x -> !clauses.contains(x)).forEach(clauses::add);
                out.printf("  %s: %s → %s  [%s]%n", c.part(), c.base(), c.proposal(), String.join("; ", clauses));
            }
        }
        for (WhatIf.Invalid i : r.invalid()) {
            i.errors().forEach(e -> out.printf("line %d: invalid: %s %s%n", i.line(), e.field(), e.message()));
        }
        if (!s.clauses().isEmpty()) {
            out.println("clauses responsible (differing cases):");
            s.clauses().forEach((k, v) -> out.printf("  %3d  %s%n", v, k));
        }
    }
}
