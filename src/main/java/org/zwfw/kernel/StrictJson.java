package org.zwfw.kernel;

import org.zwfw.platform.web.ProblemHandler;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The strict contract of every JSON request body (README "Bad input"): an unknown or misspelled field is a 400 naming
 * it (Jackson 3 ignores unknown properties by default; {@link ProblemHandler} suggests the nearest field names), and
 * a value of the wrong JSON type — a number or true/false where text is expected, text where a number or true/false
 * is, a fraction where a whole number is — is a 400 naming the field and what was expected, never coerced silently.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJson {
    /** The settings, for every mapper that reads a caller's request (the web layer's, the what-if cases'). */
    public static JsonMapper.Builder strict(JsonMapper.Builder b) {
        return b.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
    }

    @Bean
    JsonMapperBuilderCustomizer strictRequestBodies() {
        return StrictJson::strict;
    }
}
