package org.zwfw.lawbook.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words requests and rule tables share, read from {@code rules/vocabulary/}: priority groups, applicant types
 * (each with the identifier that names such an applicant) and material statuses. The request checks, the OpenAPI
 * enums and the checks of the instrument tables follow these tables, so a new word is a row, not a Java change.
 * Immutable; the maps keep the tables' row order.
 */
public record Vocabulary(Map<String, Term> priorityGroups, Map<String, ApplicantType> applicantTypes,
                         Map<String, MaterialStatus> materialStatuses) {
    public static final String FOLDER = "vocabulary";
    public static final String PRIORITY_GROUPS = FOLDER + "/priority-groups.csv";
    public static final String APPLICANT_TYPES = FOLDER + "/applicant-types.csv";
    public static final String MATERIAL_STATUSES = FOLDER + "/material-statuses.csv";
    /** The status of a material of the matter a request does not list (the intake contract: it counts as missing). */
    public static final String NOT_LISTED = "MISSING";

    /** How an applicant of a type is identified. */
    public enum Identifier {
        /** 18-digit 公民身份号码 (身份证号). */
        RESIDENT_ID,
        /** 18-character 统一社会信用代码. */
        CREDIT_CODE
    }

    public record Term(String code, String label, String meaning) {}

    public record ApplicantType(String code, String label, Identifier identifier, String meaning) {}

    public record MaterialStatus(String code, String label, boolean provided, String meaning) {}

    public Vocabulary {
        priorityGroups = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(priorityGroups));
        applicantTypes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(applicantTypes));
        materialStatuses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(materialStatuses));
    }

    public Set<String> groupCodes() { return priorityGroups.keySet(); }

    public Set<String> applicantTypeCodes() { return applicantTypes.keySet(); }

    public Set<String> materialStatusCodes() { return materialStatuses.keySet(); }

    public boolean isGroup(String code) { return code != null && priorityGroups.containsKey(code); }

    public boolean isApplicantType(String code) { return code != null && applicantTypes.containsKey(code); }

    /** Whether a material in this status counts as provided (its row's {@code provided} column). */
    public boolean provides(String status) {
        MaterialStatus s = status == null ? null : materialStatuses.get(status);
        return s != null && s.provided();
    }

    public boolean isMaterialStatus(String code) { return code != null && materialStatuses.containsKey(code); }

    /** The identifier kind of an applicant type, or null when the type is not in the vocabulary. */
    public Identifier identifierOf(String type) {
        ApplicantType t = type == null ? null : applicantTypes.get(type);
        return t == null ? null : t.identifier();
    }

    /** "must be one of A, B, C" for a group that is not in the vocabulary. */
    public String groupProblem() {
        return "must be one of " + String.join(", ", priorityGroups.keySet());
    }

    /** "must be A or B" for an applicant type that is not in the vocabulary. */
    public String applicantTypeProblem() {
        return "must be " + either(applicantTypes.keySet());
    }

    /** "must be A, B or C" for a material status that is not in the vocabulary. */
    public String materialStatusProblem() {
        return "must be " + either(materialStatuses.keySet());
    }

    /** "A", "A or B", "A, B or C". */
    static String either(Set<String> codes) {
        List<String> all = new ArrayList<>(codes);
        if (all.size() <= 1) {
            return String.join("", all);
        }
        return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
    }
}
