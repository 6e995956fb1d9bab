package org.zwfw.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.TestApi;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * kill -9 during case writes: the service (its own JVM, the default file-backed H2 store in its working directory)
 * takes concurrent POST /api/v1/cases, is killed with SIGKILL mid-stream and started again on the same store. Every
 * case that was answered 201 is there exactly once with exactly one audit record, and nothing half-written is
 * visible: no case without its audit record, no audit record of a case without the case.
 */
@Tag("slow") // a crash: child JVMs killed mid-write and restarted; run by mvn test -Pslow
class CaseWriteCrashTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final String CASE = """
            {"jurisdiction":"410700","matterCode":"XX-SPJY-001","asOf":"2026-03-02",
             "applicant":{"type":"LEGAL_PERSON","id":"91410700MA47D3E4F1"},
             "materials":[{"code":"M01","status":"PROVIDED"},{"code":"M04","status":"PROVIDED"},
                          {"code":"M05","status":"MISSING"},{"code":"M06","status":"MISSING"}],
             "commitment":{"signed":true}}""";

    @TempDir
    Path work;

    static HttpResponse<String> send(int port, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20));
        b = body == null ? b.GET() : b.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return HTTP.send(TestApi.authorized(b.build(), TestApi.CONFIGURED_TOKENS),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static void awaitReady(Process p, int port, Path log) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < until) {
            if (!p.isAlive()) {
                throw new AssertionError("service exited " + p.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                if (send(port, "/actuator/health/readiness", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("service not ready:\n" + Files.readString(log));
    }

    Process service(int port, Path log) throws Exception {
        // The working directory holds ./data/zwfw (application.properties' default store URL, unchanged).
        Process p = ChildJvm.start(work, log, "--server.port=" + port, "--zwfw.rules.dir=" + ChildJvm.RULES,
                "--spring.profiles.active=json-logs", "--zwfw.security.tokens=" + TestApi.configuredTokensProperty(),
                "--zwfw.privacy.hash-key=test-key-for-case-write-crash");
        awaitReady(p, port, log);
        return p;
    }

    @Test
    void everyAcknowledgedCaseAndAuditRecordSurvivesAKill9ExactlyOnce() throws Exception {
        int port = ChildJvm.freePort();
        Path log1 = work.resolve("first.log");
        Process first = service(port, log1);

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            writers.submit(() -> {
                while (!stop.get()) {
                    try {
                        HttpResponse<String> r = send(port, "/api/v1/cases", CASE);
                        if (r.statusCode() == 201) {
                            acknowledged.add(JSON.readTree(r.body()).path("caseId").asString());
                        } else {
                            throw new AssertionError(r.statusCode() + " " + r.body());
                        }
                    } catch (IOException killed) {
                        return null;
                    }
                }
                return null;
            });
        }
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (acknowledged.size() < 300 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        ChildJvm.kill(first); // writers are mid-request
        stop.set(true);
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(100);

        Path log2 = work.resolve("second.log");
        Process second = service(port, log2);
        try {
            for (String id : List.copyOf(acknowledged).subList(0, 20)) {
                HttpResponse<String> r = send(port, "/api/v1/cases/" + id + "?asOf=2026-03-02", null);
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                assertThat(JSON.readTree(r.body()).path("state").asString()).isEqualTo("PENDING_SUPPLEMENT");
            }
            // Writes go on after the restart.
            assertThat(send(port, "/api/v1/cases", CASE).statusCode()).isEqualTo(201);
        } finally {
            assertThat(ChildJvm.stop(second)).as("graceful stop on SIGTERM").isIn(0, 143);
        }

        // The store itself, read once the service is stopped.
        String url = "jdbc:h2:file:" + work.resolve("data/zwfw") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            Map<String, Integer> cases = counts(s, "select case_id, count(*) from case_file group by case_id");
            Map<String, Integer> audits = counts(s,
                    "select case_id, count(*) from decision_audit where case_id is not null group by case_id");
            for (String id : acknowledged) {
                assertThat(cases.get(id)).as("case " + id).isEqualTo(1);
                assertThat(audits.get(id)).as("audit record of " + id).isEqualTo(1);
            }
            // Nothing half-written: a case and its audit record land together or not at all.
            assertThat(cases.keySet()).isEqualTo(audits.keySet());
            assertThat(audits.values()).allMatch(n -> n == 1);
            assertThat(cases.size()).isBetween(acknowledged.size() + 1, acknowledged.size() + 1 + 4);
        }

        // The json-logs profile: every console line is one ECS JSON object.
        List<String> lines = new ArrayList<>(Files.readAllLines(log2).stream().filter(l -> !l.isBlank()).toList());
        lines.removeIf(l -> l.startsWith("OpenJDK 64-Bit Server VM warning"));
        assertThat(lines).isNotEmpty().allSatisfy(l -> {
            JsonNode n = JSON.readTree(l);
            assertThat(n.has("@timestamp")).as(l).isTrue();
            assertThat(n.path("log").path("level").isMissingNode() && !n.has("log.level")).as(l).isFalse();
        });
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Started ZwfwRulesApplication"));
    }

    static Map<String, Integer> counts(Statement s, String sql) throws Exception {
        Map<String, Integer> m = new HashMap<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getInt(2));
            }
        }
        return m;
    }
}
