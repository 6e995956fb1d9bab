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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import org.zwfw.TestApi;
import org.zwfw.ZwfwRulesApplication;
import org.zwfw.engine.RulesFolder;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two replicas of the service (two application contexts on loopback ports) on one real PostgreSQL and one rules
 * folder: they share cases, credit records and rule set versions, a race between them moves a case once, and closing
 * one abruptly while clients write loses nothing either confirmed. A replica in a JVM of its own killed with SIGKILL
 * is {@link ReplicaKillTest}.
 */
@Tag("slow") // two service starts on an embedded PostgreSQL, and an abrupt close under load; run by mvn test -Pslow
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A case waiting for one material (M06). */
    static final String DEFICIENT = ReplicaKillTest.deficientCase("91410700MA47D3E4F1");
    /** A 告知承诺 case, approved on the applicant's commitment. */
    static final String COMMITMENT = """
            {"jurisdiction":"410700","matterCode":"XX-SPJY-001","asOf":"2026-06-01","route":"COMMITMENT",
             "applicant":{"type":"NATURAL_PERSON","id":"410702194008152347"},
             "materials":[{"code":"M01","status":"PROVIDED"}],"commitmentLetter":{"signed":true}}""";

    static EmbeddedPostgres pg;
    static Path dir;
    static RulesFolder rules;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static JdbcClient db;

    @BeforeAll
    static void start() throws IOException {
        pg = EmbeddedPostgres.builder().start();
        dir = Files.createTempDirectory("zwfw-replicas");
        rules = RulesFolder.copyOfSample(dir);
        db = JdbcClient.create(pg.getPostgresDatabase());
        a = replica("replica-a");
        b = replica("replica-b");
    }

    /** One replica: the postgres profile (replica sync on), the shared database and rules folder. */
    static ConfigurableApplicationContext replica(String name) {
        return new SpringApplicationBuilder(ZwfwRulesApplication.class).profiles("postgres").run(
                "--server.port=0", "--server.address=127.0.0.1",
                "--spring.datasource.url=" + pg.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--zwfw.privacy.hash-key=test-key-shared-by-the-replicas",
                "--zwfw.security.tokens=" + TestApi.configuredTokensProperty(),
                "--zwfw.rules.dir=" + rules.root(),
                "--zwfw.replica.name=" + name, "--zwfw.replica.heartbeat=200ms",
                // Killed, not drained: requests in flight are cut off with the connection.
                "--server.shutdown=immediate");
    }

    @AfterAll
    static void stop() throws IOException {
        for (ConfigurableApplicationContext c : new ConfigurableApplicationContext[] {a, b}) {
            if (c != null && c.isActive()) {
                c.close();
            }
        }
        if (pg != null) {
            pg.close();
        }
        FileSystemUtils.deleteRecursively(dir);
    }

    static int port(ConfigurableApplicationContext ctx) {
        return Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
    }

    static HttpRequest request(ConfigurableApplicationContext to, String method, String path, String type, String body) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(to) + path))
                .timeout(Duration.ofSeconds(120)); // a reload builds the rule set: long on a busy machine
        r = body == null ? r.GET() : r.header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return TestApi.authorized(r.build(), TestApi.CONFIGURED_TOKENS);
    }

    static HttpResponse<String> send(ConfigurableApplicationContext to, String path, String body) throws Exception {
        return HTTP.send(request(to, "POST", path, "application/json", body),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(ConfigurableApplicationContext to, String path) throws Exception {
        return HTTP.send(request(to, "GET", path, null, null), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String open(ConfigurableApplicationContext to, String body) throws Exception {
        HttpResponse<String> r = send(to, "/api/v1/cases", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).path("caseId").asString();
    }

    static int count(String sql, Object... params) {
        var q = db.sql(sql);
        for (Object p : params) {
            q = q.param(p);
        }
        return q.query(Integer.class).single();
    }

    @Test
    @Order(1)
    void aCaseOpenedThroughOneIsReadAndMovedThroughTheOther() throws Exception {
        HttpResponse<String> opened = send(a, "/api/v1/cases", DEFICIENT);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        assertThat(opened.headers().firstValue("X-Zwfw-Replica")).contains("replica-a");
        String caseId = JSON.readTree(opened.body()).path("caseId").asString();

        HttpResponse<String> read = get(b, "/api/v1/cases/" + caseId + "?asOf=2026-03-03");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(read.headers().firstValue("X-Zwfw-Replica")).contains("replica-b");
        assertThat(JSON.readTree(read.body()).path("state").asString()).isEqualTo("PENDING_SUPPLEMENT");

        HttpResponse<String> moved = send(b, "/api/v1/cases/" + caseId + "/supplements",
                ReplicaKillTest.SUPPLEMENT);
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(JSON.readTree(moved.body()).path("state").asString()).isEqualTo("SUPPLEMENTED");

        JsonNode again = JSON.readTree(get(a, "/api/v1/cases/" + caseId + "?asOf=2026-03-06").body());
        assertThat(again.path("state").asString()).isEqualTo("SUPPLEMENTED");
        assertThat(again.path("history").findValuesAsString("kind")).containsExactly("OPENED", "SUPPLEMENT");
    }

    /**
     * Both replicas read the case before either writes (the test holds the row's lock until both wait on it), so the
     * race is certain: the case's row_version lets one through and answers the other 409.
     */
    @Test
    @Order(2)
    void theSameMoveSentToBothAtOnceMovesTheCaseOnce() throws Exception {
        String caseId = open(a, DEFICIENT);
        List<HttpResponse<String>> answers = race(caseId, "/supplements", ReplicaKillTest.SUPPLEMENT);
        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
        HttpResponse<String> refused = answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("changed by another request");
        assertThat(count("select count(*) from case_event where case_id = ? and kind = 'SUPPLEMENT'", caseId)).isEqualTo(1);
        assertThat(count("select row_version from case_file where case_id = ?", caseId)).isEqualTo(1);
        assertThat(count("select count(*) from decision_audit where case_id = ?", caseId)).isEqualTo(1);

        // A commitment found false, reported to both at once: one credit record, one verification.
        String commitment = open(b, COMMITMENT);
        List<HttpResponse<String>> verified = race(commitment, "/verifications",
                "{\"date\":\"2026-06-10\",\"result\":\"FALSE_COMMITMENT\"}");
        assertThat(verified).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
        assertThat(count("select count(*) from credit_record where case_id = ?", commitment)).isEqualTo(1);
        assertThat(count("select count(*) from case_event where case_id = ? and kind = 'VERIFICATION'", commitment))
                .isEqualTo(1);
        assertThat(count("select count(*) from decision_audit where case_id = ?", commitment)).isEqualTo(1);

        // The same credit import through both at once: each record stored once, the second told it is a duplicate.
        String records = "select count(*) from credit_record where subject_masked = '64**************60'";
        int before = count(records);
        String csv = """
                subject_id,record,severity,recorded_on,repaired_on,source
                640303199201014560,行政处罚（一般）,MINOR,2026-01-05,,信用平台
                640303199201014560,行政处罚（一般）,MINOR,2026-02-05,,信用平台
                """;
        CompletableFuture<HttpResponse<String>> viaA = HTTP.sendAsync(
                request(a, "POST", "/api/v1/credit-records:import", "text/csv", csv), HttpResponse.BodyHandlers.ofString());
        CompletableFuture<HttpResponse<String>> viaB = HTTP.sendAsync(
                request(b, "POST", "/api/v1/credit-records:import", "text/csv", csv), HttpResponse.BodyHandlers.ofString());
        JsonNode first = JSON.readTree(viaA.get(30, TimeUnit.SECONDS).body());
        JsonNode second = JSON.readTree(viaB.get(30, TimeUnit.SECONDS).body());
        assertThat(first.path("imported").asInt() + second.path("imported").asInt()).isEqualTo(2);
        assertThat(first.path("duplicates").asInt() + second.path("duplicates").asInt()).isEqualTo(2);
        assertThat(count(records) - before).isEqualTo(2);
    }

    /** Sends {@code body} to the case's {@code action} through both replicas while the case's row is locked. */
    List<HttpResponse<String>> race(String caseId, String action, String body) throws Exception {
        DataSource ds = pg.getPostgresDatabase();
        try (Connection lock = ds.getConnection()) {
            lock.setAutoCommit(false);
            try (var st = lock.prepareStatement("select row_version from case_file where case_id = ? for update")) {
                st.setString(1, caseId);
                st.executeQuery().close();
            }
            String path = "/api/v1/cases/" + caseId + action;
            CompletableFuture<HttpResponse<String>> viaA = HTTP.sendAsync(request(a, "POST", path, "application/json", body),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            CompletableFuture<HttpResponse<String>> viaB = HTTP.sendAsync(request(b, "POST", path, "application/json", body),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (count("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like ?",
                    "update case_file%") < 2) {
                assertThat(System.nanoTime()).as("both replicas wait on the case's row").isLessThan(until);
                Thread.sleep(20);
            }
            lock.commit();
            return List.of(viaA.get(30, TimeUnit.SECONDS), viaB.get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    @Order(3)
    void aCreditImportThroughOneIsSeenByTheOtherOnItsNextDecision() throws Exception {
        assertThat(commitmentOutcome(b)).isEqualTo("APPROVE_BY_COMMITMENT");
        HttpResponse<String> imported = HTTP.send(request(a, "POST", "/api/v1/credit-records:import", "text/csv", """
                subject_id,record,severity,recorded_on,repaired_on,source
                91640100MA76A1B2CR,严重失信主体名单,SERIOUS,2026-02-02,,信用平台
                """), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(JSON.readTree(imported.body()).path("imported").asInt()).isEqualTo(1);
        assertThat(commitmentOutcome(b)).isEqualTo("NOTIFY_SUPPLEMENT");
    }

    static String commitmentOutcome(ConfigurableApplicationContext to) throws Exception {
        HttpResponse<String> r = send(to, "/api/v1/decisions/acceptance", """
                {"jurisdiction":"640100","matterCode":"YC-SPJY-001","asOf":"2026-03-02","route":"COMMITMENT",
                 "applicant":{"type":"LEGAL_PERSON","id":"91640100MA76A1B2CR"},"channel":"ONLINE",
                 "materials":[{"code":"M01","status":"PROVIDED"}],"commitmentLetter":{"signed":true}}""");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).path("outcome").asString();
    }

    @Test
    @Order(4)
    void aReloadThroughOneBringsTheOtherToTheSameVersionWithinSeconds() throws Exception {
        String before = get(b, "/actuator/health/liveness").headers().firstValue("X-Zwfw-Ruleset").orElseThrow();
        rules.write("ningxia/yinchuan/measures-2025/replicas-note.drl", "");
        HttpResponse<String> reloaded = send(a, "/api/v1/ruleset/reload", "");
        assertThat(reloaded.statusCode()).as(reloaded.body()).isEqualTo(200);
        JsonNode r = JSON.readTree(reloaded.body());
        assertThat(r.path("outcome").asString()).isEqualTo("LOADED");
        String after = r.path("ruleset").path("version").asString();
        assertThat(after).isNotEqualTo(before);

        // A heartbeat (200 ms here) and a build of the rule set; bounded only to stop a hung build.
        long answered = System.nanoTime();
        long until = answered + TimeUnit.SECONDS.toNanos(120);
        String servedByB = before;
        while (!servedByB.equals(after) && System.nanoTime() < until) {
            Thread.sleep(100);
            servedByB = get(b, "/actuator/health/liveness").headers().firstValue("X-Zwfw-Ruleset").orElseThrow();
        }
        assertThat(servedByB).as("the version replica B serves").isEqualTo(after);
        System.out.printf("replica B served the reloaded version %d ms after replica A answered the reload%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - answered));

        // The analyst's view, through either replica: both alive, each on the new version (their next heartbeat).
        long seen = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        JsonNode listed;
        do {
            Thread.sleep(250);
            listed = JSON.readTree(get(a, "/api/v1/ruleset/replicas").body());
        } while (listed.path("replicas").findValuesAsString("rulesetVersion").stream().anyMatch(v -> !v.equals(after))
                && System.nanoTime() < seen);
        assertThat(listed.path("answeredBy").asString()).isEqualTo("replica-a");
        assertThat(listed.path("replicas").findValuesAsString("replica")).containsExactly("replica-a", "replica-b");
        assertThat(listed.path("replicas").findValuesAsString("rulesetVersion")).containsOnly(after);
        assertThat(listed.path("replicas").findValues("alive")).allMatch(JsonNode::asBoolean);

        JsonNode reloads = JSON.readTree(get(b, "/api/v1/ruleset/reloads?limit=5").body());
        assertThat(reloads.get(0).path("replica").asString()).isEqualTo("replica-b");
        assertThat(reloads.get(0).path("trigger").asString()).isEqualTo("REPLICA");
        assertThat(reloads.get(0).path("newVersion").asString()).isEqualTo(after);
        assertThat(reloads.get(1).path("replica").asString()).isEqualTo("replica-a");
        assertThat(reloads.get(1).path("trigger").asString()).isEqualTo("API");
    }

    /**
     * Clients open cases through both replicas; B is closed abruptly mid-stream (its connections cut). Every case
     * either replica answered 201 is in the ledger exactly once, with its one audit record.
     */
    @Test
    @Order(5)
    void killingOneReplicaMidWriteLosesNothingEitherConfirmed() throws Exception {
        Set<String> confirmed = ConcurrentHashMap.newKeySet();
        AtomicInteger confirmedByB = new AtomicInteger();
        AtomicInteger confirmedByAAfterTheKill = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<?>> running = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ConfigurableApplicationContext to = i % 2 == 0 ? a : b;
            running.add(clients.submit(() -> {
                while (!stop.get()) {
                    try {
                        HttpResponse<String> r = send(to, "/api/v1/cases", DEFICIENT);
                        if (r.statusCode() == 201) {
                            confirmed.add(JSON.readTree(r.body()).path("caseId").asString());
                            if (to == b) {
                                confirmedByB.incrementAndGet();
                            } else if (killed.get()) {
                                confirmedByAAfterTheKill.incrementAndGet();
                            }
                        }
                    } catch (IOException e) {
                        // Cut off or refused by the killed replica: not confirmed, so nothing is owed.
                        Thread.sleep(20);
                    }
                }
                return null;
            }));
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (confirmedByB.get() < 10 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        b.close();
        killed.set(true);
        while (confirmedByAAfterTheKill.get() < 10 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        stop.set(true);
        for (var f : running) {
            f.get(60, TimeUnit.SECONDS);
        }
        clients.shutdown();

        assertThat(confirmedByB.get()).isGreaterThanOrEqualTo(10);
        assertThat(confirmedByAAfterTheKill.get()).isGreaterThanOrEqualTo(10);
        for (String caseId : confirmed) {
            assertThat(count("select count(*) from case_file where case_id = ?", caseId)).as(caseId).isEqualTo(1);
            assertThat(count("select count(*) from case_event where case_id = ?", caseId)).as(caseId).isEqualTo(1);
            assertThat(count("select count(*) from decision_audit where case_id = ?", caseId)).as(caseId).isEqualTo(1);
        }
        // The surviving replica serves on, and lists the killed one as gone (its orderly close removed its row).
        assertThat(get(a, "/api/v1/ruleset/replicas").body()).doesNotContain("replica-b");
    }
}
