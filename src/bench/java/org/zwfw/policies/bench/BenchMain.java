package org.zwfw.policies.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.zwfw.policies.facts.PolicyMatches;
import org.zwfw.policies.subject.Subject;

/**
 * The policy-matching benchmark (docs/benchmarks.md): {@code mvn -Pbench -DskipTests compile exec:exec}.
 * First matches 20,000 generated subjects with every engine (default FEEL: the first 2,000) and fails unless all
 * produce the same multiset of
 * (key, policy, tier, amount); then runs {@link MatchBenchmark} with JMH and prints subjects/s per engine and the
 * ratio to the hand-written Java loop. System properties of this JVM (see docs/benchmarks.md):
 * {@code -Dbench.engines=JAVA_LOOP,DROOLS} limits the engines;
 * {@code -Dbench.check=N} sets the size of the check, {@code -Dbench.cpu=false} skips the CPU-time rounds that
 * follow it (see {@link #cpuTime}), {@code -Dbench.jmh=false} stops before JMH.
 */
public final class BenchMain {
    static final int CHECK = Integer.getInteger("bench.check", 20_000);
    /** Camunda's default FEEL evaluates ~50 subjects/s here: it checks the first 2,000 subjects of the same population. */
    static final int CHECK_FEEL = Integer.getInteger("bench.check.feel", 2_000);

    public static void main(String[] args) throws Exception {
        List<String> engines = List.of(System.getProperty("bench.engines", String.join(",", Fixture.ENGINES)).split(","));
        System.out.printf("Equality check: %,d subjects, %d policies, engines %s%n", CHECK, Fixture.POLICIES, engines);
        Fixture f = new Fixture(CHECK);
        List<String> reference = null;
        String referenceEngine = null;
        for (String name : engines) {
            List<Subject> subjects = name.equals("DMN_FEEL") && CHECK_FEEL < f.population.size()
                    ? f.population.subList(0, CHECK_FEEL) : f.population;
            long t0 = System.nanoTime();
            List<PolicyMatches.Match> all = new ArrayList<>();
            try (Fixture.Engine e = f.engine(name)) {
                for (int i = 0; i < subjects.size(); i += 1000) {
                    all.addAll(e.match(subjects.subList(i, Math.min(i + 1000, subjects.size()))));
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            List<String> keyed = keyed(all);
            System.out.printf("  %-10s %,7d subjects: %,7d matches in %6.1f s (cold, incl. build)%n", name,
                    subjects.size(), keyed.size(), s);
            if (reference == null) {
                if (subjects.size() != f.population.size()) {
                    throw new IllegalArgumentException("the first engine must be checked on the whole population");
                }
                reference = keyed;
                referenceEngine = name;
                continue;
            }
            Set<String> keys = subjects.stream().map(Subject::getKey).collect(Collectors.toSet());
            List<String> expected = subjects.size() == f.population.size() ? reference
                    : reference.stream().filter(k -> keys.contains(k.substring(0, k.indexOf('|')))).toList();
            if (!expected.equals(keyed)) {
                report(referenceEngine, expected, name, keyed);
                System.err.println("ENGINES DISAGREE: no figures printed.");
                System.exit(2);
            }
        }
        System.out.printf("All engines agree on %,d matches.%n%n", reference.size());
        printBreakdown(reference);
        if (Boolean.parseBoolean(System.getProperty("bench.cpu", "true"))) {
            cpuTime(f, engines);
        }
        if (!Boolean.parseBoolean(System.getProperty("bench.jmh", "true"))) {
            return;
        }

        OptionsBuilder opt = new OptionsBuilder();
        opt.include(MatchBenchmark.class.getName() + "\\.")
                .param("engine", engines.toArray(String[]::new))
                .forks(1).warmupIterations(2).warmupTime(TimeValue.seconds(2))
                .measurementIterations(3).measurementTime(TimeValue.seconds(2))
                .threads(1).shouldFailOnError(true);
        Collection<RunResult> results = new Runner(opt.build()).run();

        Map<String, Map<String, double[]>> score = new LinkedHashMap<>(); // engine -> benchmark -> {score, error}
        for (RunResult r : results) {
            String engine = r.getParams().getParam("engine");
            String bench = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            score.computeIfAbsent(engine, k -> new HashMap<>()).put(bench,
                    new double[]{r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()});
        }
        System.out.println();
        System.out.println("Subjects matched per second, 100 policies, 1 thread (JMH 1 fork, 2x2 s warm-up, 3x2 s):");
        System.out.printf("%-11s %22s %22s %12s%n", "engine", "one subject per call", "batches of 1,000", "vs Java loop");
        double[] java = score.containsKey("JAVA_LOOP") ? new double[]{score.get("JAVA_LOOP").get("oneSubject")[0],
                score.get("JAVA_LOOP").get("batchOf1000")[0]} : null;
        for (String engine : engines) {
            Map<String, double[]> m = score.get(engine);
            double[] one = m.get("oneSubject");
            double[] batch = m.get("batchOf1000");
            String ratio = java == null ? "" : String.format("%.4f / %.4f", one[0] / java[0], batch[0] / java[1]);
            System.out.printf("%-11s %12s ± %-7s %12s ± %-7s %s%n", engine, fmt(one[0]), fmt(one[1]), fmt(batch[0]),
                    fmt(batch[1]), ratio);
        }
        if (java != null) {
            for (String d : List.of("DROOLS", "DROOLS_ANC", "DROOLS_EXEC")) {
                if (score.containsKey(d)) {
                    System.out.printf("%s / JAVA_LOOP: one subject %.3f, batch of 1,000 %.3f%n", d,
                            score.get(d).get("oneSubject")[0] / java[0], score.get(d).get("batchOf1000")[0] / java[1]);
                }
            }
        }
    }

    /**
     * Subjects matched per second of this thread's CPU time, in batches of 1,000, for the rule engines (DMN is far too
     * slow for rounds of this size). CPU time, unlike wall time, does not count the time a thread waits for a core, so
     * the figure holds on a busy machine too (caches are still shared). {@code -Dbench.cpu.rounds} rounds (default 4)
     * of {@code -Dbench.cpu.subjects} subjects (default 200,000, the check's population over and over); the figure
     * kept is the best of the second half of the rounds, after the JIT has done most of its work.
     */
    private static void cpuTime(Fixture f, List<String> engines) {
        int rounds = Integer.getInteger("bench.cpu.rounds", 4);
        int perRound = Integer.getInteger("bench.cpu.subjects", 200_000);
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, Double> best = new LinkedHashMap<>();
        System.out.printf("CPU time, 1 thread, batches of 1,000, %d rounds of %,d subjects:%n", rounds, perRound);
        for (String name : engines) {
            if (name.startsWith("DMN")) {
                continue;
            }
            try (Fixture.Engine e = f.engine(name)) {
                int next = 0;
                for (int round = 1; round <= rounds; round++) {
                    long cpu0 = mx.getCurrentThreadCpuTime();
                    long matches = 0;
                    for (int done = 0; done < perRound; done += 1000) {
                        if (next + 1000 > f.population.size()) {
                            next = 0;
                        }
                        matches += e.match(f.population.subList(next, next + 1000)).size();
                        next += 1000;
                    }
                    double rate = perRound / ((mx.getCurrentThreadCpuTime() - cpu0) / 1e9);
                    System.out.printf("  %-10s round %d: %,9.0f subjects per CPU-second (%,d matches)%n", name, round,
                            rate, matches);
                    if (round > rounds / 2) {
                        best.merge(name, rate, Math::max);
                    }
                }
            }
        }
        Double java = best.get("JAVA_LOOP");
        for (Map.Entry<String, Double> b : best.entrySet()) {
            System.out.printf("  %-10s %,9.0f subjects per CPU-second%s%n", b.getKey(), b.getValue(),
                    java == null ? "" : String.format("   %.3f x the Java loop", b.getValue() / java));
        }
        System.out.println();
    }

    static List<String> keyed(List<PolicyMatches.Match> matches) {
        return matches.stream().map(m -> m.subject().getKey() + "|" + m.policy() + "|" + m.tier() + "|" + m.amount())
                .sorted().toList();
    }

    private static void printBreakdown(List<String> keyed) {
        long persons = keyed.stream().filter(k -> k.startsWith("P")).count();
        long subjects = keyed.stream().map(k -> k.substring(0, k.indexOf('|'))).distinct().count();
        System.out.printf("(%,d subjects with at least one match; %,d matches of persons, %,d of enterprises)%n%n",
                subjects, persons, keyed.size() - persons);
    }

    private static void report(String a, List<String> ka, String b, List<String> kb) {
        List<String> onlyA = new ArrayList<>(ka);
        kb.forEach(onlyA::remove);
        List<String> onlyB = new ArrayList<>(kb);
        ka.forEach(onlyB::remove);
        System.err.printf("%s and %s disagree: %d matches only in %s, %d only in %s%n", a, b, onlyA.size(), a,
                onlyB.size(), b);
        onlyA.stream().limit(10).forEach(x -> System.err.println("  only " + a + ": " + x));
        onlyB.stream().limit(10).forEach(x -> System.err.println("  only " + b + ": " + x));
    }

    private static String fmt(double v) {
        if (v >= 100) {
            return String.format("%,.0f", v);
        }
        return String.format("%.1f", v);
    }

}
