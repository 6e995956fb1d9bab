package org.zwfw.security;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Refuses to start a service whose profile has no real credentials, once its configuration is complete and before any
 * bean — the database, the rules — is built (registered in META-INF/spring.factories).
 */
public class CredentialsGuard implements ApplicationListener<ApplicationPreparedEvent> {
    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        Credentials.from(event.getApplicationContext().getEnvironment());
    }
}
