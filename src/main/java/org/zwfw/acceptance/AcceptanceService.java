package org.zwfw.acceptance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.zwfw.acceptance.facts.Decision;
import org.zwfw.catalog.CalendarMissingException;
import org.zwfw.ruleset.Instrument;
import org.zwfw.ruleset.RuleSet;
import org.zwfw.ruleset.RuleSetHolder;

/** Validates, evaluates on the rule set in service, and shapes the answer. */
@Service
public class AcceptanceService {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final RuleSetHolder rules;
    private final AcceptanceEngine engine = new AcceptanceEngine();
    private final Clock clock;

    @Autowired
    public AcceptanceService(RuleSetHolder rules) {
        this(rules, Clock.system(SHANGHAI));
    }

    AcceptanceService(RuleSetHolder rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    public AcceptanceResponse decide(AcceptanceRequest request) {
        RuleSet rs = rules.current();
        AcceptanceQuery q = AcceptanceValidator.validate(request, rs.catalog(), LocalDate.now(clock.withZone(SHANGHAI)));
        AcceptanceResult result;
        try {
            result = engine.evaluate(rs, q);
        } catch (RuntimeException e) {
            throw unwrapCalendar(e);
        }
        return toResponse(result);
    }

    /** Drools wraps what a consequence throws; a missing calendar year must reach the caller as itself. */
    static RuntimeException unwrapCalendar(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CalendarMissingException c) {
                return c;
            }
        }
        return e;
    }

    static AcceptanceResponse toResponse(AcceptanceResult r) {
        Decision d = r.decision();
        AcceptanceResponse.Supplement supplement = null;
        if ("NOTIFY_SUPPLEMENT".equals(d.getOutcome()) || "ACCEPT_WITH_DEFICIENCY".equals(d.getOutcome())) {
            supplement = new AcceptanceResponse.Supplement(
                    d.getSupplementItems().stream()
                            .map(i -> new AcceptanceResponse.Item(i.code(), i.name(), i.problem())).toList(),
                    d.getSupplementDeadline(), d.getLateConsequence());
        }
        return new AcceptanceResponse(
                d.getOutcome(),
                d.isCompletedOnTheSpot(),
                d.getDueDate(),
                supplement,
                d.getWaived().stream().map(w -> new AcceptanceResponse.WaivedMaterial(w.code(), w.name(), w.via())).toList(),
                d.getUnlawfulDemands().stream()
                        .map(u -> new AcceptanceResponse.UnlawfulDemand(u.code(), u.name(), u.problem())).toList(),
                d.isPriorityService(),
                d.getReasons().stream().map(x -> new AcceptanceResponse.Reason(x.rule(), x.clause(), x.text())).toList(),
                new AcceptanceResponse.Ruleset(r.rulesetVersion(), r.jurisdictions(),
                        r.instruments().stream().map(Instrument::title).toList()));
    }
}
