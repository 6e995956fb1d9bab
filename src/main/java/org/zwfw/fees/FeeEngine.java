package org.zwfw.fees;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.zwfw.acceptance.facts.Matter;
import org.zwfw.fees.facts.FeeApplication;
import org.zwfw.fees.facts.FeeDecision;
import org.zwfw.fees.facts.FeeStandard;
import org.zwfw.ruleset.Instrument;
import org.zwfw.ruleset.RuleSet;

/**
 * Runs the fee rules for one request, like the acceptance engine: a session per request, the application, the
 * matter of the jurisdiction's catalog and the fee tables of its chain as facts, only the rules of the instruments
 * that apply allowed to fire, phase by phase. Holds no fee logic of its own: every amount, exemption and reason
 * comes from a rule and the tables.
 */
public final class FeeEngine {

    /** The phases of a fee decision, in the order they run (each a DRL ruleflow-group). */
    public static final List<String> PHASES = List.of("fee-items", "fee-basis", "fee-exemptions", "fee-total");

    public FeeResult evaluate(RuleSet rs, FeeQuery q) {
        return evaluate(rs, q, rs.applicable(rs.catalog().chain(q.jurisdiction()), q.asOf()));
    }

    /** Evaluates under the given instruments (what-if comparisons choose them; real decisions never pass drafts). */
    public FeeResult evaluate(RuleSet rs, FeeQuery q, List<Instrument> applying) {
        List<String> chain = rs.catalog().chain(q.jurisdiction());
        Set<String> ids = rs.ids(applying);
        FeeTables tables = rs.table(FeeTables.class);
        FeeDecision decision = new FeeDecision();
        List<String> fired = new ArrayList<>();
        KieSession session = rs.newSession();
        try {
            session.setGlobal("feeDecision", decision);
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    Object id = event.getMatch().getRule().getMetaData().get("ruleId");
                    fired.add(id == null ? event.getMatch().getRule().getName() : id.toString());
                }
            });
            session.insert(new FeeApplication(q.jurisdiction(), q.matterCode(), q.asOf(), q.applicantType(),
                    q.enterpriseScale(), q.groups(), q.certificates(), q.housingType(), q.registrationReason(),
                    q.channel()));
            Matter matter = rs.catalog().of(q.jurisdiction()).matters().get(q.matterCode());
            if (matter != null) {
                session.insert(matter);
            }
            List<FeeStandard> standards = tables.standardsIn(chain);
            standards.forEach(session::insert);
            Set<String> codes = standards.stream().map(FeeStandard::code).collect(Collectors.toUnmodifiableSet());
            tables.exemptionsOf(codes).forEach(session::insert);
            tables.reductionsOf(codes).forEach(session::insert);
            tables.paymentMethodsOf(ids).forEach(session::insert);
            for (int i = PHASES.size() - 1; i >= 0; i--) {
                session.getAgenda().getAgendaGroup(PHASES.get(i)).setFocus();
            }
            session.fireAllRules(rs.onlyRulesOf(ids));
        } finally {
            session.dispose();
        }
        return new FeeResult(decision, chain, applying, rs.version(), List.copyOf(fired));
    }
}
