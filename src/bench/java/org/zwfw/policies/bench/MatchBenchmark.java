package org.zwfw.policies.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.zwfw.policies.facts.PolicyMatches;
import org.zwfw.policies.subject.Subject;

/**
 * Subjects matched per second against 100 policies, by engine: one subject per call, and batches of 1,000 (scores
 * are per subject in both). Run through {@link BenchMain}, which first checks that all engines agree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Dsun.jnu.encoding=UTF-8"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class MatchBenchmark {
    static final int BATCH = 1000;
    static final int POPULATION = 20_000;

    @Param({"JAVA_LOOP", "DROOLS", "DROOLS_ANC", "DROOLS_EXEC", "DMN_LEGACY", "DMN_FEEL"})
    public String engine;

    private Fixture.Engine matcher;
    private List<Subject> population;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Fixture f = new Fixture(POPULATION);
        population = f.population;
        matcher = f.engine(engine);
        Fixture.warm(matcher, population);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        matcher.close();
    }

    @Benchmark
    public List<PolicyMatches.Match> oneSubject() {
        Subject s = population.get(next);
        next = next + 1 == population.size() ? 0 : next + 1;
        return matcher.match(List.of(s));
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public List<PolicyMatches.Match> batchOf1000() {
        int from = next;
        next = from + 2 * BATCH > population.size() ? 0 : from + BATCH;
        return matcher.match(population.subList(from, from + BATCH));
    }
}
