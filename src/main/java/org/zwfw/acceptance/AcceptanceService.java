package org.zwfw.acceptance;

import java.util.List;

import org.springframework.stereotype.Service;
import org.zwfw.acceptance.facts.Decision;
import org.zwfw.catalog.CalendarMissingException;
import org.zwfw.catalog.CreditRecord;
import org.zwfw.credit.CreditRepository;
import org.zwfw.engine.DecisionDesk;
import org.zwfw.engine.DecisionLog;
import org.zwfw.engine.RuleSet;
import org.zwfw.lawbook.Instrument;

/** Validates, evaluates on the rule set in service, and shapes the answer. */
@Service
public class AcceptanceService {
    private final DecisionDesk desk;
    private final AcceptanceEngine engine = new AcceptanceEngine();
    private final CreditRepository credit;

    /** {@code credit} may be null where the 告知承诺 route, the one path that reads credit records, is not taken. */
    public AcceptanceService(DecisionDesk desk, CreditRepository credit) {
        this.desk = desk;
        this.credit = credit;
    }

    /** A decided request, with what the audit log and the ledger keep of it. */
    public record Decided(AcceptanceQuery query, AcceptanceResponse response, String applicantHash,
                          AcceptanceRequest hashedRequest) {}

    /** A request that passed validation, with the rule set it was validated against (and is to be decided on). */
    public record Checked(AcceptanceRequest request, AcceptanceQuery query, RuleSet ruleSet) {}

    /**
     * Decides, then appends the decision to the audit log and answers once it is committed there (the log commits
     * concurrent decisions together). The request is validated first: a bad request is a 400 naming its fields
     * whether or not the store can be reached. The one store read, a 告知承诺 applicant's credit records, is audited
     * as it is made.
     */
    public AcceptanceResponse decide(AcceptanceRequest request, String caller) {
        Decided d = evaluate(check(request), caller);
        desk.log(logged(caller, d, d.response(), null));
        return d.response();
    }

    /** The audit log's name for an acceptance decision. */
    public static final String LOG_KIND = "ACCEPTANCE";

    /** An acceptance decision as the audit log keeps it (the request with the applicant's identifier hashed). */
    public static DecisionLog.Logged logged(String caller, Decided d, AcceptanceResponse response, String caseId) {
        AcceptanceRequest hashed = d.hashedRequest();
        return new DecisionLog.Logged(LOG_KIND, caller, hashed.jurisdiction(), hashed.matterCode(), d.query().asOf(),
                d.query().route(), response.outcome(), d.applicantHash(), response.ruleset().version(),
                response.reasons(), hashed, caseId);
    }

    /** Validates against the rule set in service; touches no store. */
    public Checked check(AcceptanceRequest request) {
        RuleSet rs = desk.rules();
        AcceptanceQuery q = AcceptanceValidator.validate(request, rs, desk.today());
        // No law of the chain in force that day: refused, naming asOf (the engine's check, as for every family).
        org.zwfw.engine.Engine.lawInForce(rs, q.jurisdiction(), q.asOf(), "asOf");
        return new Checked(request, q, rs);
    }

    /** Validates and evaluates on the rule set in service. */
    public Decided evaluate(AcceptanceRequest request, String caller) {
        return evaluate(check(request), caller);
    }

    /**
     * Evaluates a validated request. Credit records are read (and the read audited) only when the applicant chose the
     * 告知承诺 route, the one decision that depends on them.
     */
    public Decided evaluate(Checked checked, String caller) {
        RuleSet rs = checked.ruleSet();
        AcceptanceQuery q = checked.query();
        AcceptanceRequest request = checked.request();
        List<CreditRecord> credit = "COMMITMENT".equals(q.route())
                ? this.credit.readFor(q.applicantId(), caller, "acceptance decision " + q.jurisdiction() + "/"
                        + q.matterCode() + " as of " + q.asOf() + ", route COMMITMENT")
                : List.of();
        AcceptanceResult result;
        try {
            result = engine.evaluate(rs, q, rs.applicable(rs.catalog().chain(q.jurisdiction()), q.asOf()), credit);
        } catch (RuntimeException e) {
            throw unwrapCalendar(e);
        }
        if (result.decision().getOutcome() == null) {
            // Law is in force, but none of it decides this request on that date (before 国务院关于在线政务服务的若干规定
            // only the licensing law is on file, and it does not say what to do with a matter no catalog publishes).
            throw new org.zwfw.kernel.BadRequestException(List.of(new org.zwfw.kernel.FieldProblem("asOf",
                    "no rule of the law on file in force on " + q.asOf() + " decides this application in "
                            + q.jurisdiction() + "; see GET /api/v1/ruleset for the instruments and their dates")));
        }
        String applicantHash = desk.hash(q.applicantId());
        AcceptanceRequest.Applicant a = request.applicant();
        AcceptanceRequest hashed = new AcceptanceRequest(request.jurisdiction(), request.matterCode(),
                q.asOf().toString(), q.route(), new AcceptanceRequest.Applicant(a.type(), applicantHash, a.groups()),
                request.materials(), request.commitment(), request.channel(), request.receivedOn(),
                request.commitmentLetter(), request.demanded());
        return new Decided(q, toResponse(result), applicantHash, hashed);
    }

    /** Drools wraps what a consequence throws; a missing calendar year must reach the caller as itself. */
    public static RuntimeException unwrapCalendar(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CalendarMissingException c) {
                return c;
            }
        }
        return e;
    }

    public static AcceptanceResponse toResponse(AcceptanceResult r) {
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
                d.getReasons().stream().map(x -> AcceptanceResponse.Reason.of(x.rule(), x.clause(), x.text(),
                        x.basis(), x.list(), x.interpretations(), x.discretionary())).toList(),
                new AcceptanceResponse.Ruleset(r.rulesetVersion(), r.jurisdictions(),
                        r.instruments().stream().map(Instrument::title).toList()),
                d.getLegalDueDate(),
                d.getNotice() == null ? null
                        : new AcceptanceResponse.Notice(d.getNotice().kind(), d.getNotice().by(), d.getNotice().ifLate()),
                d.getConflicts().stream().map(c -> new AcceptanceResponse.Conflict(c.code(), c.text())).toList(),
                d.isProvisional() ? Boolean.TRUE : null,
                d.getVerification() == null ? null : new AcceptanceResponse.Verification(d.getVerification().dueDate(),
                        d.getVerification().days(), d.getVerification().dayKind(), d.getVerification().method()));
    }
}
