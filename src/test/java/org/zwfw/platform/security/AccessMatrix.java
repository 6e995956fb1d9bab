package org.zwfw.platform.security;

import static org.zwfw.platform.security.Role.ANALYST;
import static org.zwfw.platform.security.Role.AUDITOR;
import static org.zwfw.platform.security.Role.INTAKE;
import static org.zwfw.platform.security.Role.SUPERVISOR;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * What the tests expect of access control: every endpoint, as its handler mapping spells it, and the roles besides
 * admin that may call it — written out independently of {@link AccessRules}, which {@link AccessMatrixTest} checks
 * against it. A new endpoint fails that test until it is added here; the test helper {@code org.zwfw.TestApi} picks
 * each request's token from this table.
 */
public final class AccessMatrix {
    private AccessMatrix() {}

    public record Entry(String method, String pattern, Set<Role> roles) {
        public boolean allows(Role r) {
            return r == Role.ADMIN || roles.contains(r);
        }

        boolean matches(String m, String path) {
            return method.equals(m) && PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(path));
        }
    }

    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);
    private static final Set<Role> ADMIN_ONLY = Set.of();

    public static final List<Entry> ENTRIES = List.of(
            e("POST", "/api/v1/decisions/acceptance", Set.of(INTAKE, ANALYST)),
            e("POST", "/api/v1/decisions/bundle-acceptance", Set.of(INTAKE, ANALYST)),
            e("POST", "/api/v1/decisions/fee", Set.of(INTAKE, ANALYST)),
            e("POST", "/api/v1/decisions/services", Set.of(INTAKE, ANALYST)),
            e("POST", "/api/v1/policies/matches", Set.of(INTAKE, ANALYST)),
            e("POST", "/api/v1/policies/matches:batch", Set.of(INTAKE)),
            e("POST", "/api/v1/cases", Set.of(INTAKE)),
            e("GET", "/api/v1/cases/{caseId}", Set.of(INTAKE, AUDITOR, SUPERVISOR)),
            e("POST", "/api/v1/cases/{caseId}/supplements", Set.of(INTAKE)),
            e("POST", "/api/v1/cases/{caseId}/verifications", Set.of(INTAKE)),
            e("GET", "/api/v1/jurisdictions", EVERY_ROLE),
            e("GET", "/api/v1/jurisdictions/{code}", EVERY_ROLE),
            e("GET", "/api/v1/jurisdictions/{code}/matters", EVERY_ROLE),
            e("GET", "/api/v1/jurisdictions/{code}/matters/{matterCode}", EVERY_ROLE),
            e("GET", "/api/v1/jurisdictions/{code}/bundles", EVERY_ROLE),
            e("GET", "/api/v1/jurisdictions/{code}/bundles/{bundleCode}", EVERY_ROLE),
            e("GET", "/api/v1/policies", EVERY_ROLE),
            e("GET", "/api/v1/policies/attributes", EVERY_ROLE),
            e("GET", "/api/v1/vocabulary", EVERY_ROLE),
            e("GET", "/api/v1/policies/lists", EVERY_ROLE),
            e("GET", "/api/v1/law/instruments", EVERY_ROLE),
            e("GET", "/api/v1/law/instruments/{id}", EVERY_ROLE),
            e("GET", "/api/v1/law/instruments/{id}/articles/{article}", EVERY_ROLE),
            e("GET", "/api/v1/law/instruments/{id}/articles/{article}/scenarios", EVERY_ROLE),
            e("GET", "/api/v1/law/citation", EVERY_ROLE),
            e("GET", "/api/v1/me", EVERY_ROLE),
            e("GET", "/api/v1/ruleset", Set.of(ANALYST)),
            e("POST", "/api/v1/ruleset/reload", Set.of(ANALYST)),
            e("GET", "/api/v1/ruleset/reloads", Set.of(ANALYST)),
            e("GET", "/api/v1/ruleset/replicas", Set.of(ANALYST)),
            e("POST", "/api/v1/ruleset/validate", Set.of(ANALYST)),
            e("POST", "/api/v1/ruleset/what-if", Set.of(ANALYST)),
            e("POST", "/api/v1/ruleset/what-if/replay", Set.of(ANALYST)),
            e("POST", "/api/v1/catalog/lint", Set.of(ANALYST)),
            e("GET", "/api/v1/audit/decisions", Set.of(AUDITOR, SUPERVISOR)),
            e("GET", "/api/v1/credit-records", Set.of(AUDITOR)),
            e("GET", "/api/v1/credit-records/reads", Set.of(AUDITOR)),
            e("POST", "/api/v1/credit-records", ADMIN_ONLY),
            e("POST", "/api/v1/credit-records:import", ADMIN_ONLY),
            e("POST", "/api/v1/credit-records/{id}/repair", ADMIN_ONLY),
            e("GET", "/api/v1/supervision/cases", Set.of(SUPERVISOR)),
            e("POST", "/api/v1/cases/{caseId}/extensions", Set.of(INTAKE)),
            e("POST", "/api/v1/cases/{caseId}/procedures", Set.of(INTAKE)),
            e("POST", "/api/v1/cases/{caseId}/completion", Set.of(INTAKE)),
            e("POST", "/api/v1/reviews", Set.of(INTAKE)),
            e("GET", "/api/v1/reviews", Set.of(SUPERVISOR)),
            e("POST", "/api/v1/reviews/{reviewId}/callback", Set.of(INTAKE)),
            e("POST", "/api/v1/reviews/{reviewId}/rectification", Set.of(INTAKE)),
            e("POST", "/api/v1/reviews/{reviewId}/feedback", Set.of(INTAKE)));

    private static Entry e(String method, String pattern, Set<Role> roles) {
        return new Entry(method, pattern, roles);
    }

    /** The entry for a handler mapping, spelled as the mapping spells it, or null. */
    public static Entry forMapping(String method, String pattern) {
        return ENTRIES.stream().filter(x -> x.method().equals(method) && x.pattern().equals(pattern)).findFirst()
                .orElse(null);
    }

    /** The least privileged role that may send {@code method path} (admin for a path the table does not know). */
    public static Role leastRoleFor(String method, String path) {
        for (Entry x : ENTRIES) {
            if (x.matches(method, path)) {
                for (Role r : Role.values()) {
                    if (x.allows(r)) {
                        return r;
                    }
                }
            }
        }
        return Role.ADMIN;
    }
}
