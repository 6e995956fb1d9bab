package org.zwfw.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The group commit's linger: once a transaction was shared, the next one waits for the rows being made meanwhile and
 * takes them too; a lone caller is never made to wait for it.
 */
class GroupCommitLingerTest {
    final List<List<String>> transactions = new CopyOnWriteArrayList<>();
    final CountDownLatch firstCommitting = new CountDownLatch(1);
    final CountDownLatch releaseFirst = new CountDownLatch(1);
    final ExecutorService callers = Executors.newFixedThreadPool(4);
    GroupCommit<String> commit;

    GroupCommit<String> withLinger(Duration linger) {
        commit = new GroupCommit<>("test-writer", 256, linger, rows -> {
            if (transactions.isEmpty() && rows.contains("a")) {
                firstCommitting.countDown();
                try {
                    releaseFirst.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            transactions.add(List.copyOf(rows));
        });
        return commit;
    }

    @AfterEach
    void stop() {
        callers.shutdownNow();
        commit.close();
    }

    @Test
    void afterASharedTransactionTheNextWaitsForTheRowsMadeMeanwhile() throws Exception {
        GroupCommit<String> gc = withLinger(Duration.ofSeconds(3));
        Future<?> a = callers.submit(() -> gc.commit("a"));
        assertThat(firstCommitting.await(10, TimeUnit.SECONDS)).isTrue();
        // b and c queue while a's transaction commits: they share the next one (taken at once: a's was not shared).
        Future<?> b = callers.submit(() -> gc.commit("b"));
        while (gc.waiting() < 1) { // b queued before c is handed in: the rows' order is then known
            Thread.sleep(5);
        }
        Future<?> c = callers.submit(() -> gc.commit("c"));
        while (gc.waiting() < 2) {
            Thread.sleep(5);
        }
        releaseFirst.countDown();
        a.get(10, TimeUnit.SECONDS);
        b.get(10, TimeUnit.SECONDS);
        c.get(10, TimeUnit.SECONDS);
        // That transaction was shared: d's waits, and e, handed in while it waits, goes in with d.
        Future<?> d = callers.submit(() -> gc.commit("d"));
        Thread.sleep(300);
        assertThat(d).isNotDone();
        assertThat(gc.waiting()).isZero();
        Future<?> e = callers.submit(() -> gc.commit("e"));
        d.get(10, TimeUnit.SECONDS);
        e.get(10, TimeUnit.SECONDS);
        assertThat(transactions).containsExactly(List.of("a"), List.of("b", "c"), List.of("d", "e"));
    }

    @Test
    void aLoneCallerIsWrittenAtOnce() throws Exception {
        GroupCommit<String> gc = withLinger(Duration.ofSeconds(30));
        releaseFirst.countDown();
        for (String row : List.of("a", "x", "y")) {
            // Each alone: with a 30 s linger applied, this would time out.
            callers.submit(() -> gc.commit(row)).get(10, TimeUnit.SECONDS);
        }
        assertThat(transactions).containsExactly(List.of("a"), List.of("x"), List.of("y"));
    }

}
