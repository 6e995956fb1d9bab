package org.zwfw.fees;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.zwfw.catalog.Catalog;
import org.zwfw.engine.RuleSet;
import org.zwfw.lawbook.vocabulary.Vocabulary;
import org.zwfw.kernel.BadRequestException;
import org.zwfw.kernel.FieldProblem;
import org.zwfw.lawbook.vocabulary.Fields;

/**
 * Turns a fee request into a {@link FeeQuery}, or names every bad field at once (the same checks as an acceptance
 * request: jurisdiction, date, applicant type and identifier check digit, groups; plus the fee fields). A matter the
 * jurisdiction does not publish on the date is a 404: there is nothing to price.
 */
public final class FeeValidator {
    static final int MAX_CERTIFICATES = 99;

    private FeeValidator() {}

    /** Checks against the catalog and the vocabulary (groups, applicant types) of {@code rs}. */
    public static FeeQuery validate(FeeRequest r, RuleSet rs, LocalDate today) {
        List<FieldProblem> errors = new ArrayList<>();
        Catalog.MatterAsked asked = rs.catalog().matterAsked(r, today, errors);
        Vocabulary vocabulary = rs.table(Vocabulary.class);
        FeeTables fees = rs.table(FeeTables.class);
        String type = null;
        String id = null;
        String scale = null;
        Set<String> groups = new LinkedHashSet<>();
        if (r.applicant() == null) {
            errors.add(new FieldProblem("applicant", "is required"));
        } else {
            id = r.applicant().id();
            type = Fields.applicant(vocabulary, r.applicant().type(), id, errors);
            scale = r.applicant().enterpriseScale();
            condition(fees, FeeVocabulary.ENTERPRISE_SCALE, scale, errors);
            groups.addAll(Fields.groups(vocabulary, r.applicant().groups(), errors));
        }
        int certificates = r.certificates() == null ? 1 : r.certificates();
        if (certificates < 1 || certificates > MAX_CERTIFICATES) {
            errors.add(new FieldProblem("certificates", "must be a whole number from 1 to " + MAX_CERTIFICATES));
        }
        condition(fees, FeeVocabulary.HOUSING_TYPE, r.housingType(), errors);
        condition(fees, FeeVocabulary.REGISTRATION_REASON, r.registrationReason(), errors);
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        rs.catalog().publishedMatter(asked);
        return new FeeQuery(asked.jurisdiction(), asked.matterCode(), asked.asOf(), type, id, scale, groups,
                certificates,
                r.housingType(), r.registrationReason(), asked.channel());
    }

    /** A value the request sends for a fee condition: one of the condition's codes in the fee vocabulary, or none. */
    private static void condition(FeeTables fees, String condition, String sent, List<FieldProblem> errors) {
        if (sent != null && !fees.valuesOf(condition).contains(sent)) {
            errors.add(new FieldProblem(FeeVocabulary.REQUEST_FIELDS.get(condition), "must be one of "
                    + String.join(", ", fees.valuesOf(condition)) + " (" + FeeVocabulary.CONDITIONS_TABLE + ")"));
        }
    }

}
