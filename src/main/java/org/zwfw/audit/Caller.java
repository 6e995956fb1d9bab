package org.zwfw.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Who called, for the audit log, from the bearer credential: the documented development tokens by name, any other
 * token by a short digest (never the token itself). Credentials are not yet enforced.
 */
public final class Caller {
    private static final Map<String, String> DEV_TOKENS = Map.of("intake-dev-token", "intake-dev",
            "analyst-dev-token", "analyst-dev", "auditor-dev-token", "auditor-dev");

    private Caller() {}

    public static String of(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return "anonymous";
        }
        String token = authorization.substring(7).trim();
        String known = DEV_TOKENS.get(token);
        if (known != null) {
            return known;
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return "bearer:" + HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
