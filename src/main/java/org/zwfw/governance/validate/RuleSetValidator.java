package org.zwfw.governance.validate;

import org.zwfw.lawbook.Manifest;
import org.zwfw.engine.DecisionTableLocations;

import java.nio.file.Files;
import org.zwfw.lawbook.Lawbook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.zwfw.kernel.Problem;
import org.zwfw.engine.RuleSet;
import org.zwfw.kernel.RuleSetException;
import org.zwfw.engine.RuleSetLoader;
import org.zwfw.governance.coverage.CoverageReport;

/**
 * Validates a rules folder without putting it in service: builds it as the service would ({@link RuleSetLoader}:
 * compile errors, @clause against the manifests, bad table rows), then runs the static checks on its sources —
 * {@link ClauseCheck}, {@link ManifestCheck}, {@link TableCheck}, {@link ContradictionCheck}. Every problem comes
 * back once, in file order.
 */
public final class RuleSetValidator {
    private static final java.util.regex.Pattern TABLE_CELL = java.util.regex.Pattern.compile("column (\\d+): ");

    private RuleSetValidator() {}

    public static ValidationReport validate(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            return new ValidationReport(false, 0, List.of(Finding.at(dir.toString(), 0, "load", "rules folder not found")));
        }
        RulesSource src;
        Lawbook book;
        try {
            // Read once: the static checks and the build both read this copy of the folder.
            book = Lawbook.read(root);
            src = new RulesSource(book);
        } catch (RuleSetException e) {
            // The folder cannot even be listed (a symbolic link loop, a dangling link): nothing else can be checked.
            return new ValidationReport(false, 0, e.getProblems().stream()
                    .map(p -> Finding.at(p.file(), p.line(), "load", p.message())).toList());
        }
        List<Finding> loaded = new ArrayList<>();
        List<Finding> notices = new ArrayList<>();
        int rules = 0;
        try {
            RuleSet rs = RuleSetLoader.load(book);
            rules = rs.rules().size();
            // A reading no rule relies on is stale, or a rule forgot to name it: reported, not refused.
            rs.table(org.zwfw.lawbook.Interpretations.class).unused().forEach(i -> notices.add(Finding.at(i.file(),
                    i.line(), "interpretation", "interpretation entry " + i.id() + " (" + i.instrumentTitle()
                            + ") is named by no rule")));
            loaded.addAll(unexplained(rs));
        } catch (RuleSetException e) {
            List<Problem> problems = e.getProblems();
            for (Problem p : problems) {
                loaded.add(fromLoader(src, p));
            }
        }
        List<Finding> own = staticChecks(src);
        // A table problem this validator places in its cell replaces the loader's report of the same row.
        Set<String> cells = own.stream().filter(f -> f.column() > 0).map(f -> f.file() + ":" + f.line())
                .collect(Collectors.toSet());
        loaded.removeIf(f -> f.column() == 0 && cells.contains(f.file() + ":" + f.line()));
        Map<String, Finding> unique = new LinkedHashMap<>();
        loaded.forEach(f -> unique.putIfAbsent(f.text(), f));
        own.forEach(f -> unique.putIfAbsent(f.text(), f));
        List<Finding> all = new ArrayList<>(unique.values());
        all.sort(Finding.ORDER);
        notices.sort(Finding.ORDER);
        return new ValidationReport(all.isEmpty(), rules, List.copyOf(all), List.copyOf(notices));
    }

    /**
     * Issue 17: a decision-relevant article (Y in articles.csv) is either cited by a rule or named by an entry of its
     * instrument's interpretation register that says why it is not (yet) encoded; one with neither is a problem at its
     * row.
     */
    static List<Finding> unexplained(RuleSet rs) {
        List<Finding> out = new ArrayList<>();
        org.zwfw.lawbook.Interpretations register = rs.table(org.zwfw.lawbook.Interpretations.class);
        for (org.zwfw.lawbook.Instrument inst : rs.instruments()) {
            Map<String, org.zwfw.lawbook.Assessments.Row> rows;
            try {
                rows = org.zwfw.lawbook.Assessments.read(rs.root().resolve(inst.folder()));
            } catch (java.io.IOException e) {
                continue; // the table check reports an articles.csv it cannot read
            }
            for (org.zwfw.lawbook.Assessments.Row row : rows.values()) {
                if (row.relevantY() && CoverageReport.citing(rs, inst, row.article()).isEmpty()
                        && CoverageReport.explaining(register, inst, row.article()).isEmpty()) {
                    String a = row.article().isEmpty() ? org.zwfw.lawbook.Assessments.WHOLE : row.article();
                    out.add(new Finding(inst.folder() + "/" + org.zwfw.lawbook.Assessments.FILE, row.line(),
                            row.relevantColumn(), "assessment", "article " + a + " of " + inst.title()
                            + " is decision-relevant (Y) but no rule cites it and no entry of interpretations.csv"
                            + " names it: encode it, or add an entry saying why it is not (yet) encoded"));
                }
            }
        }
        return out;
    }

    /** The checks on the sources alone, without building the rule set. */
    static List<Finding> staticChecks(RulesSource src) {
        List<Finding> own = new ArrayList<>();
        ClauseCheck.run(src, own);
        ManifestCheck.run(src, own);
        TableCheck.run(src, own);
        ContradictionCheck.run(src, own);
        own.sort(Finding.ORDER);
        return own;
    }

    private static final java.util.regex.Pattern NAMED_COLUMN = java.util.regex.Pattern.compile("column ([A-Za-z_]+) ");

    /** The position (from 1) of a column in a table's header, or 0 when the table or the column is not there. */
    private static int columnOf(Path table, String column) {
        try {
            return org.zwfw.kernel.CsvTable.parse(table).header().indexOf(column) + 1;
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    private static Finding fromLoader(RulesSource src, Problem raw) {
        // One problem, one line: Drools' multi-line messages (with a caret under the expression) are joined.
        Problem p = new Problem(raw.file(), raw.line(), raw.message().replaceAll("\\s*\\R\\s*", " ").trim());
        Path root = src.root;
        String file = p.file();
        if (p.line() == 0 && file.endsWith("manifest.yaml")) {
            // The loader names the manifest field at fault; point at its line.
            for (Manifest m : src.manifests) {
                if (m.file().equals(file)) {
                    int at = Integer.MAX_VALUE;
                    int line = 0;
                    for (var e : m.lines().entrySet()) {
                        int i = p.message().indexOf(e.getKey());
                        if (i >= 0 && i < at) {
                            at = i;
                            line = e.getValue();
                        }
                    }
                    return Finding.at(file, line, "manifest", p.message());
                }
            }
        }
        boolean rule = file.endsWith(".drl") || DecisionTableLocations.isTable(file);
        java.util.regex.Matcher cell = TABLE_CELL.matcher(p.message());
        if ((DecisionTableLocations.isTable(file) || file.endsWith(".csv")) && cell.lookingAt()) {
            // The loader already put the spreadsheet row in the line and the column in front of the message.
            return new Finding(file, p.line(), Integer.parseInt(cell.group(1)), "compile", p.message().substring(cell.end()));
        }
        java.util.regex.Matcher named = NAMED_COLUMN.matcher(p.message());
        if (file.endsWith(".csv") && !DecisionTableLocations.isTable(file) && p.line() > 0 && named.lookingAt()) {
            // "column promised_days must be …": the analyst looks for the cell, so the column's position is given too.
            int column = columnOf(root.resolve(file), named.group(1));
            if (column > 0) {
                return new Finding(file, p.line(), column, "load", p.message());
            }
        }
        if (DecisionTableLocations.isTable(file) && Files.isRegularFile(root.resolve(file))) {
            int[] at = DecisionTableLocations.locate(root.resolve(file), p.line(), p.message());
            if (at != null) {
                // The generated DRL's line:column means nothing to an analyst; the row and column replace it.
                return new Finding(file, at[0], at[1], "compile", p.message().replaceFirst("[Ll]ine \\d+:\\d+\\s*", ""));
            }
        }
        return Finding.at(file, p.line(), rule ? "compile" : "load", p.message());
    }
}
