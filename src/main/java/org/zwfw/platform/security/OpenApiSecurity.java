package org.zwfw.platform.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The bearer scheme in OpenAPI, and on each {@code /api/v1} operation the roles that may call it (from {@link AccessRules}). */
@Component
class OpenApiSecurity implements OpenApiCustomizer {
    static final String SCHEME = "bearer";

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        api.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .description("Authorization: Bearer <token>. Roles: intake (decisions, policy matches, cases), analyst "
                        + "(rule set, reload, validate, what-if, catalog lint), auditor (cases read, audit log, credit "
                        + "records read and their read log), supervisor (the case clock and 好差评 reviews), admin (everything, and the only role that writes credit "
                        + "records). The catalog, the policy catalog, lists and data dictionary are readable by every "
                        + "role. Tokens are configured (ZWFW_TOKENS) or JWTs of an OAuth2 issuer with the roles in a "
                        + "claim; the default profile alone accepts the development tokens intake-dev-token, "
                        + "analyst-dev-token, auditor-dev-token, supervisor-dev-token and admin-dev-token."));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> e : item.readOperationsMap().entrySet()) {
                secure(e.getValue(), AccessRules.rolesFor(HttpMethod.valueOf(e.getKey().name()), path));
            }
        });
    }

    private static void secure(Operation op, Set<Role> roles) {
        List<String> labels = roles.stream().sorted().map(Role::label).toList();
        if (op.getExtensions() != null && op.getExtensions().containsKey("x-roles")) {
            return;
        }
        if (op.getResponses() == null) {
            op.setResponses(new io.swagger.v3.oas.models.responses.ApiResponses());
        }
        op.addSecurityItem(new SecurityRequirement().addList(SCHEME));
        op.addExtension("x-roles", labels);
        String line = "Roles: " + labels.stream().collect(Collectors.joining(", ")) + ".";
        op.setDescription(op.getDescription() == null || op.getDescription().isBlank() ? line
                : op.getDescription() + "\n\n" + line);
        op.getResponses().addApiResponse("401", new ApiResponse()
                .description("No credential, or one not accepted (application/problem+json)"));
        op.getResponses().addApiResponse("403", new ApiResponse()
                .description("The credential's role may not call this: allowedRoles lists those that may "
                        + "(application/problem+json)"));
    }
}
