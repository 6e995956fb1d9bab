package org.zwfw.services;

import java.util.List;

import org.kie.api.event.rule.AgendaEventListener;
import org.zwfw.catalog.Matter;
import org.zwfw.engine.Engine;
import org.zwfw.engine.RuleSet;
import org.zwfw.lawbook.Instrument;
import org.zwfw.services.facts.RegionRelation;
import org.zwfw.services.facts.ServiceQuestion;
import org.zwfw.services.facts.ServicesDecision;

/**
 * Runs the services rules for one request through {@link Engine}: the question, the matter of the jurisdiction's
 * catalog, its rows of the 就近办 / 通办 / 全程网办 list and of the complex-matters list, the applicant's region as
 * seen from the jurisdiction (a helper fact from the 行政区划代码) and the priority groups of the instruments that apply.
 * Holds no decision of its own: every conclusion and reason comes from a rule of a {@code services.drl}.
 */
public final class ServicesEngine {

    /** The family's name in phases.csv. */
    public static final String FAMILY = "services";

    public ServicesResult evaluate(RuleSet rs, ServicesQuery q) {
        return evaluate(rs, q, Engine.lawInForce(rs, q.jurisdiction(), q.asOf(), "asOf"), null);
    }

    /** Evaluates under the given instruments (what-if comparisons choose them; real decisions never pass drafts). */
    public ServicesResult evaluate(RuleSet rs, ServicesQuery q, List<Instrument> applying, AgendaEventListener observer) {
        List<String> chain = rs.catalog().chain(q.jurisdiction());
        java.util.Set<String> ids = rs.ids(applying);
        ServicesTables tables = rs.table(ServicesTables.class);
        ServicesDecision decision = new ServicesDecision();
        Engine.Fired fired = Engine.run(rs, Engine.decide(FAMILY, applying, facts -> {
            facts.global("services", decision);
            facts.insert(new ServiceQuestion(q.jurisdiction(), q.matterCode(), q.asOf(), q.channel(), q.placeLevel(),
                    q.placeCode(), q.applicantRegion(), q.groups(), q.mobilityImpaired(), q.projectKinds()));
            Matter matter = rs.catalog().of(q.jurisdiction()).matters().get(q.matterCode());
            if (matter != null) {
                facts.insert(matter);
            }
            if (q.applicantRegion() != null) {
                facts.insert(RegionRelation.of(chain, q.applicantRegion()));
            }
            facts.insertAll(tables.listingsOf(q.jurisdiction(), q.matterCode()));
            facts.insertAll(tables.complexOf(q.jurisdiction(), q.matterCode()));
            rs.priorityGroups().stream().filter(p -> ids.contains(p.instrument())).forEach(facts::insert);
        }).observedBy(observer));
        return new ServicesResult(decision, chain, applying, rs.version(), fired.rules());
    }
}
