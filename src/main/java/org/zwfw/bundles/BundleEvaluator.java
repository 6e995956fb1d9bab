package org.zwfw.bundles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kie.api.event.rule.AgendaEventListener;
import org.zwfw.acceptance.AcceptanceRequest;
import org.zwfw.acceptance.AcceptanceResponse;
import org.zwfw.acceptance.AcceptanceValidator;
import org.zwfw.bundles.facts.BundleDecision;
import org.zwfw.bundles.facts.MatterOutcome;
import org.zwfw.bundles.facts.Submitted;
import org.zwfw.catalog.CatalogMaterial;
import org.zwfw.catalog.JurisdictionCatalog;
import org.zwfw.engine.RuleSet;
import org.zwfw.kernel.BadRequestException;
import org.zwfw.kernel.FieldProblem;
import org.zwfw.kernel.NotFoundException;
import org.zwfw.lawbook.Instrument;
import org.zwfw.lawbook.vocabulary.Fields;
import org.zwfw.lawbook.vocabulary.Vocabulary;

/**
 * One bundle application decided on a rule set, with neither Spring nor a store: {@link #check} validates the request
 * against the rule set, {@link #evaluate} maps the bundle's materials onto its matters' (bundle rules), has each matter
 * decided under its own rules by the caller's {@code decideMatter} (the service: the acceptance service, audited; a
 * what-if: the acceptance engine under the side's instruments), and combines the matters' decisions (bundle rules).
 * The service and the what-if both decide a bundle this way. Holds no decision logic: every status, outcome, date and
 * reason comes from a rule.
 */
public final class BundleEvaluator {
    static final int MAX_MATERIALS = 500;

    private BundleEvaluator() {}

    /** A request that passed validation: its bundle, its date and the bundle's materials as submitted. */
    public record Checked(BundleRequest request, Bundle bundle, LocalDate asOf, List<Submitted> submitted) {}

    /**
     * The bundle decided: what its rules decided, each matter's decision as the caller made it ({@code D}) with its
     * answer, in the bundle's order of matters, and the ids of the bundle rules that fired.
     */
    public record Evaluated<D>(Checked checked, BundleDecision decision, List<D> decided,
                               List<AcceptanceResponse> answers, List<MatterOutcome> outcomes, List<String> fired) {}

    /** Validates a bundle request against the rule set; {@code today} is the date of a request without asOf. */
    public static Checked check(BundleRequest r, RuleSet rs, LocalDate today) {
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
        LocalDate asOf = r.asOf() == null ? today : Fields.date(r.asOf(), "asOf", true, errors);
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
                statuses.getOrDefault(x.code(), Vocabulary.NOT_LISTED), x.serves().stream()
                .map(BundleMaterial.Served::toString).toList())).toList();
        return new Checked(r, b, asOf, submitted);
    }

    /** The bundle of this code the jurisdiction publishes, or 404 naming {@code bundleCode}. */
    static Bundle bundle(BundleTables t, String jurisdiction, String bundleCode) {
        return t.find(jurisdiction, bundleCode).orElseThrow(() -> new NotFoundException("bundleCode",
                "is not a bundle this jurisdiction publishes",
                "jurisdiction " + jurisdiction + " publishes no bundle " + Fields.safe(bundleCode)));
    }

    /**
     * Decides the bundle under {@code applying} (the instruments of the bundle's jurisdiction and date that apply):
     * each matter by {@code decideMatter} with the materials the bundle rules gave it, {@code answerOf} reading its
     * answer. {@code observer} (may be null) watches every bundle rule fire. A rule set none of whose rules in force
     * decides the bundle is a 400 naming asOf.
     */
    public static <D> Evaluated<D> evaluate(RuleSet rs, Checked c, List<Instrument> applying,
                                            Function<AcceptanceRequest, D> decideMatter,
                                            Function<D, AcceptanceResponse> answerOf, AgendaEventListener observer) {
        BundleRequest r = c.request();
        Bundle b = c.bundle();
        BundleEngine engine = new BundleEngine();
        BundleEngine.Result mapped = engine.mapMaterials(rs, b, c.asOf(), c.submitted(), applying, observer);
        BundleDecision decision = mapped.decision();
        JurisdictionCatalog cat = rs.catalog().of(b.jurisdiction());

        List<D> decided = new ArrayList<>();
        List<AcceptanceResponse> answers = new ArrayList<>();
        List<MatterOutcome> outcomes = new ArrayList<>();
        for (String matter : b.matters()) {
            Map<String, String> statuses = decision.statusesOf(matter);
            List<AcceptanceRequest.MaterialEntry> materials = cat.materialsOf(matter).stream()
                    .map(CatalogMaterial::code).filter(statuses::containsKey)
                    .map(code -> new AcceptanceRequest.MaterialEntry(code, statuses.get(code))).toList();
            AcceptanceRequest ar = new AcceptanceRequest(b.jurisdiction(), matter, c.asOf().toString(), r.route(),
                    r.applicant(), materials, r.commitment(), r.channel(), null, r.commitmentLetter());
            D d = decideMatter.apply(ar);
            AcceptanceResponse a = answerOf.apply(d);
            decided.add(d);
            answers.add(a);
            outcomes.add(new MatterOutcome(matter, a.outcome(), a.dueDate(), a.legalDueDate(),
                    a.supplement() == null ? null : a.supplement().deadline(),
                    a.supplement() == null ? Set.of() : a.supplement().materials().stream()
                            .map(AcceptanceResponse.Item::code).collect(Collectors.toSet()),
                    Boolean.TRUE.equals(a.provisional())));
        }
        BundleEngine.Result combined = engine.combine(rs, b, c.asOf(), c.submitted(), outcomes, applying, decision,
                observer);
        if (decision.getOutcome() == null) {
            // Law is in force, but no article on file in force that day says how a bundle is handled there.
            throw new BadRequestException(List.of(new FieldProblem("asOf", "no rule of the law on file in force on "
                    + c.asOf() + " decides a bundle application in " + b.jurisdiction()
                    + "; see GET /api/v1/ruleset for the instruments and their dates")));
        }
        List<String> fired = new ArrayList<>(mapped.fired());
        fired.addAll(combined.fired());
        return new Evaluated<>(c, decision, List.copyOf(decided), List.copyOf(answers), List.copyOf(outcomes),
                List.copyOf(fired));
    }

    /** The answer to the bundle application ({@code caseId}: the case the ledger opened, or null). */
    public static BundleResponse toResponse(RuleSet rs, Evaluated<?> e, String caseId) {
        Bundle b = e.checked().bundle();
        BundleDecision decision = e.decision();
        JurisdictionCatalog cat = rs.catalog().of(b.jurisdiction());
        Map<String, List<BundleResponse.WithinBundle>> within = new HashMap<>();
        for (BundleDecision.WithinBundle w : decision.getWithinBundle()) {
            String name = cat.materialsOf(w.matter()).stream().filter(x -> x.code().equals(w.material()))
                    .map(CatalogMaterial::name).findFirst().orElse(null);
            within.computeIfAbsent(w.matter(), k -> new ArrayList<>())
                    .add(new BundleResponse.WithinBundle(w.material(), name, w.producedBy()));
        }
        List<BundleResponse.MatterDecision> matters = new ArrayList<>();
        for (int i = 0; i < b.matters().size(); i++) {
            String m = b.matters().get(i);
            matters.add(new BundleResponse.MatterDecision(m, cat.matters().get(m).getName(), within.get(m),
                    e.answers().get(i)));
        }
        BundleResponse.Supplement supplement = decision.hasNeeded()
                ? new BundleResponse.Supplement(decision.getNeeded().stream().map(n -> new BundleResponse.Item(n.code(),
                        n.name(), n.problem(), List.copyOf(n.matters()))).toList(), decision.getSupplementDeadline())
                : null;
        AcceptanceResponse.Ruleset ruleset = e.answers().get(0).ruleset();
        return new BundleResponse(decision.getOutcome(), b.code(), b.name(), matters, supplement, decision.getDueDate(),
                reasons(decision), caseId, ruleset, decision.isProvisional() ? Boolean.TRUE : null,
                decision.getLegalDueDate());
    }

    public static List<AcceptanceResponse.Reason> reasons(BundleDecision decision) {
        return decision.getReasons().stream().map(x -> AcceptanceResponse.Reason.of(x.rule(), x.clause(), x.text(),
                x.basis(), x.list(), x.interpretations(), x.discretionary())).toList();
    }
}
