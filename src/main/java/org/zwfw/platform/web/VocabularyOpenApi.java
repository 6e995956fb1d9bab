package org.zwfw.platform.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.stereotype.Component;
import org.zwfw.engine.RuleSetHolder;
import org.zwfw.lawbook.vocabulary.FromVocabulary;
import org.zwfw.lawbook.vocabulary.Vocabulary;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The enums of the request fields whose words are data (priority groups, applicant types, material statuses) are
 * the codes of the rule set in service's vocabulary ({@code rules/vocabulary/*.csv}; the fee conditions' values, by
 * the extension's {@code condition}): a request field marked {@link FromVocabulary} is documented with the extension
 * {@code x-vocabulary: {table: …, condition: …}}, and each time the document is built a property so marked gets its
 * table's codes in service as its enum (an array property: its items' enum).
 */
@Component
public class VocabularyOpenApi implements OpenApiCustomizer, PropertyCustomizer {
    public static final String EXTENSION = "x-vocabulary";

    private final RuleSetHolder rules;

    public VocabularyOpenApi(RuleSetHolder rules) {
        this.rules = rules;
    }

    /** Marks a property whose Java field carries {@link FromVocabulary} with the {@value #EXTENSION} extension. */
    @Override
    @SuppressWarnings("rawtypes")
    public Schema customize(Schema property, AnnotatedType type) {
        if (property == null || type == null || type.getCtxAnnotations() == null) {
            return property;
        }
        for (java.lang.annotation.Annotation a : type.getCtxAnnotations()) {
            if (a instanceof FromVocabulary v) {
                Map<String, String> marker = new java.util.LinkedHashMap<>();
                marker.put("table", v.table());
                if (!v.condition().isEmpty()) {
                    marker.put("condition", v.condition());
                }
                property.addExtension(EXTENSION, marker);
            }
        }
        return property;
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        org.zwfw.engine.RuleSet inService = rules.current();
        Set<Schema<?>> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        api.getComponents().getSchemas().values().forEach(s -> fill(s, inService, seen));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void fill(Schema schema, org.zwfw.engine.RuleSet inService, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        Collection<String> codes = codes(schema, inService);
        if (codes != null) {
            Schema target = schema.getItems() != null ? schema.getItems() : schema;
            target.setEnum(new ArrayList<>(codes));
        }
        if (schema.getProperties() != null) {
            for (Object p : schema.getProperties().values()) {
                fill((Schema) p, inService, seen);
            }
        }
        fill(schema.getItems(), inService, seen);
    }

    /** The codes of the table a property names in its x-vocabulary extension, or null. */
    private static Collection<String> codes(Schema<?> schema, org.zwfw.engine.RuleSet rules) {
        Vocabulary vocabulary = rules.table(Vocabulary.class);
        Object ext = schema.getExtensions() == null ? null : schema.getExtensions().get(EXTENSION);
        if (!(ext instanceof Map<?, ?> m) || m.get("table") == null) {
            return null;
        }
        return switch (m.get("table").toString()) {
            case "priority-groups" -> vocabulary.groupCodes();
            case "applicant-types" -> vocabulary.applicantTypeCodes();
            case "material-statuses" -> vocabulary.materialStatusCodes();
            case "fee-conditions" -> rules.table(org.zwfw.fees.FeeTables.class).valuesOf(String.valueOf(m.get("condition")));
            default -> List.of();
        };
    }
}
