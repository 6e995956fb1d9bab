package org.zwfw.services;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.zwfw.acceptance.AcceptanceResponse;
import org.zwfw.engine.DecisionDesk;
import org.zwfw.engine.DecisionLog;
import org.zwfw.engine.RuleSet;
import org.zwfw.kernel.BadRequestException;
import org.zwfw.kernel.FieldProblem;
import org.zwfw.lawbook.Instrument;
import org.zwfw.services.facts.ServicesDecision;

/**
 * Validates a services request, evaluates it on the rule set in service, shapes the answer and appends it to the
 * decision audit log (kind SERVICES, outcome the mayApplyHere answer; the applicant's identifier hashed).
 */
@Service
public class ServicesService {
    public static final String LOG_KIND = "SERVICES";

    private final DecisionDesk desk;
    private final ServicesEngine engine = new ServicesEngine();

    public ServicesService(DecisionDesk desk) {
        this.desk = desk;
    }

    public ServicesResponse decide(ServicesRequest request, String caller) {
        RuleSet rs = desk.rules();
        ServicesQuery q = ServicesValidator.validate(request, rs, desk.today());
        ServicesResult result = engine.evaluate(rs, q);
        if (result.decision().getMayApplyHere() == null) {
            // Law is in force, but none of it speaks to where or how this matter is handled on that date.
            throw new BadRequestException(List.of(new FieldProblem("asOf",
                    "no rule of the law on file in force on " + q.asOf() + " decides where or how matters are handled in "
                            + q.jurisdiction() + "; see GET /api/v1/ruleset for the instruments and their dates")));
        }
        ServicesResponse response = toResponse(result);
        // The log keeps a keyed hash for every decision; a question asked without an applicant hashes the empty identifier.
        String applicantHash = desk.hash(q.applicantId());
        ServicesRequest.Applicant a = request.applicant();
        ServicesRequest hashed = new ServicesRequest(q.jurisdiction(), q.matterCode(), q.asOf().toString(), q.channel(),
                request.place(), q.applicantRegion(),
                a == null ? null : new ServicesRequest.Applicant(a.type(), q.applicantId() == null ? null : applicantHash,
                        a.groups(), a.mobilityImpaired()),
                request.project());
        desk.log(new DecisionLog.Logged(LOG_KIND, caller, q.jurisdiction(),
                q.matterCode(), q.asOf(), null, response.mayApplyHere() ? "MAY_APPLY_HERE" : "NOT_HERE", applicantHash,
                response.ruleset().version(), response.reasons(), hashed, null));
        return response;
    }

    public static ServicesResponse toResponse(ServicesResult r) {
        ServicesDecision d = r.decision();
        return new ServicesResponse(
                Boolean.TRUE.equals(d.getMayApplyHere()),
                d.getRegionAllowed(),
                Boolean.TRUE.equals(d.getWholeProcessOnline()),
                d.getCrossRegion() == null ? "NONE" : d.getCrossRegion(),
                new ServicesResponse.Assistance(d.getAssistanceKinds(), d.getAssistanceKind(), d.isFree(),
                        d.isAssistanceDiscretionary(), d.isAssistanceWindow()),
                new ServicesResponse.HomeVisit(Boolean.TRUE.equals(d.getHomeVisit()), d.isHomeVisitDiscretionary()),
                d.isPriorityService(),
                d.getReasons().stream().map(x -> AcceptanceResponse.Reason.of(x.rule(), x.clause(), x.text(), x.basis(),
                        x.list(), x.interpretations(), x.discretionary())).toList(),
                new AcceptanceResponse.Ruleset(r.rulesetVersion(), r.jurisdictions(),
                        r.instruments().stream().map(Instrument::title).toList()));
    }
}
