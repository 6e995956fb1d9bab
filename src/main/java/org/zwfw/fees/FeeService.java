package org.zwfw.fees;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.zwfw.acceptance.AcceptanceResponse;
import org.zwfw.fees.facts.FeeDecision;
import org.zwfw.ruleset.Instrument;
import org.zwfw.ruleset.RuleSet;
import org.zwfw.ruleset.RuleSetHolder;

/** Validates a fee request, evaluates it on the rule set in service, and shapes the answer. */
@Service
public class FeeService {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final RuleSetHolder rules;
    private final FeeEngine engine = new FeeEngine();
    private final Clock clock;

    @Autowired
    public FeeService(RuleSetHolder rules) {
        this(rules, Clock.system(SHANGHAI));
    }

    FeeService(RuleSetHolder rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    public FeeResponse decide(FeeRequest request) {
        RuleSet rs = rules.current();
        FeeQuery q = FeeValidator.validate(request, rs.catalog(), LocalDate.now(clock.withZone(SHANGHAI)));
        return toResponse(engine.evaluate(rs, q));
    }

    static FeeResponse toResponse(FeeResult r) {
        FeeDecision d = r.decision();
        return new FeeResponse(
                d.getAmountYuan(),
                d.getItems().stream().map(i -> new FeeResponse.Item(i.getFee(), i.getName(), i.getAmountYuan(), i.getBasis()))
                        .toList(),
                d.getExemptions().stream().map(e -> new FeeResponse.Exemption(e.fee(), e.reason(), e.basis())).toList(),
                d.isLawful(),
                d.getPaymentMethods(),
                d.getReasons().stream().map(x -> new AcceptanceResponse.Reason(x.rule(), x.clause(), x.text())).toList(),
                new AcceptanceResponse.Ruleset(r.rulesetVersion(), r.jurisdictions(),
                        r.instruments().stream().map(Instrument::title).toList()));
    }
}
