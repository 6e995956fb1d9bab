package org.zwfw.security;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Refuses to start, before anything else is built, a service whose profile has no real credentials (registered in
 * META-INF/spring.factories so that it runs ahead of the database and the rules).
 */
public class CredentialsGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Credentials.from(event.getEnvironment());
    }
}
