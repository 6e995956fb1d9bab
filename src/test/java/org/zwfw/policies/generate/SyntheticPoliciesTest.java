package org.zwfw.policies.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.policies.PolicyTables;
import org.zwfw.policies.PolicyRows;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RuleSetLoader;

@Tag("slow") // benchmark support: synthetic policy rule sets compiled; run by mvn test -Pslow
class SyntheticPoliciesTest {
    static final LocalDate DATE = LocalDate.parse("2025-06-01");

    @Test
    void aCopyWithSyntheticPoliciesLoadsWithAHundredActivePolicies(@TempDir Path tmp) throws Exception {
        Path copy = SyntheticPolicies.copyRules(Path.of("rules"), tmp.resolve("rules"));
        int real = RuleSetLoader.load(copy).table(PolicyTables.class).policies().size();
        SyntheticPolicies.write(copy, 100 - real, 1);

        RuleSet rs = RuleSetLoader.load(copy);
        Map<String, PolicyTables.Policy> policies = rs.table(PolicyTables.class).policies();
        assertThat(policies).hasSize(100);
        Set<String> active = rs.table(PolicyTables.class).activeCodes(rs.catalog().chain("610100"), DATE);
        assertThat(active).hasSize(100).contains("SYN-001", String.format("SYN-%03d", 100 - real));
        assertThat(policies.values()).filteredOn(p -> p.code().startsWith("SYN-")).allSatisfy(p -> {
            assertThat(p.dataQuality()).isEqualTo("sample");
            assertThat(p.basis()).startsWith("示例数据：合成基准政策");
        });
        // The table mixes benefit kinds, tiers and attributes of the dictionary.
        var rows = PolicyRows.read(copy).stream().filter(r -> r.policy().startsWith("SYN-")).toList();
        assertThat(rows.size()).isGreaterThan(100 - real);
        assertThat(rows).extracting(r -> r.metadata().get("benefitKind")).contains("FIXED", "PERCENTAGE", "TEXT");
        assertThat(rows).extracting(r -> r.metadata().get("tier")).contains("档次2");
        assertThat(rows.stream().flatMap(r -> r.conditions().stream()).map(c -> c.column().attribute()).distinct())
                .contains("age", "hukou", "disabled", "enterpriseScale", "employees", "annualTaxableIncome",
                        "totalAssets", "insuredMonths", "layoffRate", "seriousDishonesty");
        // Each rule of the table is compiled by Drools.
        long compiled = rs.kieBase().getKiePackage("rules.policies.synthetic").getRules().size();
        assertThat(compiled).isEqualTo(rows.size());
    }

    @Test
    void deterministicBySeed(@TempDir Path tmp) throws Exception {
        Path a = SyntheticPolicies.copyRules(Path.of("rules"), tmp.resolve("a"));
        Path b = SyntheticPolicies.copyRules(Path.of("rules"), tmp.resolve("b"));
        Path c = SyntheticPolicies.copyRules(Path.of("rules"), tmp.resolve("c"));
        SyntheticPolicies.write(a, 20, 9);
        SyntheticPolicies.write(b, 20, 9);
        SyntheticPolicies.write(c, 20, 10);
        String ta = Files.readString(a.resolve(SyntheticPolicies.TABLE), StandardCharsets.UTF_8);
        assertThat(Files.readString(b.resolve(SyntheticPolicies.TABLE), StandardCharsets.UTF_8)).isEqualTo(ta);
        assertThat(Files.readString(c.resolve(SyntheticPolicies.TABLE), StandardCharsets.UTF_8)).isNotEqualTo(ta);
        assertThat(Files.readString(a.resolve("policies/policies.csv"), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(b.resolve("policies/policies.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void neverWritesIntoTheProjectsRulesFolder() {
        assertThatThrownBy(() -> SyntheticPolicies.write(Path.of("rules"), 5, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refusing");
        assertThat(Path.of("rules", SyntheticPolicies.TABLE)).doesNotExist();
    }
}
