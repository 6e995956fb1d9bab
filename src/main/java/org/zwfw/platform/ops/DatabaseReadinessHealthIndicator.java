package org.zwfw.platform.ops;

import java.sql.Connection;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness: the store answers. While it does not, the instance is OUT_OF_SERVICE (take it out of the load balancer)
 * but stays live (restarting it would not bring the database back); it is ready again as soon as the database is,
 * since the connection pool reconnects by itself.
 */
@Component
public class DatabaseReadinessHealthIndicator implements HealthIndicator {
    private static final int VALID_TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    public DatabaseReadinessHealthIndicator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        try (Connection c = dataSource.getConnection()) {
            if (c.isValid(VALID_TIMEOUT_SECONDS)) {
                return Health.up().withDetail("database", c.getMetaData().getDatabaseProductName()).build();
            }
            return Health.outOfService().withDetail("error", "connection not valid").build();
        } catch (Exception e) {
            // The exception's class only: a driver message may carry the URL or user name.
            return Health.outOfService().withDetail("error", e.getClass().getName()).build();
        }
    }
}
