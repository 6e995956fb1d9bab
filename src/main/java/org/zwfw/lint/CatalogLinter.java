package org.zwfw.lint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.zwfw.catalog.Jurisdiction;
import org.zwfw.lint.facts.Breach;
import org.zwfw.lawbook.Instrument;
import org.zwfw.kernel.Problem;
import org.zwfw.engine.RuleSet;

/**
 * Lints a jurisdiction's catalog on a date: its published catalog folder ({@code <rules>/<folder>/catalog}) or a
 * candidate folder, under the instruments of its chain in force that day (a draft never is). Shared by the HTTP
 * endpoint and the {@code lint} command.
 */
public final class CatalogLinter {
    private final CatalogLintEngine engine = new CatalogLintEngine();

    /** What a lint found: the breaches, or the problems that kept the catalog from being read (then no breaches). */
    public record Result(String jurisdiction, LocalDate asOf, List<Breach> breaches, List<Problem> problems,
                         List<Instrument> instruments, String rulesetVersion) {}

    /** The folder of the catalog the jurisdiction publishes in this rule set, or null if it publishes none. */
    public static Path publishedCatalog(RuleSet rs, Jurisdiction j) {
        Path folder = rs.root().resolve(j.folder()).resolve("catalog");
        return Files.isDirectory(folder) ? folder : null;
    }

    public Result lint(RuleSet rs, Jurisdiction j, LocalDate asOf, Path catalogFolder) {
        List<Instrument> applying = org.zwfw.engine.Engine.lawInForce(rs, j.code(), asOf, "asOf");
        List<Problem> problems = new ArrayList<>();
        CatalogUnderLint catalog = CatalogLintReader.read(catalogFolder, problems);
        if (!problems.isEmpty()) {
            return new Result(j.code(), asOf, List.of(), List.copyOf(problems), applying, rs.version());
        }
        return new Result(j.code(), asOf, engine.lint(rs, j.code(), catalog, applying), List.of(), applying,
                rs.version());
    }
}
