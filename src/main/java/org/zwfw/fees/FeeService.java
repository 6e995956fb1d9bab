package org.zwfw.fees;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.zwfw.acceptance.AcceptanceResponse;
import org.zwfw.engine.DecisionLog;
import org.zwfw.fees.facts.FeeDecision;
import org.zwfw.identity.IdentifierHasher;
import org.zwfw.lawbook.Instrument;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RuleSetHolder;

/**
 * Validates a fee request, evaluates it on the rule set in service, shapes the answer and appends it to the decision
 * audit log (a rejected request is not a decision and is not logged).
 */
@Service
public class FeeService {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final RuleSetHolder rules;
    private final FeeEngine engine = new FeeEngine();
    private final DecisionLog audit;
    private final IdentifierHasher hasher;
    private final TransactionOperations tx;
    private final Clock clock;

    @Autowired
    public FeeService(RuleSetHolder rules, DecisionLog audit, IdentifierHasher hasher,
                      PlatformTransactionManager transactions) {
        this(rules, audit, hasher, new TransactionTemplate(transactions), Clock.system(SHANGHAI));
    }

    FeeService(RuleSetHolder rules, DecisionLog audit, IdentifierHasher hasher, TransactionOperations tx,
               Clock clock) {
        this.rules = rules;
        this.audit = audit;
        this.hasher = hasher;
        this.tx = tx;
        this.clock = clock;
    }

    /** The audit log's name for a fee decision; its outcome is the total payable in yuan with 2 decimals. */
    public static final String LOG_KIND = "FEE";

    /** Validated (and decided: the rules read no store) before the transaction that appends it to the audit log. */
    public FeeResponse decide(FeeRequest request, String caller) {
        RuleSet rs = rules.current();
        FeeQuery q = FeeValidator.validate(request, rs, LocalDate.now(clock.withZone(SHANGHAI)));
        FeeResponse response = toResponse(engine.evaluate(rs, q));
        String applicantHash = hasher.hash(q.applicantId());
        FeeRequest.Applicant a = request.applicant();
        FeeRequest hashed = new FeeRequest(q.jurisdiction(), q.matterCode(), q.asOf().toString(), q.channel(),
                new FeeRequest.Applicant(a.type(), applicantHash, a.enterpriseScale(), a.groups()), q.certificates(),
                request.housingType(), request.registrationReason());
        tx.executeWithoutResult(status -> audit.append(new DecisionLog.Logged(LOG_KIND, caller, hashed.jurisdiction(),
                hashed.matterCode(), q.asOf(), null,
                response.amountYuan().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), applicantHash,
                response.ruleset().version(), response.reasons(), hashed, null)));
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
