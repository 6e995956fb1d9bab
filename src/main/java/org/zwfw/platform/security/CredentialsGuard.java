package org.zwfw.platform.security;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Refuses to start a service whose profile has no real credentials, once its configuration is complete and before any
 * bean — the database, the rules — is built (registered in META-INF/spring.factories).
 */
public class CredentialsGuard implements ApplicationListener<ApplicationPreparedEvent> {
    /** The key application.properties ships for the default profile: published, so never used elsewhere. */
    static final String DEVELOPMENT_HASH_KEY = "dev-only-hash-key-not-for-production";

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        org.springframework.core.env.Environment env = event.getApplicationContext().getEnvironment();
        Credentials.from(env);
        requireOwnHashKey(env);
    }

    /**
     * The keyed hash that stands for every identifier in the audit log and the ledger is only as secret as its key; a
     * profile other than the default one (a deployment) refuses the published development key, as it refuses the
     * development tokens.
     */
    static void requireOwnHashKey(org.springframework.core.env.Environment env) {
        String[] profiles = java.util.Arrays.stream(env.getActiveProfiles()).filter(p -> !p.equals("default"))
                .toArray(String[]::new);
        if (profiles.length > 0 && DEVELOPMENT_HASH_KEY.equals(env.getProperty("zwfw.privacy.hash-key"))) {
            throw new IllegalStateException("zwfw.privacy.hash-key is the published development key, which works only in"
                    + " the default profile; profile(s) " + String.join(", ", profiles) + " need a secret of their own"
                    + " (ZWFW_HASH_KEY, or --zwfw.privacy.hash-key=…, at least 16 characters)");
        }
    }
}
