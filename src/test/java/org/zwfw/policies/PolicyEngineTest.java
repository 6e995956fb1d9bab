package org.zwfw.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zwfw.policies.facts.PolicyMatches;
import org.zwfw.policies.subject.Subject;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RuleSetLoader;
import org.zwfw.engine.SampleRules;

class PolicyEngineTest {
    static RuleSet rs;

    @BeforeAll
    static void load() {
        rs = SampleRules.get();
    }

    static List<PolicyMatches.Match> match(String jurisdiction, String date, Subject s) {
        try (PolicyEngine e = new PolicyEngine(rs, jurisdiction, LocalDate.parse(date))) {
            return e.match(List.of(s));
        }
    }

    @Test
    void smallProfitEnterpriseMatchesOnItsThresholds() {
        Subject s = new Subject("a", "LEGAL_PERSON").set("annualTaxableIncome", 3_000_000.0).set("employees", 300)
                .set("totalAssets", 50_000_000.0);
        assertThat(match("640100", "2026-03-02", s)).extracting(PolicyMatches.Match::policy).containsExactly("SMALL-PROFIT-CIT");
        s.set("employees", 301);
        assertThat(match("640100", "2026-03-02", s)).isEmpty();
    }

    @Test
    void elderlyAllowanceIsTieredAndOnlyInShaanxi() {
        Subject s = new Subject("p", "NATURAL_PERSON").set("age", 80);
        List<PolicyMatches.Match> m = match("610100", "2026-03-02", s);
        assertThat(m).extracting(PolicyMatches.Match::policy, PolicyMatches.Match::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ELDERLY-ALLOWANCE-SX", 100.0));
        assertThat(match("640100", "2026-03-02", s)).isEmpty();
        assertThat(match("610100", "2026-03-02", new Subject("q", "NATURAL_PERSON").set("age", 79))).isEmpty();
        assertThat(match("610100", "2026-03-02", new Subject("r", "NATURAL_PERSON").set("age", 100)))
                .extracting(PolicyMatches.Match::amount).containsExactly(300.0);
    }

    /**
     * The population run's policies-only rule base (both compilers): with every policy in force no agenda filter is
     * used, so a policy out of force must still be held back — the filter is only left out when nothing needs it.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void aPoliciesOnlyRuleBaseStillHoldsBackAPolicyOutOfForce(boolean executableModel,
                                                              @org.junit.jupiter.api.io.TempDir Path cache) {
        RuleSet policies = RuleSetLoader.loadPolicies(Path.of("rules"),
                executableModel ? new org.zwfw.engine.CompiledRuleCache(cache) : null);
        Subject s = new Subject("e", "LEGAL_PERSON").set("insuredMonths", 12).set("employees", 31).set("layoffRate", 0.055)
                .set("seriousDishonesty", false).set("enterpriseScale", "SMALL").set("unemploymentInsurancePaid", 10000.0);
        try (PolicyEngine e = new PolicyEngine(policies, "410700", LocalDate.parse("2025-12-31"))) {
            assertThat(e.match(List.of(s))).extracting(PolicyMatches.Match::policy).containsExactly("JOB-STABILITY-REFUND");
        }
        try (PolicyEngine e = new PolicyEngine(policies, "410700", LocalDate.parse("2026-01-01"))) {
            assertThat(e.match(List.of(s))).isEmpty();
        }
    }

    @Test
    void jobStabilityRefundIsAPercentageOfPremiumsAndExpiresWith2025() {
        Subject s = new Subject("e", "LEGAL_PERSON").set("insuredMonths", 12).set("employees", 31).set("layoffRate", 0.055)
                .set("seriousDishonesty", false).set("enterpriseScale", "SMALL").set("unemploymentInsurancePaid", 10000.0);
        assertThat(match("410700", "2025-12-31", s)).extracting(PolicyMatches.Match::policy, PolicyMatches.Match::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("JOB-STABILITY-REFUND", 6000.0));
        assertThat(match("410700", "2026-01-01", s)).isEmpty();
    }
}
