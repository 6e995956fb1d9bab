package org.zwfw.platform.api;

import org.zwfw.catalog.Catalog;
import org.zwfw.catalog.Jurisdiction;
import org.zwfw.catalog.JurisdictionCatalog;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zwfw.catalog.Matter;
import org.zwfw.catalog.ToleranceListing;
import org.zwfw.lawbook.Instrument;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RuleSetHolder;
import org.zwfw.kernel.BadRequestException;
import org.zwfw.kernel.FieldProblem;
import org.zwfw.kernel.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The published catalog: jurisdictions, the instruments in force there, their matters and materials. */
@RestController
@RequestMapping("/api/v1/jurisdictions")
@Tag(name = "Catalog", description = "Jurisdictions and their published matters")
public record CatalogController(RuleSetHolder rules) {
    public record JurisdictionView(String code, String name, String parent, List<String> chain,
                                   List<InstrumentView> instruments) {}

    public record InstrumentView(String id, String title, String documentNumber, String jurisdiction,
                                 LocalDate inForceFrom, LocalDate inForceTo, String status, boolean appliesOnDate) {}

    public record MatterView(String matterCode, String name, String type, List<String> serviceObjects,
                             Integer legalDays, Integer promisedDays, boolean onTheSpot, boolean toleranceListed,
                             boolean commitmentListed, String feeCode, LocalDate publishedFrom, LocalDate publishedTo,
                             boolean publishedOnDate) {}

    public record MaterialView(String code, String name, String form, Integer copies, boolean main,
                               boolean tolerable, Integer toleranceSupplementDays, boolean proof,
                               boolean retainedProof, String obtainableVia) {}

    public record MatterDetail(MatterView matter, List<MaterialView> materials) {}

    @Operation(summary = "Every jurisdiction, its chain and the instruments that apply on a date (default today)")
    @GetMapping
    public List<JurisdictionView> jurisdictions(@RequestParam(required = false) String asOf) {
        RuleSet rs = rules.current();
        LocalDate date = date(asOf);
        return rs.catalog().jurisdictions().values().stream()
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .map(j -> view(rs, j, date)).toList();
    }

    @Operation(summary = "One jurisdiction")
    @GetMapping("/{code}")
    public JurisdictionView jurisdiction(@PathVariable String code, @RequestParam(required = false) String asOf) {
        RuleSet rs = rules.current();
        Jurisdiction j = rs.catalog().jurisdiction(code)
                .orElseThrow(() -> new NotFoundException("code", "is not a known jurisdiction code",
                        "no jurisdiction " + code));
        return view(rs, j, date(asOf));
    }

    @Operation(summary = "The matters a jurisdiction publishes")
    @GetMapping("/{code}/matters")
    public List<MatterView> matters(@PathVariable String code, @RequestParam(required = false) String asOf) {
        RuleSet rs = rules.current();
        rs.catalog().jurisdiction(code).orElseThrow(() -> new NotFoundException("code", "is not a known jurisdiction code",
                        "no jurisdiction " + code));
        JurisdictionCatalog cat = rs.catalog().of(code);
        LocalDate date = date(asOf);
        return cat.matters().values().stream().map(m -> matterView(cat, m, date)).toList();
    }

    @Operation(summary = "One matter with its materials (main, tolerable, proofs, what is obtainable by sharing)")
    @GetMapping("/{code}/matters/{matterCode}")
    public MatterDetail matter(@PathVariable String code, @PathVariable String matterCode,
                               @RequestParam(required = false) String asOf) {
        RuleSet rs = rules.current();
        rs.catalog().jurisdiction(code).orElseThrow(() -> new NotFoundException("code", "is not a known jurisdiction code",
                        "no jurisdiction " + code));
        JurisdictionCatalog cat = rs.catalog().of(code);
        Matter m = cat.matters().get(matterCode);
        if (m == null) {
            throw new NotFoundException("matterCode", "is not a matter this jurisdiction publishes",
                    "jurisdiction " + code + " publishes no matter " + matterCode);
        }
        Map<String, Integer> tolerable = new java.util.HashMap<>();
        cat.toleranceOf(matterCode).forEach(t -> tolerable.put(t.materialCode(), t.supplementDays()));
        List<MaterialView> materials = cat.materialsOf(matterCode).stream().map(c -> new MaterialView(c.code(),
                c.name(), c.form(), c.copies(), c.main(), tolerable.containsKey(c.code()) && !c.main(),
                tolerable.get(c.code()), c.proof(), c.proof() && cat.retainedProofs().contains(c.name()),
                c.obtainableVia())).toList();
        return new MatterDetail(matterView(cat, m, date(asOf)), materials);
    }

    private static MatterView matterView(JurisdictionCatalog cat, Matter m, LocalDate date) {
        List<ToleranceListing> t = cat.toleranceOf(m.getCode());
        return new MatterView(m.getCode(), m.getName(), m.getType(), List.copyOf(m.getServiceObjects()),
                m.getLegalDays(), m.getPromisedDays(), m.isOnTheSpot(), !t.isEmpty(), m.isCommitmentListed(),
                m.getFeeCode(), m.getPublishedFrom(), m.getPublishedTo(), m.isPublishedOn(date));
    }

    private static JurisdictionView view(RuleSet rs, Jurisdiction j, LocalDate date) {
        List<String> chain = rs.catalog().chain(j.code());
        List<InstrumentView> inst = rs.instruments().stream()
                .filter(i -> chain.contains(i.jurisdiction()))
                .map(i -> instrumentView(i, date)).toList();
        return new JurisdictionView(j.code(), j.name(), j.parent(), chain, inst);
    }

    public static InstrumentView instrumentView(Instrument i, LocalDate date) {
        return new InstrumentView(i.id(), i.title(), i.documentNumber(), i.jurisdiction(), i.inForceFrom(),
                i.inForceTo(), i.status().name(), i.appliesOn(date));
    }

    private static LocalDate date(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return LocalDate.now(ZoneId.of("Asia/Shanghai"));
        }
        try {
            return LocalDate.parse(asOf, org.zwfw.lawbook.vocabulary.Fields.YYYY_MM_DD);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(List.of(new FieldProblem("asOf", "must be a real date YYYY-MM-DD")));
        }
    }
}
