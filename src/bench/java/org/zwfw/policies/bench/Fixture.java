package org.zwfw.policies.bench;

import org.zwfw.policies.PolicyRows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.kie.api.KieBase;
import org.zwfw.policies.PolicyEngine;
import org.zwfw.catalog.Catalog;
import org.zwfw.catalog.CatalogLoader;
import org.zwfw.policies.PolicyTables;
import org.zwfw.policies.PolicyTablesReader;
import org.zwfw.policies.facts.PolicyMatches;
import org.zwfw.policies.subject.Subject;
import org.zwfw.policies.generate.Population;
import org.zwfw.policies.generate.SyntheticPolicies;
import org.zwfw.kernel.Problem;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RuleSetLoader;

/**
 * What every benchmark run shares: a temporary copy of rules/ with synthetic policies up to 100 in total, the
 * policies active in 西安 (610100) on 2025-06-01 (all 100), and a generated population. Deterministic by seeds.
 */
final class Fixture {
    static final String JURISDICTION = "610100";
    static final LocalDate DATE = LocalDate.parse("2025-06-01");
    static final int POLICIES = 100;
    static final long POLICY_SEED = 1;
    static final long POPULATION_SEED = 2026;
    static final String ANC_PROPERTY = "drools.alphaNetworkCompiler";
    /**
     * Drools 10.2: the alpha-network compiler fails (NullPointerException on a null {@code mVELConstraintNNN} in the
     * generated network) when the rule base uses alpha range indexes (more than 9 alpha nodes comparing one field
     * with {@code < <= > >=}, the default threshold), as the policy tables do; range indexing is switched off (0)
     * for the compiled variant.
     */
    static final String RANGE_INDEX_PROPERTY = "drools.alphaNodeRangeIndexThreshold";

    /** The engines compared, in report order. */
    static final List<String> ENGINES = List.of("JAVA_LOOP", "DROOLS", "DROOLS_ANC", "DROOLS_EXEC", "DMN_LEGACY",
            "DMN_FEEL");

    final Path rules;
    final Set<String> active;
    final List<PolicyRows.Row> rows;
    final List<Subject> population;

    /** One engine under test: matches a batch of subjects. */
    interface Engine extends AutoCloseable {
        List<PolicyMatches.Match> match(List<Subject> batch);

        @Override
        default void close() {}
    }

    Fixture(int populationSize) {
        try {
            rules = Files.createTempDirectory("zwfw-bench-rules-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(rules)));
        Path copy = SyntheticPolicies.copyRules(Path.of("rules"), rules.resolve("rules"));
        int real = tables(copy).policies().size();
        SyntheticPolicies.write(copy, POLICIES - real, POLICY_SEED);
        // The catalog and policy tables only (no Drools build here: only the Drools engines compile the rules).
        List<Problem> problems = new ArrayList<>();
        Catalog catalog = CatalogLoader.load(copy, problems);
        active = tables(copy).activeCodes(catalog.chain(JURISDICTION), DATE);
        if (!problems.isEmpty() || active.size() != POLICIES) {
            throw new IllegalStateException("expected " + POLICIES + " active policies, got " + active.size() + " "
                    + problems);
        }
        rows = PolicyRows.read(copy);
        population = Population.generate(populationSize, POPULATION_SEED);
    }

    private static PolicyTables tables(Path rulesDir) {
        List<Problem> problems = new ArrayList<>();
        PolicyTables t = new PolicyTablesReader().read(rulesDir, CatalogLoader.load(rulesDir, problems), List.of(),
                problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.toString());
        }
        return t;
    }

    /**
     * Runs the engine over the population (up to 200,000 subjects or 8 s) before JMH's own short warm-up: Drools
     * needs ~200k subjects of JIT warm-up (stack-notes), more than 2 × 2 s give it on a shared machine.
     */
    static void warm(Engine e, List<Subject> population) {
        long until = System.nanoTime() + 8_000_000_000L;
        int done = 0;
        while (done < 200_000 && System.nanoTime() < until) {
            for (int i = 0; i + 1000 <= population.size() && System.nanoTime() < until; i += 1000) {
                e.match(population.subList(i, i + 1000));
                done += 1000;
            }
        }
    }

    Path rulesCopy() { return rules.resolve("rules"); }

    Engine engine(String name) {
        return switch (name) {
            case "JAVA_LOOP" -> new JavaLoopMatcher(rows, active)::match;
            case "DROOLS" -> drools(RuleSetLoader.load(rulesCopy()), false);
            case "DROOLS_ANC" -> {
                Map<String, String> before = new HashMap<>();
                for (String p : List.of(ANC_PROPERTY, RANGE_INDEX_PROPERTY)) {
                    before.put(p, System.getProperty(p));
                }
                System.setProperty(ANC_PROPERTY, "inmemory");
                System.setProperty(RANGE_INDEX_PROPERTY, "0");
                try {
                    yield drools(RuleSetLoader.load(rulesCopy()), true);
                } finally {
                    before.forEach((p, v) -> {
                        if (v == null) {
                            System.clearProperty(p);
                        } else {
                            System.setProperty(p, v);
                        }
                    });
                }
            }
            // The policy tables as the match command runs them: Drools' executable model (kept in a folder of the
            // temporary copy, so every benchmark run compiles afresh).
            case "DROOLS_EXEC" -> drools(RuleSetLoader.loadPolicies(rulesCopy(),
                    new org.zwfw.engine.CompiledRuleCache(rules.resolve("compiled"))), false);
            case "DMN_FEEL" -> new DmnMatcher(rows, active, false)::match;
            case "DMN_LEGACY" -> new DmnMatcher(rows, active, true)::match;
            default -> throw new IllegalArgumentException("unknown engine " + name);
        };
    }

    private static Engine drools(RuleSet rs, boolean expectCompiledAlphaNetwork) {
        // Drools applies the alpha-network compiler as a queued modification of the rule base, run when the first
        // session is created: check after that.
        PolicyEngine e = new PolicyEngine(rs, JURISDICTION, DATE);
        boolean compiled = compiledAlphaNetwork(rs.kieBase());
        if (compiled != expectCompiledAlphaNetwork) {
            e.close();
            throw new IllegalStateException("alpha-network compiler " + (compiled ? "active" : "not active")
                    + " but expected " + (expectCompiledAlphaNetwork ? "active" : "not active")
                    + " (needs org.drools:drools-alphanetwork-compiler and -D" + ANC_PROPERTY + "=inmemory)");
        }
        return new Engine() {
            @Override
            public List<PolicyMatches.Match> match(List<Subject> batch) { return e.match(batch); }

            @Override
            public void close() { e.close(); }
        };
    }

    /** Whether the Subject object-type node propagates through a compiled alpha network (checked, not assumed). */
    static boolean compiledAlphaNetwork(KieBase kb) {
        try {
            Object rete = kb.getClass().getMethod("getRete").invoke(kb);
            List<?> otns = (List<?>) rete.getClass().getMethod("getObjectTypeNodes").invoke(rete);
            for (Object otn : otns) {
                if (String.valueOf(otn.getClass().getMethod("getObjectType").invoke(otn)).contains("Subject")) {
                    Object sink = otn.getClass().getMethod("getObjectSinkPropagator").invoke(otn);
                    return sink.getClass().getName().contains("ancompiler")
                            || sink.getClass().getSuperclass().getName().contains("CompiledNetwork");
                }
            }
            throw new IllegalStateException("no object-type node for Subject");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot inspect the rule base", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
