package org.zwfw.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.zwfw.engine.DecisionLog;

/**
 * The audit log's group commit on the real schema (H2, the migrations): concurrent decisions each get their row
 * exactly once, decisions waiting together share one transaction, and no caller returns before the transaction
 * holding its row has committed.
 */
class GroupCommitTest {
    /** Counts commits; while {@code hold} is set, a commit waits for {@code release} (the store being slow). */
    static final class Transactions extends DataSourceTransactionManager {
        final AtomicInteger commits = new AtomicInteger();
        volatile CountDownLatch hold;
        final CountDownLatch committing = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        Transactions(JdbcDataSource ds) {
            super(ds);
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            if (hold != null) {
                committing.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                hold = null;
            }
            super.doCommit(status);
            commits.incrementAndGet();
        }
    }

    JdbcDataSource ds;
    Transactions transactions;
    DecisionAuditLog log;
    JdbcClient jdbc;

    @BeforeEach
    void store() {
        ds = org.zwfw.MigratedH2.create("gc");
        transactions = new Transactions(ds);
        jdbc = JdbcClient.create(ds);
        log = new DecisionAuditLog(jdbc, new NamedParameterJdbcTemplate(ds), transactions);
    }

    @AfterEach
    void close() {
        log.close();
        jdbc.sql("shutdown").update();
    }

    static DecisionLog.Logged decision(String applicantHash, String caller) {
        return new DecisionLog.Logged("ACCEPTANCE", caller, "410700", "XX-SPJY-001", LocalDate.of(2026, 3, 2),
                "ORDINARY", "ACCEPT", applicantHash, "v-test", List.of(Map.of("rule", "r1")),
                Map.of("applicant", Map.of("id", applicantHash)), null);
    }

    int rows() {
        return jdbc.sql("select count(*) from decision_audit").query(Integer.class).single();
    }

    @Test
    void concurrentDecisionsAreEachLoggedExactlyOnce() throws Exception {
        int threads = 8;
        int each = 150;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    String hash = "h-" + thread + "-" + i;
                    log.appendCommitted(decision(hash, "caller-" + thread));
                    // Committed when the call returns: visible to any other connection at once.
                    assertThat(jdbc.sql("select count(*) from decision_audit where applicant_hash = ?")
                            .param(hash).query(Integer.class).single()).isEqualTo(1);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(rows()).isEqualTo(threads * each);
        List<Integer> perApplicant = jdbc.sql("select count(*) from decision_audit group by applicant_hash")
                .query(Integer.class).list();
        assertThat(perApplicant).hasSize(threads * each).containsOnly(1);
        assertThat(jdbc.sql("select reasons from decision_audit where applicant_hash = 'h-3-7'").query(String.class)
                .single()).isEqualTo("[{\"rule\":\"r1\"}]");
        assertThat(transactions.commits.get()).isBetween(1, threads * each);
    }

    @Test
    void callersWaitingTogetherShareOneTransactionAndReturnOnlyAfterItCommits() throws Exception {
        transactions.hold = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(11);
        List<Future<?>> answered = new ArrayList<>();
        answered.add(callers.submit(() -> log.appendCommitted(decision("first", "c")), null));
        // The first row's transaction is committing (held): the next callers queue behind it.
        assertThat(transactions.committing.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 10; i++) {
            String hash = "next-" + i;
            answered.add(callers.submit(() -> log.appendCommitted(decision(hash, "c")), null));
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (log.waiting() < 10 && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(log.waiting()).isEqualTo(10);
        Thread.sleep(100);
        // Nobody answered: the first row is not committed yet, the others not even written.
        assertThat(answered).noneMatch(Future::isDone);
        assertThat(rows()).isZero();

        transactions.release.countDown();
        for (Future<?> f : answered) {
            f.get(10, TimeUnit.SECONDS);
        }
        callers.shutdown();
        assertThat(rows()).isEqualTo(11);
        // One transaction for the first row, one for the ten that waited together.
        assertThat(transactions.commits.get()).isEqualTo(2);
    }

    @Test
    void aRowTheStoreRefusesFailsItsOwnCallerOnly() throws Exception {
        transactions.hold = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(6);
        Future<?> first = callers.submit(() -> log.appendCommitted(decision("first", "c")), null);
        assertThat(transactions.committing.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<?>> good = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String hash = "good-" + i;
            good.add(callers.submit(() -> log.appendCommitted(decision(hash, "c")), null));
        }
        // caller is NOT NULL in the schema: this row cannot be written.
        Future<?> bad = callers.submit(() -> log.appendCommitted(decision("bad", null)), null);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (log.waiting() < 5 && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        transactions.release.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (Future<?> f : good) {
            f.get(10, TimeUnit.SECONDS);
        }
        assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(DataIntegrityViolationException.class);
        callers.shutdown();
        assertThat(jdbc.sql("select applicant_hash from decision_audit order by applicant_hash").query(String.class)
                .list()).containsExactly("first", "good-0", "good-1", "good-2", "good-3");
    }

    @Test
    void afterCloseADecisionIsStillCommittedBeforeTheCallReturns() {
        log.close();
        log.appendCommitted(decision("late", "c"));
        assertThat(rows()).isEqualTo(1);
    }
}
