package org.zwfw.acceptance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.zwfw.acceptance.facts.Application;
import org.zwfw.acceptance.facts.CreditRecord;
import org.zwfw.acceptance.facts.Decision;
import org.zwfw.acceptance.facts.Material;
import org.zwfw.acceptance.facts.Matter;
import org.zwfw.acceptance.facts.ProvisionalCount;
import org.zwfw.acceptance.facts.RetainedProof;
import org.zwfw.catalog.CatalogMaterial;
import org.zwfw.catalog.JurisdictionCatalog;
import org.zwfw.ruleset.Instrument;
import org.zwfw.ruleset.RuleSet;

/**
 * Runs the acceptance rules for one request: inserts the application and the catalog facts of its jurisdiction,
 * lets only the rules of the instruments that apply fire, and returns what they decided. Holds no decision logic
 * of its own: every outcome, date and reason comes from a rule.
 */
public final class AcceptanceEngine {

    /** The phases of an acceptance decision, in the order they run (each a DRL agenda-group). */
    public static final List<String> PHASES =
            List.of("eligibility", "exemptions", "materials", "commitment-check", "commitment", "facts", "tolerance",
                    "outcome", "service");

    public AcceptanceResult evaluate(RuleSet rs, AcceptanceQuery q) {
        List<String> chain = rs.catalog().chain(q.jurisdiction());
        return evaluate(rs, q, rs.applicable(chain, q.asOf()));
    }

    /** Evaluates under the given instruments (what-if comparisons choose them; real decisions never pass drafts). */
    public AcceptanceResult evaluate(RuleSet rs, AcceptanceQuery q, List<Instrument> applying) {
        List<CreditRecord> credit = q.applicantId() == null ? List.of() : rs.catalog().creditRecordsOf(q.applicantId());
        return evaluate(rs, q, applying, credit);
    }

    /**
     * Evaluates with the applicant's credit records as the caller read them (the service reads them from the store,
     * audited; offline evaluation uses the sample records of the rules folder).
     */
    public AcceptanceResult evaluate(RuleSet rs, AcceptanceQuery q, List<Instrument> applying, List<CreditRecord> credit) {
        return evaluate(rs, q, applying, credit, null);
    }

    /** The same, with a listener that also watches each rule fire (a what-if uses it to see what each rule changed). */
    public AcceptanceResult evaluate(RuleSet rs, AcceptanceQuery q, List<Instrument> applying, List<CreditRecord> credit,
                                     AgendaEventListener observer) {
        List<String> chain = rs.catalog().chain(q.jurisdiction());
        Set<String> ids = rs.ids(applying);
        Decision decision = new Decision();
        List<String> fired = new ArrayList<>();
        KieSession session = rs.newSession();
        try {
            session.setGlobal("decision", decision);
            org.zwfw.catalog.WorkingCalendar calendar = rs.catalog().calendar().tracking();
            session.setGlobal("calendar", calendar);
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    Object id = event.getMatch().getRule().getMetaData().get("ruleId");
                    fired.add(id == null ? event.getMatch().getRule().getName() : id.toString());
                }
            });
            if (observer != null) {
                session.addEventListener(observer);
            }
            insertFacts(session, rs, q, ids);
            applying.forEach(i -> session.insert(new org.zwfw.acceptance.facts.InForce(i.id(), i.title(), i.jurisdiction())));
            credit.forEach(session::insert);
            for (int i = PHASES.size() - 1; i >= 0; i--) {
                session.getAgenda().getAgendaGroup(PHASES.get(i)).setFocus();
            }
            session.fireAllRules(rs.onlyRulesOf(ids));
            // A date counted past the last year on file (on the statutory holidays alone): the rules of the "service"
            // group say so, naming each year, once every date of the answer has been counted.
            if (!calendar.provisionalYears().isEmpty()) {
                calendar.provisionalYears().forEach(y -> session.insert(new ProvisionalCount(y)));
                session.getAgenda().getAgendaGroup("service").setFocus();
                session.fireAllRules(rs.onlyRulesOf(ids));
            }
        } finally {
            session.dispose();
        }
        return new AcceptanceResult(decision, chain, applying, rs.version(), List.copyOf(fired));
    }

    private static void insertFacts(KieSession session, RuleSet rs, AcceptanceQuery q, Set<String> instrumentIds) {
        session.insert(new Application(q.jurisdiction(), q.matterCode(), q.asOf(), q.route(), q.applicantType(),
                q.groups(), q.commitmentSigned(), q.supplementBy(), q.channel(), q.receivedOn(), q.letterSigned()));
        JurisdictionCatalog cat = rs.catalog().of(q.jurisdiction());
        Matter matter = cat.matters().get(q.matterCode());
        if (matter != null) {
            session.insert(matter);
            for (CatalogMaterial m : cat.materialsOf(matter.getCode())) {
                String status = q.materials().getOrDefault(m.code(), "MISSING");
                session.insert(new Material(m.matterCode(), m.code(), m.name(), m.form(), m.main(), m.proof(),
                        m.obtainableVia(), status));
            }
            cat.toleranceOf(matter.getCode()).forEach(session::insert);
            cat.commitmentOf(matter.getCode()).ifPresent(session::insert);
        }
        cat.retainedProofRows().forEach(session::insert);
        rs.parameters().stream().filter(p -> instrumentIds.contains(p.instrument())).forEach(session::insert);
        rs.priorityGroups().stream().filter(p -> instrumentIds.contains(p.instrument())).forEach(session::insert);
    }
}
