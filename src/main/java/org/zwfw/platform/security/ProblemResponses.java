package org.zwfw.platform.security;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.zwfw.kernel.FieldProblem;
import org.zwfw.platform.web.ProblemWriter;

/**
 * 401 (no credential, or one not accepted) and 403 (a credential whose role may not call the endpoint) as
 * problem+json, with the {@code WWW-Authenticate: Bearer …} header of RFC 6750. The answer names the roles that may
 * call the endpoint, never the credential presented.
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {
    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();

    ProblemResponses() {
        bearer.setRealmName("zwfw-rules");
        // No RFC 9728 metadata document is served: do not point clients at one.
        bearer.setResourceMetadataParameterResolver(request -> null);
        bearerDenied.setRealmName("zwfw-rules");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        bearer.commence(request, response, e);
        boolean presented = request.getHeader("Authorization") != null;
        ProblemWriter.write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                presented ? "The credential is not accepted: send Authorization: Bearer <token> with a valid token"
                        : "A credential is required: send Authorization: Bearer <token>",
                Map.of("errors", List.of(new FieldProblem("Authorization", presented ? "is not an accepted credential"
                        : "is required (Bearer <token>)"))));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        bearerDenied.handle(request, response, e);
        Set<Role> roles = AccessRules.rolesFor(HttpMethod.valueOf(request.getMethod()), path(request));
        ProblemWriter.write(request, response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "This credential's role may not call " + request.getMethod() + " " + path(request),
                Map.of("allowedRoles", roles.stream().sorted().map(Role::label).toList(),
                        "errors", List.of(new FieldProblem("Authorization",
                                "is a credential whose role may not call this endpoint"))));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
