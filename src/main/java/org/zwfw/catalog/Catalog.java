package org.zwfw.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.zwfw.kernel.FieldProblem;
import org.zwfw.lawbook.vocabulary.Fields;

/** Jurisdictions, their published catalogs and the working-day calendar, as loaded from rules/. */
public record Catalog(Map<String, Jurisdiction> jurisdictions,
                      Map<String, JurisdictionCatalog> byJurisdiction,
                      WorkingCalendar calendar,
                      Map<String, List<CreditRecord>> creditRecords) {

    /** The sample credit records of the rules folder, by subject (loaded into the store at start). */
    public Map<String, List<CreditRecord>> creditRecordsBySubject() {
        return creditRecords;
    }

    /** The records the credit platform has on this subject (统一社会信用代码 or 身份证号). */
    public List<CreditRecord> creditRecordsOf(String subjectId) {
        return creditRecords.getOrDefault(subjectId, List.of());
    }

    /**
     * A request's {@code jurisdiction}: required, and a 行政区划代码 of {@code rules/jurisdictions.csv}. Returns the
     * code, or null with a problem naming the field.
     */
    public String requestedJurisdiction(String sent, List<FieldProblem> errors) {
        String code = Fields.code(sent);
        if (code == null) {
            errors.add(new FieldProblem("jurisdiction", "is required"));
        } else if (!jurisdictions.containsKey(code)) {
            errors.add(new FieldProblem("jurisdiction", "unknown jurisdiction code '" + Fields.safe(code)
                    + "'; see GET /api/v1/jurisdictions"));
            return null;
        }
        return code;
    }

    /**
     * What a decision request names first: a jurisdiction of this catalog, a matter's code, the day, and the channel
     * the application is made by.
     */
    public record MatterAsked(String jurisdiction, String matterCode, java.time.LocalDate asOf, String channel) {}

    /**
     * A request's body (a 400 naming it when there is none), {@code jurisdiction} (as {@link #requestedJurisdiction}), {@code matterCode} (required, at most 100
     * characters: an unknown code is the family's to answer, one this long is no code at all) and {@code asOf}
     * (YYYY-MM-DD, {@code today} when not sent) and {@code channel} ({@link Fields#channel}); each bad one a problem
     * naming the field, and null.
     */
    public MatterAsked matterAsked(MatterRequest r, java.time.LocalDate today, List<FieldProblem> errors) {
        org.zwfw.kernel.BadRequestException.requireBody(r);
        String where = requestedJurisdiction(r.jurisdiction(), errors);
        String code = Fields.code(r.matterCode());
        if (code == null) {
            errors.add(new FieldProblem("matterCode", "is required"));
        } else if (code.length() > 100) {
            errors.add(new FieldProblem("matterCode", "is longer than 100 characters"));
            code = null;
        }
        java.time.LocalDate day = r.asOf() == null ? today : Fields.date(r.asOf(), "asOf", true, errors);
        return new MatterAsked(where, code, day, Fields.channel(r.channel(), errors));
    }

    /**
     * The matter asked about, as the jurisdiction publishes it on the day; a 404 naming {@code matterCode} when it is
     * not on that day's catalog (there is nothing to price or to describe).
     */
    public Matter publishedMatter(MatterAsked asked) {
        Matter matter = of(asked.jurisdiction()).matters().get(asked.matterCode());
        if (matter == null || !matter.isPublishedOn(asked.asOf())) {
            throw new org.zwfw.kernel.NotFoundException("matterCode",
                    "is not on the catalog the jurisdiction publishes for asOf",
                    "matter " + Fields.safe(asked.matterCode()) + " is not on the catalog " + asked.jurisdiction()
                    + " publishes for " + asked.asOf() + "; see GET /api/v1/jurisdictions/" + asked.jurisdiction()
                    + "/matters");
        }
        return matter;
    }

    public Optional<Jurisdiction> jurisdiction(String code) {
        return Optional.ofNullable(jurisdictions.get(code));
    }

    /** 国家 → 省 → 市 → 区, ending with the given code. */
    public List<String> chain(String code) {
        List<String> chain = new ArrayList<>();
        for (Jurisdiction j = jurisdictions.get(code); j != null; j = j.parent() == null ? null : jurisdictions.get(j.parent())) {
            chain.add(j.code());
        }
        Collections.reverse(chain);
        return chain;
    }

    public JurisdictionCatalog of(String code) {
        return byJurisdiction.getOrDefault(code, JurisdictionCatalog.empty());
    }
}
