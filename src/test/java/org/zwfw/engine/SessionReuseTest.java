package org.zwfw.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zwfw.acceptance.AcceptanceEngine;
import org.zwfw.acceptance.AcceptanceQuery;
import org.zwfw.acceptance.AcceptanceRequest;
import org.zwfw.acceptance.AcceptanceResult;
import org.zwfw.acceptance.AcceptanceService;
import org.zwfw.acceptance.AcceptanceValidator;
import org.zwfw.acceptance.bench.AcceptanceRequests;
import org.zwfw.fees.FeeEngine;
import org.zwfw.fees.FeeQuery;
import org.zwfw.fees.FeeResult;

/**
 * Decisions reuse Drools sessions (SessionPool). A reused session must decide exactly as a new one: same outcome,
 * reasons, dates, waived materials and the same rules fired in the same order, whatever the session decided before —
 * other jurisdictions, other matters, fee decisions in between.
 */
@Tag("slow") // a soak: 1,500 mixed decisions on reused sessions against fresh ones; run by mvn test -Pslow
class SessionReuseTest {
    static RuleSet pooled;
    static RuleSet fresh;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @BeforeAll
    static void load() {
        pooled = SampleRules.get();
        fresh = pooled.withFreshSessions();
    }

    @Test
    void aReusedSessionDecidesExactlyAsANewOne() {
        AcceptanceEngine engine = new AcceptanceEngine();
        FeeEngine fees = new FeeEngine();
        List<AcceptanceRequest> requests = AcceptanceRequests.mix(1_500, 11, true);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<FeeQuery> feeQueries = new java.util.ArrayList<>();
        for (String j : pooled.catalog().jurisdictions().keySet()) {
            for (String matter : pooled.catalog().of(j).matters().keySet()) {
                for (String scale : java.util.Arrays.asList(null, "MICRO")) {
                    feeQueries.add(new FeeQuery(j, matter, LocalDate.of(2026, 1, 15), "LEGAL_PERSON", null, scale,
                            Set.of(), 2, null, null));
                }
            }
        }
        Set<String> feeRules = new java.util.TreeSet<>();
        for (int i = 0; i < requests.size(); i++) {
            AcceptanceQuery q = AcceptanceValidator.validate(requests.get(i), pooled, TODAY);
            AcceptanceResult reused = engine.evaluate(pooled, q);
            AcceptanceResult made = engine.evaluate(fresh, q);
            assertEquals(AcceptanceService.toResponse(made), AcceptanceService.toResponse(reused), "request " + i);
            assertEquals(made.firedRules(), reused.firedRules(), "rules fired for request " + i);
            outcomes.merge(made.decision().getOutcome(), 1, Integer::sum);
            if (i % 5 == 0) {
                // Fee decisions on the same pooled sessions between acceptance decisions: every matter of the
                // catalog in turn, charged or not, exempted or not.
                FeeQuery f = feeQueries.get((i / 5) % feeQueries.size());
                FeeResult a = fees.evaluate(pooled, f);
                FeeResult b = fees.evaluate(fresh, f);
                assertEquals(b.decision().getAmountYuan(), a.decision().getAmountYuan(), "fee " + f);
                assertEquals(b.decision().getPaymentMethods(), a.decision().getPaymentMethods(), "fee " + f);
                assertEquals(b.firedRules(), a.firedRules(), "fee rules fired for " + f);
                feeRules.addAll(b.firedRules());
            }
        }
        // The mix must exercise the different paths, or equality would prove little.
        assertTrue(outcomes.size() >= 4, "outcomes seen: " + outcomes);
        assertTrue(feeRules.stream().anyMatch(r -> r.endsWith("receipt-and-payment")), "fee rules seen: " + feeRules);
    }

    @Test
    void aDecisionAfterOneThatThrewIsUnaffected() {
        AcceptanceEngine engine = new AcceptanceEngine();
        AcceptanceRequest ok = AcceptanceRequests.mix(1, 3, false).get(0);
        AcceptanceQuery good = AcceptanceValidator.validate(ok, pooled, TODAY);
        // A date whose year the holiday calendar lacks makes a rule consequence throw mid-decision.
        AcceptanceQuery bad = new AcceptanceQuery(good.jurisdiction(), good.matterCode(), LocalDate.of(2099, 3, 2),
                good.route(), good.applicantType(), good.applicantId(), good.groups(), good.materials(),
                good.commitmentSigned(), good.supplementBy());
        String expected = AcceptanceService.toResponse(engine.evaluate(fresh, good)).toString();
        assertThrows(RuntimeException.class, () -> engine.evaluate(pooled, bad));
        assertEquals(expected, AcceptanceService.toResponse(engine.evaluate(pooled, good)).toString());
    }
}
