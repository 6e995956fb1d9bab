package org.zwfw.governance.reload;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The replicas on this database and the rule set version each serves: one row a replica, refreshed by its heartbeat
 * ({@link ReloadFollower}). A replica whose row is older than {@code zwfw.replica.stale-after} (default 10s) is shown
 * as not alive: killed, or cut off from the database. A row not refreshed for {@code zwfw.replica.forget-after}
 * (default 24h) is a replica gone for good (killed and never started again under its name): any live replica's
 * heartbeat deletes it.
 */
@Repository
public class Replicas {

    /** A replica as the list shows it. {@code alive}: its heartbeat is fresh. */
    public record Replica(String replica, OffsetDateTime startedAt, OffsetDateTime lastSeen, String rulesetVersion,
                          OffsetDateTime servingSince, boolean alive) {}

    private final JdbcClient jdbc;
    private final Duration staleAfter;
    private final Duration forgetAfter;

    public Replicas(JdbcClient jdbc, @Value("${zwfw.replica.stale-after:10s}") Duration staleAfter,
                    @Value("${zwfw.replica.forget-after:24h}") Duration forgetAfter) {
        if (forgetAfter.compareTo(staleAfter) <= 0) {
            throw new IllegalArgumentException("zwfw.replica.forget-after (" + forgetAfter
                    + ") must be longer than zwfw.replica.stale-after (" + staleAfter + ")");
        }
        this.jdbc = jdbc;
        this.staleAfter = staleAfter;
        this.forgetAfter = forgetAfter;
    }

    /**
     * Records that {@code replica} (started at {@code startedAt}: a replica started again under its name shows its new
     * start) is alive and serves {@code version} since {@code since}; then forgets the replicas gone for good. Several
     * replicas deleting the same rows at once is harmless: each row goes once, the others delete nothing.
     */
    public void beat(String replica, Instant startedAt, String version, Instant since) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime servingSince = since.atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql("""
                        update service_replica set started_at = :started, last_seen = :now, ruleset_version = :v,
                                                   ruleset_since = :since
                        where replica = :r""")
                .param("started", startedAt.atOffset(ZoneOffset.UTC)).param("now", now).param("v", version)
                .param("since", servingSince).param("r", replica).update();
        if (updated == 0) {
            try {
                jdbc.sql("""
                                insert into service_replica (replica, started_at, last_seen, ruleset_version, ruleset_since)
                                values (:r, :started, :now, :v, :since)""")
                        .param("r", replica).param("started", startedAt.atOffset(ZoneOffset.UTC)).param("now", now)
                        .param("v", version).param("since", servingSince).update();
            } catch (DuplicateKeyException e) {
                // Two instances configured with one name: the next beat updates the row the other inserted.
            }
        }
        jdbc.sql("delete from service_replica where last_seen < :cutoff")
                .param("cutoff", now.minus(forgetAfter)).update();
    }

    /** An orderly stop: the replica leaves the list. */
    public void leave(String replica) {
        jdbc.sql("delete from service_replica where replica = :r").param("r", replica).update();
    }

    /** Every replica with a row, by name. */
    public List<Replica> list() {
        OffsetDateTime fresh = OffsetDateTime.now(ZoneOffset.UTC).minus(staleAfter);
        return jdbc.sql("select * from service_replica order by replica")
                .query((rs, n) -> {
                    OffsetDateTime seen = rs.getObject("last_seen", OffsetDateTime.class);
                    return new Replica(rs.getString("replica"), rs.getObject("started_at", OffsetDateTime.class), seen,
                            rs.getString("ruleset_version"), rs.getObject("ruleset_since", OffsetDateTime.class),
                            !seen.isBefore(fresh));
                }).list();
    }

    /** The newest reload that made a version serve somewhere: the one the replicas follow. */
    public record Loaded(long id, String replica, String version) {}

    public java.util.Optional<Loaded> newestLoaded() {
        return jdbc.sql("""
                        select id, replica, new_version from ruleset_reload_audit where outcome = 'LOADED'
                        order by id desc limit 1""")
                .query((rs, n) -> new Loaded(rs.getLong("id"), rs.getString("replica"), rs.getString("new_version")))
                .optional();
    }
}
