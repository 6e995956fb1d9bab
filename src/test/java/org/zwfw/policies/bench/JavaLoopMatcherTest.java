package org.zwfw.policies.bench;

import org.zwfw.policies.PolicyRows;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.policies.PolicyEngine;
import org.zwfw.policies.PolicyTables;
import org.zwfw.policies.facts.PolicyMatches;
import org.zwfw.policies.subject.Subject;
import org.zwfw.policies.generate.Population;
import org.zwfw.policies.generate.SyntheticPolicies;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RuleSetLoader;

@Tag("slow") // benchmark support: the hand-written matcher against the rules; run by mvn test -Pslow
class JavaLoopMatcherTest {

    static List<String> keyed(List<PolicyMatches.Match> matches) {
        return matches.stream().map(m -> m.subject().getKey() + "|" + m.policy() + "|" + m.tier() + "|" + m.amount())
                .sorted().toList();
    }

    @Test
    void theJavaLoopMatchesWhatDroolsMatchesOnTheSameTables(@TempDir Path tmp) {
        Path copy = SyntheticPolicies.copyRules(Path.of("rules"), tmp.resolve("rules"));
        SyntheticPolicies.write(copy, 97, 1);
        RuleSet rs = RuleSetLoader.load(copy);
        LocalDate date = LocalDate.parse("2025-06-01");
        Set<String> active = rs.table(PolicyTables.class).activeCodes(rs.catalog().chain("610100"), date);
        JavaLoopMatcher loop = JavaLoopMatcher.load(copy, active);
        List<Subject> population = Population.generate(5_000, 2);

        List<PolicyMatches.Match> drools = new ArrayList<>();
        try (PolicyEngine engine = new PolicyEngine(rs, "610100", date)) {
            for (int i = 0; i < population.size(); i += 1000) {
                drools.addAll(engine.match(population.subList(i, i + 1000)));
            }
        }
        List<PolicyMatches.Match> java = loop.match(population);
        assertThat(java.size()).isGreaterThan(1000);
        assertThat(keyed(java)).isEqualTo(keyed(drools));
        assertThat(java).extracting(PolicyMatches.Match::amount).contains(100.0); // elderly allowance
    }

    @Test
    void readsTheRealTablesAndKnowsTheirThresholds() {
        List<PolicyRows.Row> rows = PolicyRows.read(Path.of("rules"));
        assertThat(rows).extracting(PolicyRows.Row::policy).contains("SMALL-PROFIT-CIT", "ELDERLY-ALLOWANCE-SX");
        JavaLoopMatcher m = new JavaLoopMatcher(rows, Set.of("SMALL-PROFIT-CIT"));
        Subject s = new Subject("a", "LEGAL_PERSON").set("annualTaxableIncome", 3_000_000.0).set("employees", 300)
                .set("totalAssets", 50_000_000.0);
        assertThat(m.match(List.of(s))).extracting(PolicyMatches.Match::policy).containsExactly("SMALL-PROFIT-CIT");
        s.set("employees", 301);
        assertThat(m.match(List.of(s))).isEmpty();
        s.set("employees", null);
        assertThat(m.match(List.of(s))).isEmpty();
    }

    @Test
    void rowsOfPoliciesNotValidOnTheDateNeverMatch() {
        List<PolicyRows.Row> rows = PolicyRows.read(Path.of("rules"));
        Subject s = new Subject("e", "LEGAL_PERSON").set("annualTaxableIncome", 1_000_000.0).set("employees", 50)
                .set("totalAssets", 1_000_000.0).set("insuredMonths", 24).set("layoffRate", 0.01).set("seriousDishonesty", false)
                .set("enterpriseScale", "SMALL").set("unemploymentInsurancePaid", 10_000.0);
        assertThat(new JavaLoopMatcher(rows, Set.of("SMALL-PROFIT-CIT", "JOB-STABILITY-REFUND")).match(List.of(s)))
                .extracting(PolicyMatches.Match::policy).containsExactlyInAnyOrder("SMALL-PROFIT-CIT", "JOB-STABILITY-REFUND");
        // In 2026 the stability refund (2025 only) is not active: its rows must not match.
        assertThat(new JavaLoopMatcher(rows, Set.of("SMALL-PROFIT-CIT")).match(List.of(s)))
                .extracting(PolicyMatches.Match::policy).containsExactly("SMALL-PROFIT-CIT");
    }
}
