package org.zwfw.platform.security;

import java.util.Locale;

/**
 * Who may call what (api.md "Credentials"): intake systems decide and keep cases, analysts keep the rules, auditors
 * read what was decided and who read credit records; supervisors read the case clock and 好差评 (domain.md §7);
 * admin may do everything.
 */
public enum Role {
    INTAKE, ANALYST, AUDITOR, SUPERVISOR, ADMIN;

    /** The Spring Security authority ({@code ROLE_INTAKE} …). */
    public String authority() {
        return "ROLE_" + name();
    }

    /** As the API documentation and problem answers name it: {@code intake}, {@code analyst} … */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
