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
