package org.zwfw.platform.api;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zwfw.acceptance.AcceptanceValidator;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RuleSetHolder;
import org.zwfw.fees.FeeTables;
import org.zwfw.fees.FeeVocabulary;
import org.zwfw.lawbook.vocabulary.Fields;
import org.zwfw.lawbook.vocabulary.Vocabulary;
import org.zwfw.services.ServicesValidator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The words a decision request may use, read from the rule set in service ({@code rules/vocabulary/*.csv}, so a row
 * added there shows after a reload) together with the few the API itself fixes (routes, channels, place levels,
 * project kinds, acceptance outcomes). The workbench builds its forms from it; it is the same data the OpenAPI
 * description's enums carry, without building the whole description.
 */
@RestController
@Tag(name = "Catalog", description = "Jurisdictions and their published matters")
public record VocabularyController(RuleSetHolder rules) {
    /** One word: its code, its Chinese label where the rules give one, and what it means. */
    public record Term(String code, String label, String meaning) {}

    public record VocabularyView(String version, List<Term> applicantTypes, List<Term> priorityGroups,
                                 List<Term> materialStatuses, Map<String, List<String>> feeConditions,
                                 List<String> routes, List<String> channels, List<String> placeLevels,
                                 List<String> projectKinds, List<String> outcomes) {}

    @Operation(summary = "The vocabularies of the rule set in service (applicant types, priority groups, material "
            + "statuses, fee conditions) and the API's fixed words (routes, channels, place levels, project kinds, "
            + "acceptance outcomes)")
    @GetMapping("/api/v1/vocabulary")
    public VocabularyView vocabulary() {
        RuleSet rs = rules.current();
        Vocabulary v = rs.table(Vocabulary.class);
        FeeTables fees = rs.table(FeeTables.class);
        Map<String, List<String>> conditions = new LinkedHashMap<>();
        for (String c : List.of(FeeVocabulary.ENTERPRISE_SCALE, FeeVocabulary.HOUSING_TYPE,
                FeeVocabulary.REGISTRATION_REASON)) {
            conditions.put(c, List.copyOf(fees.valuesOf(c)));
        }
        return new VocabularyView(rs.version(),
                v.applicantTypes().values().stream().map(t -> new Term(t.code(), t.label(), t.meaning())).toList(),
                v.priorityGroups().values().stream().map(t -> new Term(t.code(), t.label(), t.meaning())).toList(),
                v.materialStatuses().values().stream().map(t -> new Term(t.code(), t.label(), t.meaning())).toList(),
                conditions, AcceptanceValidator.ROUTES,
                Fields.CHANNELS.stream().sorted(Comparator.reverseOrder()).toList(),
                ServicesValidator.LEVELS, ServicesValidator.PROJECT_KINDS, AuditController.OUTCOMES);
    }
}
