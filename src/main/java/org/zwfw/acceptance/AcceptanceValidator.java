package org.zwfw.acceptance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zwfw.acceptance.facts.Demanded;
import org.zwfw.catalog.Catalog;
import org.zwfw.catalog.CatalogMaterial;
import org.zwfw.engine.RuleSet;
import org.zwfw.lawbook.vocabulary.Vocabulary;
import org.zwfw.kernel.BadRequestException;
import org.zwfw.kernel.FieldProblem;
import org.zwfw.lawbook.vocabulary.Fields;

/** Turns a request into a {@link AcceptanceQuery}, or names every bad field at once. */
public final class AcceptanceValidator {
    /** 一般程序 and 告知承诺. */
    public static final List<String> ROUTES = List.of("ORDINARY", "COMMITMENT");
    static final int MAX_MATERIALS = 500;

    private AcceptanceValidator() {}

    /** Checks against the catalog and the vocabulary (groups, applicant types, material statuses) of {@code rs}. */
    public static AcceptanceQuery validate(AcceptanceRequest r, RuleSet rs, LocalDate today) {
        return validate(r, rs.catalog(), rs.table(Vocabulary.class), today, false);
    }

    /**
     * A request as the audit log keeps it, to replay it: the same checks, except that {@code applicant.id} is the
     * keyed hash (64 hex digits) that replaced the identifier; the query carries that hash as the applicant's id.
     */
    public static AcceptanceQuery validateLogged(AcceptanceRequest r, RuleSet rs, LocalDate today) {
        return validate(r, rs.catalog(), rs.table(Vocabulary.class), today, true);
    }

    private static AcceptanceQuery validate(AcceptanceRequest r, Catalog catalog, Vocabulary vocabulary,
                                            LocalDate today, boolean hashedId) {
        List<FieldProblem> errors = new ArrayList<>();
        // An unknown matter code is decided (REJECT) and kept with the case.
        Catalog.MatterAsked asked = catalog.matterAsked(r, today, errors);
        String jurisdiction = asked.jurisdiction();
        String matterCode = asked.matterCode();
        LocalDate asOf = asked.asOf();
        String route = r.route() == null ? "ORDINARY" : r.route();
        if (!ROUTES.contains(route)) {
            errors.add(new FieldProblem("route", "must be ORDINARY or COMMITMENT"));
        }

        String type = null;
        String applicantId = null;
        Set<String> groups = new LinkedHashSet<>();
        if (r.applicant() == null) {
            errors.add(new FieldProblem("applicant", "is required"));
        } else {
            applicantId = r.applicant().id();
            if (hashedId) {
                type = vocabulary.isApplicantType(r.applicant().type()) ? r.applicant().type() : null;
                if (type == null) {
                    errors.add(new FieldProblem("applicant.type", vocabulary.applicantTypeProblem()));
                }
                if (applicantId == null || !applicantId.matches("[0-9a-f]{64}")) {
                    errors.add(new FieldProblem("applicant.id", "is not the keyed hash (64 hex digits) the audit log keeps"));
                }
            } else {
                type = Fields.applicant(vocabulary, r.applicant().type(), applicantId, errors);
            }
            groups.addAll(Fields.groups(vocabulary, r.applicant().groups(), errors));
        }

        List<AcceptanceRequest.MaterialEntry> listed = r.materials() == null ? List.of() : r.materials();
        if (listed.size() > MAX_MATERIALS) {
            errors.add(new FieldProblem("materials", "lists more than " + MAX_MATERIALS + " materials"));
            listed = List.of();
        }
        List<CatalogMaterial> ofMatter = jurisdiction == null || matterCode == null ? List.of()
                : catalog.of(jurisdiction).materialsOf(matterCode);
        boolean matterKnown = jurisdiction != null && matterCode != null
                && catalog.of(jurisdiction).matters().containsKey(matterCode);
        String matter = matterCode;
        Map<String, String> materials = statuses(listed, vocabulary, code -> matterKnown
                && ofMatter.stream().noneMatch(c -> c.code().equals(code)) ? "is not a material of matter " + matter : null,
                errors);

        List<Demanded> demanded = demanded(r.demanded(), ofMatter, matterKnown, matter, errors);

        String channel = asked.channel();
        LocalDate receivedOn = asOf;
        if (r.receivedOn() != null) {
            receivedOn = Fields.date(r.receivedOn(), "receivedOn", true, errors);
            if (receivedOn != null && asOf != null && receivedOn.isAfter(asOf)) {
                errors.add(new FieldProblem("receivedOn", "is after asOf: materials cannot be decided on before they are received"));
            }
        }
        boolean signed = false;
        boolean letter = r.commitmentLetter() != null && Boolean.TRUE.equals(r.commitmentLetter().signed());
        LocalDate supplementBy = null;
        if (r.commitment() != null) {
            signed = Boolean.TRUE.equals(r.commitment().signed());
            if (signed && "COMMITMENT".equals(route) && r.commitmentLetter() == null) {
                // An older client's commitment on the 告知承诺 route is the letter, and only the letter.
                letter = true;
                signed = false;
            }
            if (r.commitment().supplementBy() != null) {
                supplementBy = Fields.date(r.commitment().supplementBy(), "commitment.supplementBy", true, errors);
                if (supplementBy != null && asOf != null && supplementBy.isBefore(asOf)) {
                    errors.add(new FieldProblem("commitment.supplementBy", "is before asOf"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return new AcceptanceQuery(jurisdiction, matterCode, asOf, route, type, applicantId, groups, materials, signed,
                supplementBy, channel, receivedOn, letter, demanded);
    }

    static final int MAX_NAME = 200;

    /**
     * The materials the agency demanded: each entry a code of the matter's guide (named as the guide names it) or a
     * name of at most {@value #MAX_NAME} characters; every bad one a problem naming {@code demanded[i]}.
     */
    static List<Demanded> demanded(List<AcceptanceRequest.DemandedEntry> entries, List<CatalogMaterial> ofMatter,
                                   boolean matterKnown, String matter, List<FieldProblem> errors) {
        if (entries == null) {
            return List.of();
        }
        if (entries.size() > MAX_MATERIALS) {
            errors.add(new FieldProblem("demanded", "lists more than " + MAX_MATERIALS + " materials"));
            return List.of();
        }
        List<Demanded> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            AcceptanceRequest.DemandedEntry e = entries.get(i);
            String at = "demanded[" + i + "]";
            boolean hasCode = e != null && e.code() != null && !e.code().isBlank();
            boolean hasName = e != null && e.name() != null && !e.name().isBlank();
            if (!hasCode && !hasName) {
                errors.add(new FieldProblem(at, "must be an object with code (a material of the matter) or name"));
            } else if (hasName && e.name().length() > MAX_NAME) {
                errors.add(new FieldProblem(at + ".name", "is longer than " + MAX_NAME + " characters"));
            } else if (hasCode) {
                CatalogMaterial m = ofMatter.stream().filter(c -> c.code().equals(e.code())).findFirst().orElse(null);
                if (m == null && matterKnown) {
                    errors.add(new FieldProblem(at + ".code", "'" + Fields.safe(e.code()) + "' is not a material of matter "
                            + matter + "; name a demand outside the matter's guide by name"));
                } else if (m != null) {
                    out.add(new Demanded(m.code(), m.name()));
                }
            } else {
                out.add(new Demanded(null, e.name().strip()));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The statuses of listed materials by code (the first of a code listed twice): each entry's code is required,
     * known and listed once, its status one of the vocabulary's; every bad one a problem naming
     * {@code materials[i].code} or {@code .status}. {@code unknown} says why a code is not a material of what is
     * applied for (a matter, a bundle), or null when it is one.
     */
    public static Map<String, String> statuses(List<AcceptanceRequest.MaterialEntry> listed, Vocabulary vocabulary,
                                               java.util.function.Function<String, String> unknown,
                                               List<FieldProblem> errors) {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (int i = 0; i < listed.size(); i++) {
            AcceptanceRequest.MaterialEntry m = listed.get(i);
            String at = "materials[" + i + "]";
            if (m == null) {
                errors.add(new FieldProblem(at, "must be an object with code and status"));
                continue;
            }
            String notOurs = m.code() == null || m.code().isBlank() ? null : unknown.apply(m.code());
            if (m.code() == null || m.code().isBlank()) {
                errors.add(new FieldProblem(at + ".code", "is required"));
            } else if (notOurs != null) {
                errors.add(new FieldProblem(at + ".code", "'" + Fields.safe(m.code()) + "' " + notOurs));
            } else if (statuses.containsKey(m.code())) {
                errors.add(new FieldProblem(at + ".code", "'" + Fields.safe(m.code()) + "' is listed twice"));
            }
            if (!vocabulary.isMaterialStatus(m.status())) {
                errors.add(new FieldProblem(at + ".status", vocabulary.materialStatusProblem()));
            }
            if (m.code() != null && m.status() != null) {
                statuses.putIfAbsent(m.code(), m.status());
            }
        }
        return statuses;
    }
}
