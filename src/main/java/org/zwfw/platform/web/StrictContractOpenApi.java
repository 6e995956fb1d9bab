package org.zwfw.platform.web;

import org.zwfw.kernel.StrictJson;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * OpenAPI says what {@link StrictJson} and {@link IdentifierGuard} do: every JSON request schema (and each object
 * nested in it) has {@code additionalProperties: false}, and each operation that takes a JSON body says that an
 * unknown field, a value of the wrong type, or an identifier outside the identifier fields is a 400 naming the field.
 */
@Component
class StrictContractOpenApi implements OpenApiCustomizer {
    static final String RULE = "Strict contract: an unknown or misspelled field (at any depth) is a 400 problem+json "
            + "whose errors name it by its JSON path with the nearest field names (\"did you mean\"); a value of the "
            + "wrong JSON type is a 400 naming the field and what was expected; an identifier-shaped value (身份证号, "
            + "统一社会信用代码) anywhere but applicant.id, subject.id or a credit record's subjectId is a 400 naming the "
            + "field, the value masked and not kept.";

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        api.getPaths().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> e : item.readOperationsMap().entrySet()) {
                Operation op = e.getValue();
                if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
                    continue;
                }
                MediaType json = op.getRequestBody().getContent().get("application/json");
                if (json == null) {
                    continue;
                }
                strict(api, json.getSchema(), seen);
                op.setDescription(op.getDescription() == null || op.getDescription().isBlank() ? RULE
                        : op.getDescription() + "\n\n" + RULE);
                if (op.getResponses() != null && !op.getResponses().containsKey("400")) {
                    op.getResponses().addApiResponse("400", new ApiResponse().description(
                            "Bad input, every bad field named in errors (application/problem+json)"));
                }
            }
        });
    }

    @SuppressWarnings("rawtypes")
    private static void strict(OpenAPI api, Schema schema, Set<String> seen) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            if (!seen.add(name) || api.getComponents() == null || api.getComponents().getSchemas() == null) {
                return;
            }
            strict(api, api.getComponents().getSchemas().get(name), seen);
            return;
        }
        if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            if (schema.getAdditionalProperties() == null) {
                schema.setAdditionalProperties(false);
            }
            for (Object p : schema.getProperties().values()) {
                strict(api, (Schema) p, seen);
            }
        }
        strict(api, schema.getItems(), seen);
    }
}
