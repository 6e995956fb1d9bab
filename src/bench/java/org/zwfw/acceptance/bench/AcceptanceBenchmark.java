package org.zwfw.acceptance.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.zwfw.acceptance.AcceptanceRequest;
import org.zwfw.acceptance.AcceptanceResponse;
import org.zwfw.acceptance.AcceptanceService;
import org.zwfw.identity.IdentifierHasher;
import org.zwfw.engine.DecisionDesk;
import org.zwfw.engine.RuleSetHolder;

/**
 * One acceptance decision in process, without HTTP, JSON or the audit insert: {@link AcceptanceService#evaluate}
 * validates the request, runs the acceptance rules of the instruments in force (a new KieSession on the shared
 * KieBase), hashes the applicant's identifier and shapes the answer — everything {@code decide} does before it appends
 * to the audit log. Requests cycle through a fixed mix (see {@link AcceptanceRequests}). Modes, threads and
 * iterations are set by {@link AcceptanceBenchMain}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Dsun.jnu.encoding=UTF-8"})
public class AcceptanceBenchmark {
    static final int MIX = 4096;

    private AcceptanceService service;
    private List<AcceptanceRequest> requests;

    /** Each benchmark thread walks the mix from its own place. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        @Setup(Level.Trial)
        public void start() {
            next = (int) (Thread.currentThread().getId() * 997 % MIX);
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        // Audit log and credit store are not used on this path (the 告知承诺 route, which reads credit, is left out).
        service = new AcceptanceService(DecisionDesk.withoutStore(new RuleSetHolder(System.getProperty("bench.rules", "rules")),
                new IdentifierHasher("bench-only-hash-key-not-a-secret")), null);
        requests = AcceptanceRequests.mix(MIX, 2026, false);
        for (AcceptanceRequest r : requests) {
            if (service.evaluate(r, "bench").response().outcome() == null) {
                throw new IllegalStateException("no outcome for " + r);
            }
        }
    }

    @Benchmark
    public AcceptanceResponse decide(Cursor c) {
        AcceptanceRequest r = requests.get(c.next);
        c.next = c.next + 1 == MIX ? 0 : c.next + 1;
        return service.evaluate(r, "bench").response();
    }
}
