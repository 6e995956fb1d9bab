package org.zwfw.governance.reload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The replicas list's rows on the real schema (the migrations on the embedded H2): a replica that stopped beating is
 * shown as not alive after {@code stale-after}, and deleted by any live replica's heartbeat after {@code forget-after};
 * a replica started again under its name shows its new start. Killed replicas on PostgreSQL: ReplicaKillTest.
 */
class ReplicaRowsTest {
    static final Duration STALE_AFTER = Duration.ofSeconds(10);
    static final Duration FORGET_AFTER = Duration.ofHours(24);

    JdbcClient jdbc;
    Replicas replicas;

    @BeforeEach
    void store() {
        jdbc = JdbcClient.create(org.zwfw.MigratedH2.create("replicas"));
        replicas = new Replicas(jdbc, STALE_AFTER, FORGET_AFTER);
    }

    @AfterEach
    void close() {
        jdbc.sql("shutdown").update();
    }

    /** A row as a replica last seen {@code ago} left it. */
    void lastSeen(String replica, Duration ago) {
        OffsetDateTime seen = OffsetDateTime.now(ZoneOffset.UTC).minus(ago);
        jdbc.sql("""
                        insert into service_replica (replica, started_at, last_seen, ruleset_version, ruleset_since)
                        values (:r, :seen, :seen, 'v-old', :seen)""")
                .param("r", replica).param("seen", seen).update();
    }

    @Test
    void aReplicaGoneLongerThanForgetAfterIsDeletedByAnotherOnesHeartbeatAStaleOneIsKept() {
        lastSeen("gone-for-good", FORGET_AFTER.plusMinutes(1));
        lastSeen("killed-a-minute-ago", Duration.ofMinutes(1));
        // Before any live replica beats, both are listed, neither alive.
        assertThat(replicas.list()).extracting(Replicas.Replica::replica)
                .containsExactly("gone-for-good", "killed-a-minute-ago");
        assertThat(replicas.list()).noneMatch(Replicas.Replica::alive);

        replicas.beat("live", Instant.now(), "v-new", Instant.now());

        List<Replicas.Replica> listed = replicas.list();
        assertThat(listed).extracting(Replicas.Replica::replica).containsExactly("killed-a-minute-ago", "live");
        assertThat(listed).extracting(Replicas.Replica::alive).containsExactly(false, true);
    }

    @Test
    void aReplicaStartedAgainUnderItsNameIsAliveAndShowsItsNewStart() {
        lastSeen("replica-a", Duration.ofMinutes(1));
        // Whole microseconds, as the store keeps a timestamp (it rounds a finer instant, so the test does not make one).
        Instant restarted = Instant.now().minusSeconds(2).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        replicas.beat("replica-a", restarted, "v-new", restarted);

        Replicas.Replica a = replicas.list().get(0);
        assertThat(a.alive()).isTrue();
        assertThat(a.rulesetVersion()).isEqualTo("v-new");
        assertThat(a.startedAt().toInstant()).isEqualTo(restarted);
    }

    /** Every replica forgets the same dead rows in the same heartbeat: each goes once, no beat fails. */
    @Test
    void severalReplicasForgettingTheSameRowsAtOnceAllSucceed() throws Exception {
        for (int i = 0; i < 50; i++) {
            lastSeen("gone-" + i, FORGET_AFTER.plusHours(i));
        }
        ExecutorService live = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> beats = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            String name = "live-" + r;
            beats.add(live.submit(() -> {
                go.await();
                for (int n = 0; n < 20; n++) {
                    replicas.beat(name, Instant.now(), "v", Instant.now());
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> beat : beats) {
            beat.get(30, TimeUnit.SECONDS); // throws if any beat failed
        }
        live.shutdown();
        assertThat(replicas.list()).extracting(Replicas.Replica::replica)
                .containsExactly("live-0", "live-1", "live-2", "live-3");
    }

    @Test
    void aForgetAfterNoLongerThanStaleAfterIsRefused() {
        assertThatThrownBy(() -> new Replicas(jdbc, Duration.ofSeconds(10), Duration.ofSeconds(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zwfw.replica.forget-after");
    }
}
