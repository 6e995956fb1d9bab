package org.zwfw.governance.validate;

import org.zwfw.lawbook.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zwfw.kernel.CsvTable;
import org.zwfw.lawbook.Assessments;
import org.zwfw.catalog.Jurisdiction;

/**
 * Table rows reference what exists, reported by spreadsheet row and column: in each jurisdiction's catalog a
 * material row names a matter of matters.csv, a 容缺 row a matter and one of that matter's materials; beside each
 * manifest, a row of articles.csv (the decision-relevance column analysts keep for the coverage report) names an
 * article of that instrument and says Y or N — every article of the instrument has its row (issue 17).
 */
final class TableCheck {
    private TableCheck() {}

    /** A table as the lawbook parsed it: its header and rows, each with the line it starts on (the spreadsheet row). */
    record Table(String file, List<String> header, List<CsvTable.Parsed.Line> rows) {
        int column(String name) { return header.indexOf(name) + 1; }

        String cell(int row, String name) {
            return rows.get(row).cell(header.indexOf(name));
        }

        int line(int row) { return rows.get(row).start(); }
    }

    static Table read(Path root, Path csv) {
        try {
            CsvTable.Parsed parsed = CsvTable.parse(csv);
            return new Table(root.relativize(csv).toString().replace('\\', '/'), parsed.header(), parsed.rows());
        } catch (IOException e) {
            return null; // the loader reports a table it cannot read
        }
    }

    static void run(RulesSource src, List<Finding> out) {
        for (Jurisdiction j : src.catalog.jurisdictions().values()) {
            Path folder = src.root.resolve(j.folder()).resolve("catalog");
            if (Files.isDirectory(folder)) {
                catalog(src.root, folder, out);
            }
        }
        for (Manifest m : src.manifests) {
            Path csv = src.root.resolve(m.folder()).resolve("articles.csv");
            if (Files.isRegularFile(csv)) {
                articles(src, csv, m, out);
            } else if (m.fields() != null) {
                out.add(Finding.at(m.folder() + "/articles.csv", 0, "assessment", "missing: every article of "
                        + m.title() + " is assessed in articles.csv (article,decision_relevant,note: Y or N and why)"));
            }
        }
    }

    private static void catalog(Path root, Path folder, List<Finding> out) {
        Set<String> matters = new HashSet<>();
        Table mt = read(root, folder.resolve("matters.csv"));
        if (mt != null) {
            for (int i = 0; i < mt.rows().size(); i++) {
                matters.add(mt.cell(i, "matter_code"));
            }
        }
        Map<String, Set<String>> materials = new HashMap<>();
        Table ma = read(root, folder.resolve("materials.csv"));
        if (ma != null) {
            for (int i = 0; i < ma.rows().size(); i++) {
                String matter = ma.cell(i, "matter_code");
                if (!matter.isEmpty() && !matters.contains(matter)) {
                    out.add(new Finding(ma.file(), ma.line(i), ma.column("matter_code"), "table",
                            "matter " + matter + " is not in matters.csv"));
                }
                materials.computeIfAbsent(matter, k -> new HashSet<>()).add(ma.cell(i, "material_code"));
            }
        }
        Table tl = read(root, folder.resolve("tolerance-list.csv"));
        if (tl != null) {
            for (int i = 0; i < tl.rows().size(); i++) {
                String matter = tl.cell(i, "matter_code");
                String material = tl.cell(i, "material_code");
                if (!matters.contains(matter)) {
                    out.add(new Finding(tl.file(), tl.line(i), tl.column("matter_code"), "table",
                            "matter " + matter + " is not in matters.csv"));
                } else if (!materials.getOrDefault(matter, Set.of()).contains(material)) {
                    out.add(new Finding(tl.file(), tl.line(i), tl.column("material_code"), "table",
                            "material " + material + " is not a material of " + matter + " in materials.csv"));
                }
            }
        }
    }

    private static void articles(RulesSource src, Path csv, Manifest m, List<Finding> out) {
        Table t = read(src.root, csv);
        if (t == null) {
            return;
        }
        for (String col : List.of("article", "decision_relevant")) {
            if (t.column(col) == 0) {
                out.add(new Finding(t.file(), 1, 0, "table", "missing column " + col));
                return;
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < t.rows().size(); i++) {
            String a = t.cell(i, "article");
            int row = t.line(i);
            boolean whole = m.citedWhole() && Assessments.WHOLE.equals(a);
            if (!whole && !m.articles().contains(a)) {
                out.add(new Finding(t.file(), row, t.column("article"), "table",
                        "article " + a + " is not an article of " + m.title()));
            } else if (!seen.add(a)) {
                out.add(new Finding(t.file(), row, t.column("article"), "table", "article " + a + " listed twice"));
            }
            String relevant = t.cell(i, "decision_relevant");
            if (relevant.isEmpty()) {
                // Issue 17: an article nobody has assessed leaves the coverage report unable to say how far the law is encoded.
                out.add(new Finding(t.file(), row, t.column("decision_relevant"), "assessment", "article " + a
                        + " is not assessed: write Y (a decision turns on it) or N in decision_relevant, and why in note"));
            } else if (!Set.of("Y", "N").contains(relevant)) {
                out.add(new Finding(t.file(), row, t.column("decision_relevant"), "table",
                        "decision_relevant must be Y or N, not '" + relevant + "'"));
            }
        }
        List<String> expected = new ArrayList<>(m.articles());
        if (expected.isEmpty() && m.citedWhole()) {
            expected.add(Assessments.WHOLE);
        }
        for (String a : expected) {
            // An article listed by hand that the text does not have is the manifest's problem, reported there.
            if (!seen.contains(a) && (m.citedWhole() || ManifestCheck.inText(src, m, a))) {
                out.add(Finding.at(t.file(), 0, "assessment", "article " + a + " of " + m.title()
                        + " has no row: add it with Y or N in decision_relevant, and why in note"));
            }
        }
    }
}
