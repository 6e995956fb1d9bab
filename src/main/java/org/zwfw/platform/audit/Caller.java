package org.zwfw.platform.audit;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who called, for the audit log: the authenticated principal's name — a configured token's name, the development
 * tokens' {@code intake-dev}, {@code analyst-dev} … — never the credential itself. {@code anonymous} outside a request.
 */
public final class Caller {
    private Caller() {}

    public static String current() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || !a.isAuthenticated() || a.getName() == null || a.getName().isBlank()
                || a instanceof org.springframework.security.authentication.AnonymousAuthenticationToken) {
            return "anonymous";
        }
        return a.getName();
    }
}
