package org.zwfw.catalog.lint;

import java.util.List;
import java.util.Set;

import org.kie.api.runtime.KieSession;
import org.zwfw.catalog.lint.facts.Breach;
import org.zwfw.fees.FeeTables;
import org.zwfw.ruleset.Instrument;
import org.zwfw.ruleset.RuleSet;

/**
 * Runs the catalog lint rules (rules/**&#47;lint.drl) over one catalog under the instruments given — for a real
 * lint, those of the jurisdiction's chain in force on the date. Holds no judgement of its own: every breach, its
 * message and its clause come from a rule.
 */
public final class CatalogLintEngine {
    /**
     * The lint phases: {@code lint} (each instrument's own rules), then {@code lint-baseline} (national rules that
     * stand back where a local rule has already reported the same breach). Acceptance, fee and case sessions never
     * focus either group, so lint rules never fire there.
     */
    public static final List<String> PHASES = List.of("lint", "lint-baseline");

    public List<Breach> lint(RuleSet rs, String jurisdiction, CatalogUnderLint catalog, List<Instrument> applying) {
        Set<String> ids = rs.ids(applying);
        List<String> chain = rs.catalog().chain(jurisdiction);
        LintReport report = new LintReport();
        KieSession session = rs.kieBase().newKieSession();
        try {
            session.setGlobal("lint", report);
            catalog.matters().forEach(session::insert);
            catalog.materials().forEach(session::insert);
            catalog.tolerable().forEach(session::insert);
            catalog.retainedProofs().forEach(session::insert);
            LintTables tables = rs.table(LintTables.class);
            tables.elementsOf(ids).forEach(session::insert);
            tables.phrasesOf(ids).forEach(session::insert);
            rs.table(FeeTables.class).standardsIn(chain).forEach(session::insert);
            for (int i = PHASES.size() - 1; i >= 0; i--) {
                session.getAgenda().getAgendaGroup(PHASES.get(i)).setFocus();
            }
            session.fireAllRules(rs.onlyRulesOf(ids));
        } finally {
            session.dispose();
        }
        return report.breaches();
    }
}
