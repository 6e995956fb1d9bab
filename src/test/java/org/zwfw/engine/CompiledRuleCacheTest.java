package org.zwfw.engine;

import org.zwfw.kernel.Problem;
import org.zwfw.kernel.RuleSetException;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.policies.PolicyEngine;
import org.zwfw.policies.facts.PolicyMatches;
import org.zwfw.policies.subject.Subject;
import org.zwfw.policies.generate.Population;
import org.zwfw.policies.generate.SyntheticPolicies;

/**
 * The population run's policy rules: compiled with the executable model and kept on disk by content. What it must
 * never do is answer differently from the classic compiler the service uses, or serve stale rules.
 */
@Tag("slow") // the executable model: synthetic policy rules compiled several times; run by mvn test -Pslow
class CompiledRuleCacheTest {
    @TempDir
    static Path dir;
    static Path rules;

    @BeforeAll
    static void rules() {
        rules = SyntheticPolicies.copyRules(Path.of("rules"), dir.resolve("rules"));
        SyntheticPolicies.write(rules, 60, 11);
    }

    static List<String> matches(RuleSet rs, List<Subject> population) {
        try (PolicyEngine e = new PolicyEngine(rs, "610100", LocalDate.parse("2025-06-01"))) {
            List<PolicyMatches.Match> all = new java.util.ArrayList<>();
            for (int i = 0; i < population.size(); i += 1000) {
                all.addAll(e.match(population.subList(i, Math.min(i + 1000, population.size()))));
            }
            return all.stream()
                    .map(m -> m.subject().getKey() + "," + m.policy() + "," + m.tier() + "," + m.amount())
                    .sorted().toList();
        }
    }

    static List<Path> entries(Path cache) throws IOException {
        try (Stream<Path> s = Files.list(cache)) {
            return s.sorted(Comparator.naturalOrder()).toList();
        }
    }

    @Test
    void theExecutableModelMatchesExactlyAsTheClassicCompilerDoes() {
        List<Subject> population = Population.generate(20_000, 3);
        List<String> classic = matches(RuleSetLoader.loadPolicies(rules, null), population);
        Path cache = dir.resolve("equal");
        List<String> compiled = matches(RuleSetLoader.loadPolicies(rules, new CompiledRuleCache(cache)), population);
        List<String> cached = matches(RuleSetLoader.loadPolicies(rules, new CompiledRuleCache(cache)), population);
        assertThat(classic).hasSizeGreaterThan(20_000);
        // The service's whole rule base (one session reused for every batch) answers the same as the policies-only
        // one (a new session per batch) — the HTTP batch and the command line agree.
        assertThat(matches(RuleSetLoader.load(rules), population)).isEqualTo(classic);
        assertThat(compiled).isEqualTo(classic);
        assertThat(cached).isEqualTo(classic);
    }

    @Test
    void aSecondRunLoadsWhatTheFirstCompiledAndAnEditedTableIsCompiledAfresh() throws IOException {
        Path cache = dir.resolve("reuse");
        RuleSetLoader.loadPolicies(rules, new CompiledRuleCache(cache));
        List<Path> first = entries(cache);
        assertThat(first).hasSize(1);
        assertThat(first.get(0).toString()).endsWith(".jar");

        // Plant the compiled rules of a different table under the same key: a run that reads them proves it did not
        // compile. (The planted rules pay 999 元 per month to everyone aged 80–89 in 陕西.)
        Path edited = SyntheticPolicies.copyRules(rules, dir.resolve("edited"));
        Path table = edited.resolve("policies/610000-shaanxi.drl.csv");
        Files.writeString(table, Files.readString(table, StandardCharsets.UTF_8)
                .replace(",FIXED,100,元/月,", ",FIXED,999,元/月,"), StandardCharsets.UTF_8);
        Path other = dir.resolve("reuse-other");
        RuleSetLoader.loadPolicies(edited, new CompiledRuleCache(other));
        Files.copy(entries(other).get(0), first.get(0), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Subject eighty = new Subject("p", "NATURAL_PERSON").set("age", 80);
        assertThat(matches(RuleSetLoader.loadPolicies(rules, new CompiledRuleCache(cache)), List.of(eighty)))
                .contains("p,ELDERLY-ALLOWANCE-SX,80-89岁,999.0");
        // The edited folder has its own key, and the original rules compiled afresh pay the real 100 元.
        assertThat(entries(other).get(0).getFileName()).isNotEqualTo(first.get(0).getFileName());
        Files.delete(first.get(0));
        assertThat(matches(RuleSetLoader.loadPolicies(rules, new CompiledRuleCache(cache)), List.of(eighty)))
                .contains("p,ELDERLY-ALLOWANCE-SX,80-89岁,100.0");
    }

    @Test
    void aDamagedEntryIsCompiledAgainAndReplaced() throws IOException {
        Path cache = dir.resolve("damaged");
        RuleSetLoader.loadPolicies(rules, new CompiledRuleCache(cache));
        Path entry = entries(cache).get(0);
        Files.writeString(entry, "not a jar");
        RuleSet rs = RuleSetLoader.loadPolicies(rules, new CompiledRuleCache(cache));
        assertThat(matches(rs, List.of(new Subject("p", "NATURAL_PERSON").set("age", 95))))
                .contains("p,ELDERLY-ALLOWANCE-SX,90-99岁,200.0");
        assertThat(Files.size(entry)).isGreaterThan(1_000);
    }

    @Test
    void brokenRulesAreReportedByTableCellAsWithoutTheCache() throws IOException {
        Path broken = SyntheticPolicies.copyRules(rules, dir.resolve("broken"));
        Path table = broken.resolve("policies/610000-shaanxi.drl.csv");
        Files.writeString(table, Files.readString(table, StandardCharsets.UTF_8)
                .replace("NATURAL_PERSON,80,89,Y", "NATURAL_PERSON,8)0,89,Y"), StandardCharsets.UTF_8);
        List<Problem> classic = problems(() -> RuleSetLoader.loadPolicies(broken, null));
        List<Problem> cached = problems(() -> RuleSetLoader.loadPolicies(broken,
                new CompiledRuleCache(dir.resolve("broken-cache"))));
        assertThat(cached).isNotEmpty().isEqualTo(classic);
        assertThat(cached.get(0).file()).isEqualTo("policies/610000-shaanxi.drl.csv");
        assertThat(Files.exists(dir.resolve("broken-cache"))).isFalse();
    }

    @Test
    void aCacheFolderThatCannotBeWrittenStillGivesTheRules() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        CompiledRuleCache cache = new CompiledRuleCache(file.resolve("compiled"));
        RuleSet rs = RuleSetLoader.loadPolicies(rules, cache);
        assertThat(matches(rs, List.of(new Subject("p", "NATURAL_PERSON").set("age", 80))))
                .contains("p,ELDERLY-ALLOWANCE-SX,80-89岁,100.0");
        assertThat(cache.compiled()).isZero();
        assertThat(cache.reused()).isZero();
    }

    @Test
    void onlyTheMostRecentlyUsedEntriesAreKept() throws IOException {
        Path folder = dir.resolve("pruned");
        CompiledRuleCache cache = new CompiledRuleCache(folder);
        java.nio.file.attribute.FileTime t = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        for (int i = 0; i < CompiledRuleCache.KEEP; i++) {
            cache.store("old" + i, new byte[] {1});
            // entry i last used i seconds after the epoch above: old0 is the least recently used
            Files.setLastModifiedTime(folder.resolve("old" + i + ".jar"),
                    java.nio.file.attribute.FileTime.fromMillis(t.toMillis() + i * 1000L));
        }
        cache.store("new", new byte[] {2});
        assertThat(entries(folder)).hasSize(CompiledRuleCache.KEEP)
                .contains(folder.resolve("new.jar"), folder.resolve("old1.jar"))
                .doesNotContain(folder.resolve("old0.jar"));
    }

    static List<Problem> problems(Runnable load) {
        try {
            load.run();
        } catch (RuleSetException e) {
            return e.getProblems();
        }
        throw new AssertionError("the broken rules loaded");
    }

    @Test
    void theFatAndTheExtractedJarShareOneEntry() {
        assertThat(CompiledRuleCache.jarName("jar:nested:/work/target/zwfw-rules-0.1.0.jar/!BOOT-INF/lib/drools-base-10.2.0.jar!/"))
                .isEqualTo("drools-base-10.2.0.jar")
                .isEqualTo(CompiledRuleCache.jarName("file:/work/target/extracted/lib/drools-base-10.2.0.jar"));
        assertThat(CompiledRuleCache.jarName("file:/home/u/.m2/repository/org/drools/drools-base/10.3.0/drools-base-10.3.0.jar"))
                .isEqualTo("drools-base-10.3.0.jar");
    }
}
