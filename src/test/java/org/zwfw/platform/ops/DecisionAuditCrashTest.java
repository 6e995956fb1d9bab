package org.zwfw.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.TestApi;
import org.zwfw.identity.IdentifierHasher;
import org.zwfw.identity.Identifiers;

/**
 * kill -9 during acceptance decisions (the audit log's group commit): the service (its own JVM, the default
 * file-backed H2 store) answers concurrent decisions, each for its own applicant, and is killed with SIGKILL
 * mid-stream. Every decision a client got a 200 for has its audit row, exactly once.
 */
@Tag("slow") // a child JVM killed mid-load; run by mvn test -Pslow
class DecisionAuditCrashTest {
    static final String KEY = "test-key-for-decision-audit-crash";
    static final String CC = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @TempDir
    Path work;

    /** A 统一社会信用代码 for {@code n}: its check character is the one the service's own validator accepts. */
    static String creditCode(long n) {
        String body = "91410700" + String.format("%09d", n);
        for (char c : CC.toCharArray()) {
            if (Identifiers.isValidCreditCode(body + c)) {
                return body + c;
            }
        }
        throw new IllegalStateException(body);
    }

    static String decision(String id) {
        return """
                {"jurisdiction":"410700","matterCode":"XX-SPJY-001","asOf":"2026-03-02",
                 "applicant":{"type":"LEGAL_PERSON","id":"%s"},
                 "materials":[{"code":"M01","status":"PROVIDED"},{"code":"M04","status":"PROVIDED"},
                              {"code":"M05","status":"PROVIDED"},{"code":"M06","status":"PROVIDED"}]}""".formatted(id);
    }

    @Test
    void everyAnsweredDecisionHasItsAuditRowAfterAKill9() throws Exception {
        int port = ChildJvm.freePort();
        Path log = work.resolve("service.log");
        Process service = ChildJvm.start(work, log, "--server.port=" + port, "--zwfw.rules.dir=" + ChildJvm.RULES,
                "--zwfw.security.tokens=" + TestApi.configuredTokensProperty(), "--zwfw.privacy.hash-key=" + KEY);
        CaseWriteCrashTest.awaitReady(service, port, log);

        Set<String> answered = ConcurrentHashMap.newKeySet();
        AtomicLong next = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 8; i++) {
            clients.submit(() -> {
                while (!stop.get()) {
                    String id = creditCode(next.incrementAndGet());
                    try {
                        HttpResponse<String> r = CaseWriteCrashTest.send(port, "/api/v1/decisions/acceptance",
                                decision(id));
                        if (r.statusCode() != 200) {
                            throw new AssertionError(r.statusCode() + " " + r.body());
                        }
                        answered.add(id);
                    } catch (IOException killed) {
                        return null;
                    }
                }
                return null;
            });
        }
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (answered.size() < 500 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        ChildJvm.kill(service); // clients are mid-request, the writer mid-batch
        stop.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(answered).hasSizeGreaterThanOrEqualTo(100);

        IdentifierHasher hasher = new IdentifierHasher(KEY);
        String url = "jdbc:h2:file:" + work.resolve("data/zwfw") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            Map<String, Integer> rows = CaseWriteCrashTest.counts(s,
                    "select applicant_hash, count(*) from decision_audit group by applicant_hash");
            for (String id : answered) {
                assertThat(rows.get(hasher.hash(id))).as("audit row of a decision answered 200").isEqualTo(1);
            }
            // Rows of decisions not yet answered when the kill came may be there too, but nothing twice.
            assertThat(rows.values()).allMatch(n -> n == 1);
            assertThat(rows.size()).isBetween(answered.size(), answered.size() + 8);
        }
    }
}
