package org.zwfw.bundles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.zwfw.acceptance.AcceptanceResponse;
import org.zwfw.acceptance.AcceptanceService;
import org.zwfw.bundles.facts.BundleDecision;
import org.zwfw.cases.CaseService;
import org.zwfw.catalog.JurisdictionCatalog;
import org.zwfw.engine.DecisionDesk;
import org.zwfw.engine.Engine;
import org.zwfw.engine.RuleSet;
import org.zwfw.kernel.NotFoundException;
import org.zwfw.lawbook.Instrument;
import org.zwfw.lawbook.vocabulary.Fields;

/**
 * 一件事一次办: the published bundles, and one application for a bundle decided whole. The bundle rules map the
 * bundle's materials onto each matter's; each matter is decided by the acceptance service under its own rules; the
 * bundle rules combine the decisions. A bundle accepted with deficiency or by commitment opens one case with its
 * matters. The decision itself is {@link BundleEvaluator}'s (Spring-free, as a what-if runs it); this service adds the
 * audited acceptance service for each matter, the transaction, the audit log and the case. Every conclusion comes from
 * a rule.
 */
@Service
public class BundleService {
    /** The outcomes that leave a case with a life after the decision (api.md "Cases"). */
    static final Set<String> OPENS_A_CASE = Set.of("ACCEPT_WITH_DEFICIENCY", "APPROVE_BY_COMMITMENT");

    private final DecisionDesk desk;
    private final AcceptanceService acceptance;
    private final CaseService cases;

    public BundleService(DecisionDesk desk, AcceptanceService acceptance, CaseService cases) {
        this.desk = desk;
        this.acceptance = acceptance;
        this.cases = cases;
    }

    public List<BundleView> list(String jurisdiction) {
        RuleSet rs = desk.rules();
        known(rs, jurisdiction);
        BundleTables t = rs.table(BundleTables.class);
        JurisdictionCatalog cat = rs.catalog().of(jurisdiction);
        return t.of(jurisdiction).stream().map(b -> BundleView.of(b, t.materialsOf(b), cat)).toList();
    }

    public BundleView one(String jurisdiction, String bundleCode) {
        RuleSet rs = desk.rules();
        known(rs, jurisdiction);
        BundleTables t = rs.table(BundleTables.class);
        Bundle b = bundle(t, jurisdiction, bundleCode);
        return BundleView.of(b, t.materialsOf(b), rs.catalog().of(jurisdiction));
    }

    private static void known(RuleSet rs, String jurisdiction) {
        rs.catalog().jurisdiction(jurisdiction).orElseThrow(() -> new NotFoundException("code",
                "is not a known jurisdiction code", "no jurisdiction " + Fields.safe(jurisdiction)));
    }

    private static Bundle bundle(BundleTables t, String jurisdiction, String bundleCode) {
        return BundleEvaluator.bundle(t, jurisdiction, bundleCode);
    }

    /**
     * Decides the bundle ({@link BundleEvaluator}: each matter by the acceptance service, its credit read audited),
     * logs each matter's decision and, where the outcome has a life after it, opens one case.
     */
    public BundleResponse decide(BundleRequest request, String caller) {
        RuleSet rs = desk.rules();
        BundleEvaluator.Checked c = BundleEvaluator.check(request, rs, desk.today());
        List<Instrument> applying = Engine.lawInForce(rs, c.bundle().jurisdiction(), c.asOf(), "asOf");
        return desk.inTransaction(() -> decide(c, applying, rs, caller));
    }

    private BundleResponse decide(BundleEvaluator.Checked c, List<Instrument> applying, RuleSet rs, String caller) {
        Bundle b = c.bundle();
        BundleEvaluator.Evaluated<AcceptanceService.Decided> e = BundleEvaluator.evaluate(rs, c, applying,
                ar -> acceptance.evaluate(acceptance.check(ar), caller), AcceptanceService.Decided::response, null);
        BundleDecision decision = e.decision();
        List<AcceptanceService.Decided> decided = e.decided();

        String caseId = null;
        if (OPENS_A_CASE.contains(decision.getOutcome())) {
            List<String> missing = decision.getNeeded().stream().map(BundleDecision.Needed::code).toList();
            Map<String, String> matterOutcomes = new LinkedHashMap<>();
            e.outcomes().forEach(o -> matterOutcomes.put(o.getMatterCode(), o.getOutcome()));
            String late = decided.stream().map(d -> d.response().supplement())
                    .filter(java.util.Objects::nonNull).map(AcceptanceResponse.Supplement::lateConsequence)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            caseId = cases.openBundle(new CaseService.BundleCase(b.jurisdiction(), b.code(), decided.get(0),
                    decision.getOutcome(), decision.getSupplementDeadline(), late, missing, decision.getDueDate(),
                    decision.getLegalDueDate(),
                    matterOutcomes, BundleEvaluator.reasons(decision)), caller);
        }
        for (AcceptanceService.Decided d : decided) {
            desk.append(AcceptanceService.logged(caller, d, d.response(), caseId));
        }
        return BundleEvaluator.toResponse(rs, e, caseId);
    }
}
