package org.zwfw.platform.web;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/** The OpenAPI document names the service, its version and the contract it publishes (not "OpenAPI definition" v0). */
@Component
class OpenApiInfo implements OpenApiCustomizer {
    private final String version;

    OpenApiInfo(@Value("${zwfw.version:unknown}") String version) {
        this.version = version;
    }

    @Override
    public void customise(OpenAPI api) {
        api.info(new Info().title("zwfw-rules — 政务服务受理、收费、免申即享规则服务").version(version)
                .description("The contract intake systems integrate against (shared/docs/api.md): decisions on acceptance "
                        + "(受理、容缺受理、告知承诺、一次性告知), fees and 免申即享 policy matches, each reason with the exact "
                        + "clause it applies and what it rests on (basis TEXT, LIST or INTERPRETATION; discretionary where "
                        + "the text leaves it to the agency); the case ledger, credit records, the catalog and the rule set. "
                        + "JSON in UTF-8, dates YYYY-MM-DD (Asia/Shanghai); errors are RFC 9457 problem+json with an "
                        + "`errors` array naming each bad field."));
    }
}
