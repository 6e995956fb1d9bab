package org.zwfw.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;
import org.zwfw.lawbook.vocabulary.Fields;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The fields every decision request opens with — where, which matter or bundle, on which day, by which channel and
 * route — documented once: each request schema with a {@code matterCode} or {@code bundleCode} gets these fields'
 * descriptions, formats and allowed values (where its own record does not say more) and has the codes it names
 * required. The allowed channels are {@link Fields#CHANNELS}, the ones the validators accept.
 */
@Component
class DecisionRequestOpenApi implements OpenApiCustomizer {
    private record Common(String description, String format, List<String> allowed, boolean required) {}

    private static final Map<String, Common> COMMON = Map.of(
            "jurisdiction", new Common("行政区划代码 of the deciding jurisdiction (see GET /api/v1/jurisdictions)",
                    null, null, true),
            "matterCode", new Common("实施编码 of the matter in that jurisdiction's catalog", null, null, true),
            "bundleCode", new Common("The bundle's code in that jurisdiction's 一件事一次办 list", null, null, true),
            "asOf", new Common("Evaluation date YYYY-MM-DD (Asia/Shanghai); default today", "date", null, false),
            "channel", new Common("Where the application is made: WINDOW (default) or ONLINE", null,
                    Fields.CHANNELS.stream().sorted(java.util.Comparator.reverseOrder()).toList(), false),
            "route", new Common("ORDINARY (default) or COMMITMENT (告知承诺)", null, org.zwfw.acceptance.AcceptanceValidator.ROUTES,
                    false));

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        api.getComponents().getSchemas().values().forEach(DecisionRequestOpenApi::document);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void document(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null || !(properties.containsKey("matterCode") || properties.containsKey("bundleCode"))) {
            return;
        }
        COMMON.forEach((name, common) -> {
            Schema p = properties.get(name);
            if (p == null) {
                return;
            }
            if (p.getDescription() == null) {
                p.setDescription(common.description());
            }
            if (common.format() != null && p.getFormat() == null) {
                p.setFormat(common.format());
            }
            if (common.allowed() != null && p.getEnum() == null) {
                p.setEnum(new ArrayList<>(common.allowed()));
            }
            if (common.required() && (schema.getRequired() == null || !schema.getRequired().contains(name))) {
                schema.addRequiredItem(name);
            }
        });
    }
}
