package org.zwfw;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Test support: a fresh in-memory H2 in the service's PostgreSQL mode with every migration applied — the real schema,
 * without starting the service. Each call makes a database of its own ({@code name} plus a random suffix); it lives
 * until {@code shutdown}.
 */
public final class MigratedH2 {
    private MigratedH2() {}

    public static JdbcDataSource create(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + "-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        return ds;
    }
}
