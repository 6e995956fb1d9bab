package org.zwfw.platform.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The one table of who may call which endpoint. {@code admin} may call every one. An {@code /api/**} endpoint that is
 * not in the table is admin-only until it is added (deny by default), and the role matrix test fails on it.
 */
public final class AccessRules {
    private AccessRules() {}

    /** One endpoint (or pattern of endpoints) and the roles, besides admin, that may call it. */
    public record Rule(HttpMethod method, String pattern, Set<Role> roles) {
        boolean matches(HttpMethod m, String path) {
            return method.equals(m) && parsed(pattern).matches(PathContainer.parsePath(path));
        }
    }

    /**
     * Open to anyone: liveness/readiness, the OpenAPI description and its UI, the servlet error page, the workbench's
     * static page (it holds no data: every call it makes carries the caller's token).
     */
    public static final List<String> OPEN = List.of("/actuator/health", "/actuator/health/**", "/v3/api-docs",
            "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error", "/workbench", "/workbench/**");

    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);

    public static final List<Rule> API = List.of(
            // Every caller: who am I (the workbench shows the pages of the caller's role).
            rule(GET, "/api/v1/me", EVERY_ROLE),
            // Intake systems: decisions, and the cases they open. Analysts try single decisions (the workbench's 试办;
            // each is logged under the analyst's name like any decision).
            rule(POST, "/api/v1/decisions/acceptance", Role.INTAKE, Role.ANALYST),
            rule(POST, "/api/v1/decisions/bundle-acceptance", Role.INTAKE, Role.ANALYST),
            rule(POST, "/api/v1/decisions/fee", Role.INTAKE, Role.ANALYST),
            rule(POST, "/api/v1/decisions/services", Role.INTAKE, Role.ANALYST),
            rule(POST, "/api/v1/policies/matches", Role.INTAKE, Role.ANALYST),
            rule(POST, "/api/v1/policies/matches:batch", Role.INTAKE),
            rule(POST, "/api/v1/cases", Role.INTAKE),
            rule(GET, "/api/v1/cases/*", Role.INTAKE, Role.AUDITOR, Role.SUPERVISOR),
            rule(POST, "/api/v1/cases/*/supplements", Role.INTAKE),
            rule(POST, "/api/v1/cases/*/verifications", Role.INTAKE),
            // Published reference data (the catalog, the policy catalog and lists, the data dictionary intake systems
            // fill requests from): every role.
            rule(GET, "/api/v1/jurisdictions", EVERY_ROLE),
            rule(GET, "/api/v1/jurisdictions/**", EVERY_ROLE),
            rule(GET, "/api/v1/policies", EVERY_ROLE),
            rule(GET, "/api/v1/policies/attributes", EVERY_ROLE),
            rule(GET, "/api/v1/policies/lists", EVERY_ROLE),
            rule(GET, "/api/v1/vocabulary", EVERY_ROLE),
            // The law on file beside its rules: public, every role (an intake clerk reads the article a reason cites).
            rule(GET, "/api/v1/law/**", EVERY_ROLE),
            // Analysts: the rule set, its reload, validation and what-if, and the catalog lint.
            rule(GET, "/api/v1/ruleset", Role.ANALYST),
            rule(POST, "/api/v1/ruleset/reload", Role.ANALYST),
            rule(GET, "/api/v1/ruleset/reloads", Role.ANALYST),
            rule(GET, "/api/v1/ruleset/replicas", Role.ANALYST),
            rule(POST, "/api/v1/ruleset/validate", Role.ANALYST),
            rule(POST, "/api/v1/ruleset/what-if", Role.ANALYST),
            rule(POST, "/api/v1/ruleset/what-if/replay", Role.ANALYST),
            rule(POST, "/api/v1/catalog/lint", Role.ANALYST),
            // Auditors: the decision log, credit records and who read them (each read is itself audited). Supervisors
            // read the decision log too (applicants appear only as keyed hashes).
            rule(GET, "/api/v1/audit/decisions", Role.AUDITOR, Role.SUPERVISOR),
            rule(GET, "/api/v1/credit-records", Role.AUDITOR),
            rule(GET, "/api/v1/credit-records/reads", Role.AUDITOR),
            // Writing credit records changes who may use 告知承诺: the credit platform's feed runs as admin, and an
            // auditor, who reads them, cannot alter them.
            rule(POST, "/api/v1/credit-records", Role.ADMIN),
            rule(POST, "/api/v1/credit-records:import", Role.ADMIN),
            rule(POST, "/api/v1/credit-records/*/repair", Role.ADMIN),
            // Supervisors (domain.md §7): the case clock and 好差评. Intake systems record what happens to a case
            // (extensions, special procedures, completion) and post reviews and their callbacks.
            rule(GET, "/api/v1/supervision/cases", Role.SUPERVISOR),
            rule(POST, "/api/v1/cases/*/extensions", Role.INTAKE),
            rule(POST, "/api/v1/cases/*/procedures", Role.INTAKE),
            rule(POST, "/api/v1/cases/*/completion", Role.INTAKE),
            rule(POST, "/api/v1/reviews", Role.INTAKE),
            rule(GET, "/api/v1/reviews", Role.SUPERVISOR),
            rule(POST, "/api/v1/reviews/*/callback", Role.INTAKE),
            rule(POST, "/api/v1/reviews/*/rectification", Role.INTAKE),
            rule(POST, "/api/v1/reviews/*/feedback", Role.INTAKE));

    private static Rule rule(HttpMethod method, String pattern, Role... roles) {
        return rule(method, pattern, Set.of(roles));
    }

    private static Rule rule(HttpMethod method, String pattern, Set<Role> roles) {
        Set<Role> all = EnumSet.copyOf(roles);
        all.add(Role.ADMIN);
        return new Rule(method, pattern, Set.copyOf(all));
    }

    /** The roles that may call {@code method path} (a request path or an OpenAPI path template). */
    public static Set<Role> rolesFor(HttpMethod method, String path) {
        for (Rule r : API) {
            if (r.matches(method, path)) {
                return r.roles();
            }
        }
        return Set.of(Role.ADMIN);
    }

    static void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry a) {
        a.requestMatchers(OPEN.toArray(String[]::new)).permitAll();
        for (Rule r : API) {
            a.requestMatchers(r.method(), r.pattern()).hasAnyRole(r.roles().stream().map(Role::name).toArray(String[]::new));
        }
        a.requestMatchers("/api/**", "/actuator/**").hasRole(Role.ADMIN.name());
        a.anyRequest().denyAll();
    }

    private static PathPattern parsed(String pattern) {
        return PathPatternParser.defaultInstance.parse(pattern);
    }
}
