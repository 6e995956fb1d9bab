package org.zwfw.acceptance;

import java.util.List;
import java.util.Set;

import org.kie.api.event.rule.AgendaEventListener;
import org.zwfw.acceptance.facts.Application;
import org.zwfw.catalog.CreditRecord;
import org.zwfw.acceptance.facts.Decision;
import org.zwfw.acceptance.facts.InForce;
import org.zwfw.acceptance.facts.Material;
import org.zwfw.catalog.Matter;
import org.zwfw.acceptance.facts.ProvisionalCount;
import org.zwfw.catalog.RetainedProof;
import org.zwfw.catalog.CatalogMaterial;
import org.zwfw.catalog.JurisdictionCatalog;
import org.zwfw.catalog.WorkingCalendar;
import org.zwfw.engine.Engine;
import org.zwfw.engine.Facts;
import org.zwfw.lawbook.Instrument;
import org.zwfw.engine.RuleSet;
import org.zwfw.lawbook.vocabulary.Vocabulary;

/**
 * Runs the acceptance rules for one request: inserts the application and the catalog facts of its jurisdiction,
 * lets only the rules of the instruments that apply fire, and returns what they decided. Holds no decision logic
 * of its own: every outcome, date and reason comes from a rule.
 */
public final class AcceptanceEngine {

    /** The family's name in phases.csv: its phases, in order, are listed there. */
    public static final String FAMILY = "acceptance";

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
        WorkingCalendar calendar = rs.catalog().calendar().tracking();
        Engine.Fired fired = Engine.run(rs, Engine.decide(FAMILY, applying, facts -> {
            facts.global("decision", decision);
            facts.global("calendar", calendar);
            insertFacts(facts, rs, q, ids);
            applying.forEach(i -> facts.insert(new InForce(i.id(), i.title(), i.jurisdiction())));
            facts.insertAll(credit);
        }).observedBy(observer).thenAgain("service", facts -> {
            // A date counted past the last year on file (on the statutory holidays alone): the rules of the "service"
            // phase say so, naming each year, once every date of the answer has been counted.
            calendar.provisionalYears().forEach(y -> facts.insert(new ProvisionalCount(y)));
            return !calendar.provisionalYears().isEmpty();
        }));
        return new AcceptanceResult(decision, chain, applying, rs.version(), fired.rules());
    }

    private static void insertFacts(Facts session, RuleSet rs, AcceptanceQuery q, Set<String> instrumentIds) {
        session.insert(new Application(q.jurisdiction(), q.matterCode(), q.asOf(), q.route(), q.applicantType(),
                q.groups(), q.commitmentSigned(), q.supplementBy(), q.channel(), q.receivedOn(), q.letterSigned()));
        JurisdictionCatalog cat = rs.catalog().of(q.jurisdiction());
        Vocabulary vocabulary = rs.table(Vocabulary.class);
        Matter matter = cat.matters().get(q.matterCode());
        if (matter != null) {
            session.insert(matter);
            for (CatalogMaterial m : cat.materialsOf(matter.getCode())) {
                String status = q.materials().getOrDefault(m.code(), Vocabulary.NOT_LISTED);
                session.insert(new Material(m.matterCode(), m.code(), m.name(), m.form(), m.main(), m.proof(),
                        m.obtainableVia(), status, vocabulary.provides(status)));
            }
            session.insertAll(cat.toleranceOf(matter.getCode()));
            cat.commitmentOf(matter.getCode()).ifPresent(session::insert);
        }
        session.insertAll(q.demanded());
        session.insertAll(cat.retainedProofRows());
        rs.parameters().stream().filter(p -> instrumentIds.contains(p.instrument())).forEach(session::insert);
        rs.priorityGroups().stream().filter(p -> instrumentIds.contains(p.instrument())).forEach(session::insert);
    }
}
