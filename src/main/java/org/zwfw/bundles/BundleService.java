package org.zwfw.bundles;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zwfw.acceptance.AcceptanceRequest;
import org.zwfw.acceptance.AcceptanceValidator;
import org.zwfw.acceptance.AcceptanceResponse;
import org.zwfw.acceptance.AcceptanceService;
import org.zwfw.bundles.facts.BundleDecision;
import org.zwfw.bundles.facts.MatterOutcome;
import org.zwfw.bundles.facts.Submitted;
import org.zwfw.cases.CaseService;
import org.zwfw.catalog.CatalogMaterial;
import org.zwfw.catalog.JurisdictionCatalog;
import org.zwfw.engine.DecisionLog;
import org.zwfw.engine.Engine;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RuleSetHolder;
import org.zwfw.kernel.BadRequestException;
import org.zwfw.kernel.FieldProblem;
import org.zwfw.kernel.NotFoundException;
import org.zwfw.lawbook.Instrument;
import org.zwfw.lawbook.vocabulary.Fields;
import org.zwfw.lawbook.vocabulary.Vocabulary;

/**
 * 一件事一次办: the published bundles, and one application for a bundle decided whole. The bundle rules map the
 * bundle's materials onto each matter's; each matter is decided by the acceptance service under its own rules; the
 * bundle rules combine the decisions. A bundle accepted with deficiency or by commitment opens one case with its
 * matters. Validation, evaluation and shaping only: every conclusion comes from a rule.
 */
@Service
public class BundleService {
    static final int MAX_MATERIALS = 500;
    /** The outcomes that leave a case with a life after the decision (api.md "Cases"). */
    static final Set<String> OPENS_A_CASE = Set.of("ACCEPT_WITH_DEFICIENCY", "APPROVE_BY_COMMITMENT");

    private final RuleSetHolder rules;
    private final AcceptanceService acceptance;
    private final CaseService cases;
    private final DecisionLog audit;
    private final TransactionTemplate tx;
    private final BundleEngine engine = new BundleEngine();

    public BundleService(RuleSetHolder rules, AcceptanceService acceptance, CaseService cases, DecisionLog audit,
                         PlatformTransactionManager transactions) {
        this.rules = rules;
        this.acceptance = acceptance;
        this.cases = cases;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
    }

    public List<BundleView> list(String jurisdiction) {
        RuleSet rs = rules.current();
        known(rs, jurisdiction);
        BundleTables t = rs.table(BundleTables.class);
        JurisdictionCatalog cat = rs.catalog().of(jurisdiction);
        return t.of(jurisdiction).stream().map(b -> BundleView.of(b, t.materialsOf(b), cat)).toList();
    }

    public BundleView one(String jurisdiction, String bundleCode) {
        RuleSet rs = rules.current();
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
        return t.find(jurisdiction, bundleCode).orElseThrow(() -> new NotFoundException("bundleCode",
                "is not a bundle this jurisdiction publishes",
                "jurisdiction " + jurisdiction + " publishes no bundle " + Fields.safe(bundleCode)));
    }

    /** Decides the bundle, logs each matter's decision and, where the outcome has a life after it, opens one case. */
    public BundleResponse decide(BundleRequest request, String caller) {
        RuleSet rs = rules.current();
        Checked c = check(request, rs);
        return tx.execute(status -> decide(c, rs, caller));
    }

    private record Checked(BundleRequest request, Bundle bundle, LocalDate asOf, List<Submitted> submitted,
                           List<Instrument> applying) {}

    private Checked check(BundleRequest r, RuleSet rs) {
        if (r == null) {
            throw new BadRequestException(List.of(new FieldProblem("body", "a JSON request body is required")));
        }
        List<FieldProblem> errors = new ArrayList<>();
        String jurisdiction = r.jurisdiction() == null || r.jurisdiction().isBlank() ? null : r.jurisdiction().trim();
        if (jurisdiction == null) {
            errors.add(new FieldProblem("jurisdiction", "is required"));
        } else if (rs.catalog().jurisdiction(jurisdiction).isEmpty()) {
            errors.add(new FieldProblem("jurisdiction", "unknown jurisdiction code '" + Fields.safe(jurisdiction)
                    + "'; see GET /api/v1/jurisdictions"));
            jurisdiction = null;
        }
        if (r.bundleCode() == null || r.bundleCode().isBlank()) {
            errors.add(new FieldProblem("bundleCode", "is required"));
        }
        LocalDate asOf = r.asOf() == null ? LocalDate.now(ZoneId.of("Asia/Shanghai"))
                : Fields.date(r.asOf(), "asOf", true, errors);
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        BundleTables t = rs.table(BundleTables.class);
        Bundle b = bundle(t, jurisdiction, r.bundleCode().trim());
        if (b.publishedFrom() != null && asOf.isBefore(b.publishedFrom())) {
            throw new NotFoundException("bundleCode", "is not a bundle this jurisdiction publishes on asOf",
                    "jurisdiction " + jurisdiction + " publishes bundle " + b.code() + " from " + b.publishedFrom()
                            + ", not on " + asOf);
        }
        List<BundleMaterial> ofBundle = t.materialsOf(b);
        Vocabulary vocabulary = rs.table(Vocabulary.class);
        List<AcceptanceRequest.MaterialEntry> listed = r.materials() == null ? List.of() : r.materials();
        if (listed.size() > MAX_MATERIALS) {
            throw new BadRequestException(List.of(new FieldProblem("materials", "lists more than " + MAX_MATERIALS
                    + " materials")));
        }
        Map<String, String> statuses = AcceptanceValidator.statuses(listed, vocabulary, code ->
                ofBundle.stream().noneMatch(x -> x.code().equals(code)) ? "is not a material of bundle " + b.code()
                        + " (" + String.join(", ", ofBundle.stream().map(BundleMaterial::code).toList()) + ")" : null,
                errors);
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        List<Submitted> submitted = ofBundle.stream().map(x -> new Submitted(x.code(), x.name(),
                statuses.getOrDefault(x.code(), Vocabulary.NOT_LISTED), x.serves().stream().map(BundleMaterial.Served::toString)
                .toList())).toList();
        List<Instrument> applying = Engine.lawInForce(rs, jurisdiction, asOf, "asOf");
        return new Checked(r, b, asOf, submitted, applying);
    }

    private BundleResponse decide(Checked c, RuleSet rs, String caller) {
        BundleRequest r = c.request();
        Bundle b = c.bundle();
        BundleEngine.Result mapped = engine.mapMaterials(rs, b, c.asOf(), c.submitted(), c.applying());
        BundleDecision decision = mapped.decision();
        JurisdictionCatalog cat = rs.catalog().of(b.jurisdiction());

        List<AcceptanceService.Decided> decided = new ArrayList<>();
        List<MatterOutcome> outcomes = new ArrayList<>();
        for (String matter : b.matters()) {
            Map<String, String> statuses = decision.statusesOf(matter);
            List<AcceptanceRequest.MaterialEntry> materials = cat.materialsOf(matter).stream()
                    .map(CatalogMaterial::code).filter(statuses::containsKey)
                    .map(code -> new AcceptanceRequest.MaterialEntry(code, statuses.get(code))).toList();
            AcceptanceRequest ar = new AcceptanceRequest(b.jurisdiction(), matter, c.asOf().toString(), r.route(),
                    r.applicant(), materials, r.commitment(), r.channel(), null, r.commitmentLetter());
            AcceptanceService.Decided d = acceptance.evaluate(acceptance.check(ar), caller);
            decided.add(d);
            AcceptanceResponse a = d.response();
            outcomes.add(new MatterOutcome(matter, a.outcome(), a.dueDate(),
                    a.supplement() == null ? null : a.supplement().deadline(),
                    a.supplement() == null ? Set.of() : a.supplement().materials().stream()
                            .map(AcceptanceResponse.Item::code).collect(java.util.stream.Collectors.toSet())));
        }
        engine.combine(rs, b, c.asOf(), c.submitted(), outcomes, c.applying(), decision);
        if (decision.getOutcome() == null) {
            // Law is in force, but no article on file in force that day says how a bundle is handled there.
            throw new BadRequestException(List.of(new FieldProblem("asOf", "no rule of the law on file in force on "
                    + c.asOf() + " decides a bundle application in " + b.jurisdiction()
                    + "; see GET /api/v1/ruleset for the instruments and their dates")));
        }

        String caseId = null;
        if (OPENS_A_CASE.contains(decision.getOutcome())) {
            List<String> missing = decision.getNeeded().stream().map(BundleDecision.Needed::code).toList();
            Map<String, String> matterOutcomes = new LinkedHashMap<>();
            outcomes.forEach(o -> matterOutcomes.put(o.getMatterCode(), o.getOutcome()));
            String late = decided.stream().map(d -> d.response().supplement())
                    .filter(java.util.Objects::nonNull).map(AcceptanceResponse.Supplement::lateConsequence)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            caseId = cases.openBundle(new CaseService.BundleCase(b.jurisdiction(), b.code(), decided.get(0),
                    decision.getOutcome(), decision.getSupplementDeadline(), late, missing, decision.getDueDate(),
                    matterOutcomes, reasons(decision)), caller);
        }
        for (AcceptanceService.Decided d : decided) {
            audit.append(AcceptanceService.logged(caller, d, d.response(), caseId));
        }

        Map<String, List<BundleResponse.WithinBundle>> within = new HashMap<>();
        for (BundleDecision.WithinBundle w : decision.getWithinBundle()) {
            String name = cat.materialsOf(w.matter()).stream().filter(x -> x.code().equals(w.material()))
                    .map(CatalogMaterial::name).findFirst().orElse(null);
            within.computeIfAbsent(w.matter(), k -> new ArrayList<>())
                    .add(new BundleResponse.WithinBundle(w.material(), name, w.producedBy()));
        }
        List<BundleResponse.MatterDecision> matters = new ArrayList<>();
        for (AcceptanceService.Decided d : decided) {
            String m = d.query().matterCode();
            matters.add(new BundleResponse.MatterDecision(m, cat.matters().get(m).getName(), within.get(m), d.response()));
        }
        BundleResponse.Supplement supplement = decision.hasNeeded()
                ? new BundleResponse.Supplement(decision.getNeeded().stream().map(n -> new BundleResponse.Item(n.code(),
                        n.name(), n.problem(), List.copyOf(n.matters()))).toList(), decision.getSupplementDeadline())
                : null;
        List<AcceptanceResponse.Reason> reasons = reasons(decision);
        AcceptanceResponse.Ruleset ruleset = decided.get(0).response().ruleset();
        return new BundleResponse(decision.getOutcome(), b.code(), b.name(), matters, supplement, decision.getDueDate(),
                reasons, caseId, ruleset);
    }

    private static List<AcceptanceResponse.Reason> reasons(BundleDecision decision) {
        return decision.getReasons().stream().map(x -> AcceptanceResponse.Reason.of(x.rule(), x.clause(), x.text(),
                x.basis(), x.list(), x.interpretations(), x.discretionary())).toList();
    }
}
