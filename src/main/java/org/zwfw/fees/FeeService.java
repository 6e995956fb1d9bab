package org.zwfw.fees;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.zwfw.acceptance.AcceptanceResponse;
import org.zwfw.engine.DecisionDesk;
import org.zwfw.engine.DecisionLog;
import org.zwfw.fees.facts.FeeDecision;
import org.zwfw.lawbook.Instrument;
import org.zwfw.engine.RuleSet;

/**
 * Validates a fee request, evaluates it on the rule set in service, shapes the answer and appends it to the decision
 * audit log (a rejected request is not a decision and is not logged).
 */
@Service
public class FeeService {
    private final DecisionDesk desk;
    private final FeeEngine engine = new FeeEngine();

    public FeeService(DecisionDesk desk) {
        this.desk = desk;
    }

    /** The audit log's name for a fee decision; its outcome is the total payable in yuan with 2 decimals. */
    public static final String LOG_KIND = "FEE";

    /** Validated (and decided: the rules read no store) before the transaction that appends it to the audit log. */
    public FeeResponse decide(FeeRequest request, String caller) {
        RuleSet rs = desk.rules();
        FeeQuery q = FeeValidator.validate(request, rs, desk.today());
        FeeResponse response = toResponse(engine.evaluate(rs, q));
        String applicantHash = desk.hash(q.applicantId());
        FeeRequest.Applicant a = request.applicant();
        FeeRequest hashed = new FeeRequest(q.jurisdiction(), q.matterCode(), q.asOf().toString(), q.channel(),
                new FeeRequest.Applicant(a.type(), applicantHash, a.enterpriseScale(), a.groups()), q.certificates(),
                request.housingType(), request.registrationReason());
        desk.log(new DecisionLog.Logged(LOG_KIND, caller, hashed.jurisdiction(),
                hashed.matterCode(), q.asOf(), null,
                response.amountYuan().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), applicantHash,
                response.ruleset().version(), response.reasons(), hashed, null));
        return response;
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
                d.getReasons().stream().map(x -> AcceptanceResponse.Reason.of(x.rule(), x.clause(), x.text(), x.basis(),
                        x.list(), x.interpretations(), x.discretionary())).toList(),
                new AcceptanceResponse.Ruleset(r.rulesetVersion(), r.jurisdictions(),
                        r.instruments().stream().map(Instrument::title).toList()));
    }
}
