package org.zwfw.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import org.zwfw.TestApi;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database goes away under a running service (a real PostgreSQL, stopped and started again on the same port and
 * data): endpoints that need it answer 503 problem+json and keep nothing, health is DOWN and readiness
 * OUT_OF_SERVICE while liveness stays UP, and once the database is back the same service answers again — no restart.
 */
@Tag("slow") // an outage: embedded PostgreSQL stopped and started under a context of its own; run by mvn test -Pslow
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.hikari.connection-timeout=1000")
@ActiveProfiles("postgres")
class DatabaseOutageTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Path DATA = tempDir();
    static final int PG_PORT = freePort();
    static EmbeddedPostgres pg = startPostgres();

    static final String ACCEPTANCE = """
            {"jurisdiction":"410700","matterCode":"XX-SPJY-001","asOf":"2026-03-02",
             "applicant":{"type":"LEGAL_PERSON","id":"91410700MA47D3E4F1"},
             "materials":[{"code":"M01","status":"PROVIDED"},{"code":"M04","status":"PROVIDED"},
                          {"code":"M05","status":"PROVIDED"},{"code":"M06","status":"MISSING"}],
             "commitment":{"signed":true}}""";

    static Path tempDir() {
        try {
            return Files.createTempDirectory("zwfw-pg-outage");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.builder().setPort(PG_PORT).setDataDirectory(DATA).setCleanDataDirectory(false)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start embedded PostgreSQL", e);
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry r) {
        r.add("spring.datasource.url", () -> pg.getJdbcUrl("postgres", "postgres"));
        r.add("spring.datasource.username", () -> "postgres");
        r.add("spring.datasource.password", () -> "postgres");
        r.add("zwfw.privacy.hash-key", () -> "test-key-for-outage");
        r.add("zwfw.security.tokens", TestApi::configuredTokensProperty);
    }

    @AfterAll
    static void stop() throws IOException {
        pg.close();
        FileSystemUtils.deleteRecursively(DATA);
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    HttpResponse<String> send(String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        b = body == null ? b.GET() : b.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return HTTP.send(TestApi.authorized(b.build(), TestApi.CONFIGURED_TOKENS),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    int auditRows() {
        return jdbc.sql("select count(*) from decision_audit").query(Integer.class).single();
    }

    int caseRows() {
        return jdbc.sql("select count(*) from case_file").query(Integer.class).single();
    }

    static void assertUnavailable(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.headers().firstValue("Retry-After")).hasValue("5");
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.path("status").asInt()).isEqualTo(503);
        assertThat(p.path("type").asString()).endsWith("/store-unavailable");
        assertThat(r.body()).doesNotContain("jdbc:").doesNotContain("postgres").doesNotContain("Exception");
    }

    /** A request with a bad field, and the field its 400 must name. */
    record Malformed(String path, String body, String field) {}

    static final List<Malformed> MALFORMED = List.of(
            new Malformed("/api/v1/decisions/acceptance", ACCEPTANCE.replace("\"jurisdiction\":\"410700\",", ""),
                    "jurisdiction"),
            new Malformed("/api/v1/decisions/acceptance", ACCEPTANCE.replace("2026-03-02", "2026-02-30"), "asOf"),
            // The 告知承诺 route reads credit records, but only once the request is known to be good.
            new Malformed("/api/v1/decisions/acceptance", ACCEPTANCE.replace("\"asOf\":\"2026-03-02\",",
                    "\"asOf\":\"2026-03-02\",\"route\":\"COMMITMENT\",").replace("MA47D3E4F1", "MA47D3E4F2"),
                    "applicant.id"),
            new Malformed("/api/v1/cases", ACCEPTANCE.replace("91410700MA47D3E4F1", "91410700MA47D3E4F2"),
                    "applicant.id"),
            new Malformed("/api/v1/decisions/fee", """
                    {"jurisdiction":"640100","matterCode":"YC-BDC-003","asOf":"2026-01-15",
                     "applicant":{"type":"ROBOT","id":"91640100MA76A1B2CR","enterpriseScale":"LARGE"}}""",
                    "applicant.type"),
            new Malformed("/api/v1/cases/CASE-0000/supplements", "{\"date\":\"2026-13-01\",\"materials\":[\"M06\"]}",
                    "date"),
            new Malformed("/api/v1/cases/CASE-0000/verifications", "{\"date\":\"2026-03-09\",\"result\":\"MAYBE\"}",
                    "result"),
            new Malformed("/api/v1/credit-records", """
                    {"record":"行政处罚（一般）","severity":"MINOR","recordedOn":"2026-01-05"}""", "subjectId"),
            new Malformed("/api/v1/credit-records/1/repair", "{}", "date"),
            new Malformed("/api/v1/cases/CASE-0000?asOf=yesterday", null, "asOf"));

    @Test
    void aMalformedRequestIsTheSame400WhetherOrNotTheDatabaseIsUp() throws Exception {
        List<HttpResponse<String>> up = new ArrayList<>();
        for (Malformed m : MALFORMED) {
            HttpResponse<String> r = send(m.path(), m.body());
            assertThat(r.statusCode()).as(m.path() + " " + r.body()).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).path("errors").findValuesAsString("field")).as(m.path())
                    .containsExactly(m.field());
            up.add(r);
        }

        pg.close();
        try {
            // A good request first: the pool finds its connections dead (it hands out one used within the last
            // 500 ms unchecked, which a request that needs no store never notices), as it would in a real outage.
            assertUnavailable(send("/api/v1/decisions/acceptance", ACCEPTANCE));
            for (int i = 0; i < MALFORMED.size(); i++) {
                Malformed m = MALFORMED.get(i);
                HttpResponse<String> down = send(m.path(), m.body());
                assertThat(down.statusCode()).as(m.path() + " " + down.body()).isEqualTo(400);
                assertThat(down.headers().firstValue("Content-Type").orElse(""))
                        .startsWith("application/problem+json");
                assertThat(JSON.readTree(down.body())).as(m.path()).isEqualTo(JSON.readTree(up.get(i).body()));
            }
            // The outage is still there: a well-formed request still gets its 503.
            assertUnavailable(send("/api/v1/cases", ACCEPTANCE));
        } finally {
            pg = startPostgres();
        }
        awaitReady();
    }

    /** Until readiness is UP again (the pool reconnects by itself), at most 30 s. */
    void awaitReady() throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpResponse<String> ready;
        do {
            ready = send("/actuator/health/readiness", null);
        } while (ready.statusCode() != 200 && System.nanoTime() < until);
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    }

    @Test
    void aDatabaseOutageIsA503ProblemAndTheServiceRecoversWithoutARestart() throws Exception {
        assertThat(send("/api/v1/decisions/acceptance", ACCEPTANCE).statusCode()).isEqualTo(200);
        int audited = auditRows();
        int cases = caseRows();

        pg.close();
        try {
            assertUnavailable(send("/api/v1/decisions/acceptance", ACCEPTANCE));
            assertUnavailable(send("/api/v1/cases", ACCEPTANCE));
            assertUnavailable(send("/api/v1/decisions/fee", """
                    {"jurisdiction":"640100","matterCode":"YC-BDC-003","asOf":"2026-01-15",
                     "applicant":{"type":"LEGAL_PERSON","id":"91640100MA76A1B2CR","enterpriseScale":"LARGE"}}"""));
            assertUnavailable(send("/api/v1/audit/decisions?kind=ACCEPTANCE", null));
            assertUnavailable(send("/api/v1/cases/CASE-0000?asOf=2026-03-02", null));
            assertUnavailable(send("/api/v1/credit-records?subjectId=91640100MA76A1B2CR&reason=test", null));
            // What needs no store still answers.
            assertThat(send("/api/v1/ruleset", null).statusCode()).isEqualTo(200);

            HttpResponse<String> health = send("/actuator/health", null);
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(health.body()).path("status").asString()).isEqualTo("DOWN");
            HttpResponse<String> ready = send("/actuator/health/readiness", null);
            assertThat(ready.statusCode()).isEqualTo(503);
            JsonNode r = JSON.readTree(ready.body());
            assertThat(r.path("status").asString()).isEqualTo("OUT_OF_SERVICE");
            assertThat(r.path("components").path("databaseReadiness").path("status").asString())
                    .isEqualTo("OUT_OF_SERVICE");
            assertThat(r.path("components").path("ruleSet").path("status").asString()).isEqualTo("UP");
            HttpResponse<String> live = send("/actuator/health/liveness", null);
            assertThat(live.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(live.body()).path("status").asString()).isEqualTo("UP");
        } finally {
            pg = startPostgres();
        }

        // Back without a restart: readiness first (the pool reconnects), then decisions are kept again.
        awaitReady();
        assertThat(JSON.readTree(send("/actuator/health", null).body()).path("status").asString()).isEqualTo("UP");

        // Nothing of the refused requests was kept; the next decision and case are.
        assertThat(auditRows()).isEqualTo(audited);
        assertThat(caseRows()).isEqualTo(cases);
        assertThat(send("/api/v1/decisions/acceptance", ACCEPTANCE).statusCode()).isEqualTo(200);
        HttpResponse<String> opened = send("/api/v1/cases", ACCEPTANCE);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        assertThat(auditRows()).isEqualTo(audited + 2);
        assertThat(caseRows()).isEqualTo(cases + 1);
    }
}
