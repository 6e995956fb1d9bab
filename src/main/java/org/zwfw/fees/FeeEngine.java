package org.zwfw.fees;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.zwfw.catalog.Matter;
import org.zwfw.engine.Engine;
import org.zwfw.fees.facts.FeeApplication;
import org.zwfw.fees.facts.FeeDecision;
import org.zwfw.fees.facts.FeeStandard;
import org.zwfw.lawbook.Instrument;
import org.zwfw.engine.RuleSet;

/**
 * Runs the fee rules for one request, like the acceptance engine: a session per request, the application, the
 * matter of the jurisdiction's catalog and the fee tables of its chain as facts, only the rules of the instruments
 * that apply allowed to fire, phase by phase. Holds no fee logic of its own: every amount, exemption and reason
 * comes from a rule and the tables.
 */
public final class FeeEngine {

    /** The family's name in phases.csv: its phases, in order, are listed there. */
    public static final String FAMILY = "fees";

    public FeeResult evaluate(RuleSet rs, FeeQuery q) {
        return evaluate(rs, q, Engine.lawInForce(rs, q.jurisdiction(), q.asOf(), "asOf"));
    }

    /** Evaluates under the given instruments (what-if comparisons choose them; real decisions never pass drafts). */
    public FeeResult evaluate(RuleSet rs, FeeQuery q, List<Instrument> applying) {
        List<String> chain = rs.catalog().chain(q.jurisdiction());
        Set<String> ids = rs.ids(applying);
        FeeTables tables = rs.table(FeeTables.class);
        FeeDecision decision = new FeeDecision();
        Engine.Fired fired = Engine.run(rs, Engine.decide(FAMILY, applying, facts -> {
            facts.global("feeDecision", decision);
            facts.insert(new FeeApplication(q.jurisdiction(), q.matterCode(), q.asOf(), q.applicantType(),
                    q.enterpriseScale(), q.groups(), q.certificates(), q.housingType(), q.registrationReason(),
                    q.channel()));
            Matter matter = rs.catalog().of(q.jurisdiction()).matters().get(q.matterCode());
            if (matter != null) {
                facts.insert(matter);
            }
            List<FeeStandard> standards = tables.standardsIn(chain);
            facts.insertAll(standards);
            Set<String> codes = standards.stream().map(FeeStandard::code).collect(Collectors.toUnmodifiableSet());
            facts.insertAll(tables.exemptionsOf(codes));
            facts.insertAll(tables.reductionsOf(codes));
            facts.insertAll(tables.paymentMethodsOf(ids));
        }));
        return new FeeResult(decision, chain, applying, rs.version(), fired.rules());
    }
}
