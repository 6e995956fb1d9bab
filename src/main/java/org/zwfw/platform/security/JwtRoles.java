package org.zwfw.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A JWT's roles from a claim — a list, or one space- or comma-separated string; a dotted name reaches into nested
 * claims ({@code realm_access.roles}) — matched to {@link Role} ignoring case and a {@code ROLE_} prefix; other values
 * are ignored. The caller's name is the principal claim (default {@code sub}).
 */
class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {
    private final String rolesClaim;
    private final String principalClaim;

    JwtRoles(String rolesClaim, String principalClaim) {
        this.rolesClaim = rolesClaim;
        this.principalClaim = principalClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String value : values(claim(jwt.getClaims(), rolesClaim))) {
            String v = value.trim().toUpperCase(Locale.ROOT);
            if (v.startsWith("ROLE_")) {
                v = v.substring(5);
            }
            for (Role r : Role.values()) {
                if (r.name().equals(v)) {
                    authorities.add(new SimpleGrantedAuthority(r.authority()));
                }
            }
        }
        String name = jwt.getClaimAsString(principalClaim);
        return new JwtAuthenticationToken(jwt, authorities, name == null || name.isBlank() ? jwt.getSubject() : name);
    }

    private static Object claim(Map<String, Object> claims, String path) {
        Object at = claims;
        for (String part : path.split("\\.")) {
            if (!(at instanceof Map<?, ?> m)) {
                return null;
            }
            at = m.get(part);
        }
        return at;
    }

    private static List<String> values(Object claim) {
        List<String> out = new ArrayList<>();
        if (claim instanceof Collection<?> c) {
            c.forEach(v -> out.add(String.valueOf(v)));
        } else if (claim instanceof String s) {
            for (String v : s.split("[,\\s]+")) {
                if (!v.isBlank()) {
                    out.add(v);
                }
            }
        }
        return out;
    }
}
