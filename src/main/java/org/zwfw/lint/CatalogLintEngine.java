package org.zwfw.lint;

import java.util.List;
import java.util.Set;

import org.zwfw.lint.facts.Breach;
import org.zwfw.engine.Engine;
import org.zwfw.fees.FeeTables;
import org.zwfw.lawbook.Instrument;
import org.zwfw.engine.RuleSet;

/**
 * Runs the catalog lint rules (rules/**&#47;lint.drl) over one catalog under the instruments given — for a real
 * lint, those of the jurisdiction's chain in force on the date. Holds no judgement of its own: every breach, its
 * message and its clause come from a rule.
 */
public final class CatalogLintEngine {
    /**
     * The family's name in phases.csv: {@code lint} (each instrument's own rules), then {@code lint-baseline} (national
     * rules that stand back where a local rule has already reported the same breach). Acceptance, fee and case
     * sessions never focus either phase, so lint rules never fire there.
     */
    public static final String FAMILY = "lint";

    public List<Breach> lint(RuleSet rs, String jurisdiction, CatalogUnderLint catalog, List<Instrument> applying) {
        Set<String> ids = rs.ids(applying);
        List<String> chain = rs.catalog().chain(jurisdiction);
        LintReport report = new LintReport();
        LintTables tables = rs.table(LintTables.class);
        Engine.run(rs, Engine.decide(FAMILY, applying, facts -> {
            facts.global("lint", report);
            facts.insertAll(catalog.matters());
            facts.insertAll(catalog.materials());
            facts.insertAll(catalog.tolerable());
            facts.insertAll(catalog.retainedProofs());
            facts.insertAll(tables.elementsOf(ids));
            facts.insertAll(tables.phrasesOf(ids));
            facts.insertAll(rs.table(FeeTables.class).standardsIn(chain));
        }));
        return report.breaches();
    }
}
