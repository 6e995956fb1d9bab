package org.zwfw.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The credentials the service accepts, from its configuration:
 * <ul>
 * <li>{@code zwfw.security.tokens} ({@code ZWFW_TOKENS}): bearer tokens, each {@code name:ROLE:sha256-hex} — the name
 * is the caller the audit log records, the token itself is never configured, only its SHA-256;</li>
 * <li>an OAuth2/OIDC issuer ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, or {@code jwk-set-uri} /
 * {@code public-key-location}): signed JWTs, roles from the claim {@code zwfw.security.jwt.roles-claim} (default
 * {@code roles}), caller from {@code zwfw.security.jwt.principal-claim} (default {@code sub});</li>
 * <li>with neither, and only in the default profile: the documented development tokens.</li>
 * </ul>
 * Any other profile with neither refuses to start ({@link #from} throws).
 */
public final class Credentials {
    public static final String TOKENS = "zwfw.security.tokens";
    public static final String ROLES_CLAIM = "zwfw.security.jwt.roles-claim";
    public static final String PRINCIPAL_CLAIM = "zwfw.security.jwt.principal-claim";
    static final List<String> JWT_PROPERTIES = List.of("spring.security.oauth2.resourceserver.jwt.issuer-uri",
            "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
            "spring.security.oauth2.resourceserver.jwt.public-key-location");

    /** A caller known by a configured or development token. */
    public record TokenHolder(String name, Role role) {}

    /** The development tokens of the default profile (README, api.md): published, so never accepted elsewhere. */
    public static final Map<String, TokenHolder> DEV_TOKENS = devTokens();

    private final Map<String, TokenHolder> byHash;
    private final boolean development;
    private final boolean jwt;
    private final String rolesClaim;
    private final String principalClaim;

    private Credentials(Map<String, TokenHolder> byHash, boolean development, boolean jwt, String rolesClaim,
                        String principalClaim) {
        this.byHash = Map.copyOf(byHash);
        this.development = development;
        this.jwt = jwt;
        this.rolesClaim = rolesClaim;
        this.principalClaim = principalClaim;
    }

    /** Reads and checks the configuration; throws {@link IllegalStateException} saying what to set when it falls short. */
    public static Credentials from(Environment env) {
        String spec = env.getProperty(TOKENS, "");
        boolean jwt = JWT_PROPERTIES.stream().anyMatch(p -> StringUtils.hasText(env.getProperty(p)));
        String rolesClaim = env.getProperty(ROLES_CLAIM, "roles");
        String principalClaim = env.getProperty(PRINCIPAL_CLAIM, "sub");
        Map<String, TokenHolder> configured = parse(spec);
        if (!configured.isEmpty() || jwt) {
            return new Credentials(configured, false, jwt, rolesClaim, principalClaim);
        }
        String[] profiles = java.util.Arrays.stream(env.getActiveProfiles()).filter(p -> !p.equals("default"))
                .toArray(String[]::new);
        if (profiles.length > 0) {
            throw new IllegalStateException("No credentials are configured for profile(s) " + String.join(", ", profiles)
                    + ": the development tokens work only in the default profile. Set ZWFW_TOKENS (" + TOKENS
                    + ") to name:ROLE:sha256-of-token entries separated by commas, ROLE one of "
                    + String.join(", ", roleNames()) + ", or an OAuth2 issuer (" + JWT_PROPERTIES.get(0)
                    + ", roles from the '" + rolesClaim + "' claim).");
        }
        Map<String, TokenHolder> dev = new LinkedHashMap<>();
        DEV_TOKENS.forEach((token, holder) -> dev.put(sha256(token), holder));
        return new Credentials(dev, true, false, rolesClaim, principalClaim);
    }

    static Map<String, TokenHolder> parse(String spec) {
        Map<String, TokenHolder> byHash = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        Set<String> devHashes = new HashSet<>();
        DEV_TOKENS.keySet().forEach(t -> devHashes.add(sha256(t)));
        List<String> entries = new ArrayList<>();
        for (String e : spec.split("[,\\s]+")) {
            if (!e.isBlank()) {
                entries.add(e.trim());
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            String where = TOKENS + " entry " + (i + 1);
            String[] parts = entries.get(i).split(":", -1);
            if (parts.length != 3) {
                throw new IllegalStateException(where + " is not name:ROLE:sha256-hex");
            }
            String name = parts[0];
            if (!name.matches("[A-Za-z0-9._@-]{1,64}")) {
                throw new IllegalStateException(where + ": the name must be 1-64 letters, digits, '.', '_', '@' or '-'");
            }
            Role role;
            try {
                role = Role.valueOf(parts[1].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw new IllegalStateException(where + ": the role must be one of " + String.join(", ", roleNames()));
            }
            String hash = parts[2].toLowerCase(Locale.ROOT);
            if (!hash.matches("[0-9a-f]{64}")) {
                throw new IllegalStateException(where + ": the token must be given as its SHA-256, 64 hex digits "
                        + "(printf %s \"$TOKEN\" | sha256sum)");
            }
            if (devHashes.contains(hash)) {
                throw new IllegalStateException(where + " is a published development token; use a secret one");
            }
            if (!names.add(name)) {
                throw new IllegalStateException(where + ": the name " + name + " is given twice");
            }
            if (byHash.putIfAbsent(hash, new TokenHolder(name, role)) != null) {
                throw new IllegalStateException(where + ": the same token is given twice");
            }
        }
        return byHash;
    }

    /** The holder of a bearer token, or null. Every configured hash is compared, in constant time. */
    public TokenHolder holderOf(String token) {
        byte[] presented = sha256(token).getBytes(StandardCharsets.US_ASCII);
        TokenHolder found = null;
        for (Map.Entry<String, TokenHolder> e : byHash.entrySet()) {
            if (MessageDigest.isEqual(presented, e.getKey().getBytes(StandardCharsets.US_ASCII))) {
                found = e.getValue();
            }
        }
        return found;
    }

    public boolean development() {
        return development;
    }

    public boolean jwt() {
        return jwt;
    }

    public int tokenCount() {
        return byHash.size();
    }

    public String rolesClaim() {
        return rolesClaim;
    }

    public String principalClaim() {
        return principalClaim;
    }

    public static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> roleNames() {
        return java.util.Arrays.stream(Role.values()).map(Role::name).toList();
    }

    private static Map<String, TokenHolder> devTokens() {
        Map<String, TokenHolder> m = new LinkedHashMap<>();
        for (Role r : Role.values()) {
            m.put(r.label() + "-dev-token", new TokenHolder(r.label() + "-dev", r));
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
