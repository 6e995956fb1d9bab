package org.zwfw.platform.ops;

import java.math.BigDecimal;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.zwfw.fees.FeeResponse;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times every answered decision into {@code zwfw.decisions} (Prometheus {@code zwfw_decisions_seconds_*}), tagged
 * with its kind (ACCEPTANCE, FEE), jurisdiction and outcome, with a percentile histogram for latency quantiles. The
 * timer's count is the number of decisions per outcome and jurisdiction. A request answered 4xx is not a decision and
 * is not counted here (Spring's {@code http.server.requests} counts every request by status).
 */
@Component
public class DecisionMetrics {
    public static final String DECISIONS = "zwfw.decisions";

    private final MeterRegistry registry;
    /** The timers by kind, jurisdiction and outcome, registered once (not built and looked up again per decision). */
    private final java.util.concurrent.ConcurrentMap<String, Timer> timers = new java.util.concurrent.ConcurrentHashMap<>();

    public DecisionMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Runs {@code decide} and, if it answers, records its time under its kind, jurisdiction and outcome. */
    public <T> T time(String kind, String jurisdiction, Supplier<T> decide, Function<T, String> outcome) {
        Timer.Sample sample = Timer.start(registry);
        T answer = decide.get();
        String j = jurisdiction == null ? "none" : jurisdiction;
        String o = outcome.apply(answer);
        sample.stop(timers.computeIfAbsent(kind + '\u0000' + j + '\u0000' + o, key -> Timer.builder(DECISIONS)
                .description("Answered decisions by kind, jurisdiction and outcome")
                .tag("kind", kind)
                .tag("jurisdiction", j)
                .tag("outcome", o)
                .publishPercentileHistogram()
                .register(registry)));
        return answer;
    }

    /**
     * A fee's audit outcome is its total, too many values for a metric tag: here it is UNLAWFUL (no sufficient legal
     * basis, nothing charged), FREE (nothing to pay) or CHARGED.
     */
    public static String feeOutcome(FeeResponse r) {
        if (!r.lawful()) {
            return "UNLAWFUL";
        }
        return r.amountYuan() == null || r.amountYuan().compareTo(BigDecimal.ZERO) == 0 ? "FREE" : "CHARGED";
    }
}
