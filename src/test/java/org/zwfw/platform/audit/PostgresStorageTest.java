package org.zwfw.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.zwfw.TestApi;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The postgres profile on a real PostgreSQL server that the test starts itself (embedded binaries from Maven
 * Central): the same Flyway migrations run, and an acceptance and a fee decision land in the audit log there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
class PostgresStorageTest {
    static final EmbeddedPostgres PG = start();

    static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start embedded PostgreSQL", e);
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry r) {
        r.add("spring.datasource.url", () -> PG.getJdbcUrl("postgres", "postgres"));
        r.add("spring.datasource.username", () -> "postgres");
        r.add("spring.datasource.password", () -> "postgres");
        r.add("zwfw.privacy.hash-key", () -> "test-key-for-postgres-storage");
        // Any profile but the default one needs real credentials.
        r.add("zwfw.security.tokens", TestApi::configuredTokensProperty);
    }

    @AfterAll
    static void stop() throws IOException {
        PG.close();
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void migrationsRunOnPostgresqlAndDecisionsCasesAndCreditLandThere() throws Exception {
        String product = jdbc.sql("select version()").query(String.class).single();
        assertThat(product).startsWith("PostgreSQL");
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single())
                .isPositive();

        String body = """
                {"jurisdiction":"410700","matterCode":"XX-SPJY-001","asOf":"2026-03-02",
                 "applicant":{"type":"LEGAL_PERSON","id":"91410700MA47D3E4F1"},
                 "materials":[{"code":"M01","status":"PROVIDED"},{"code":"M04","status":"PROVIDED"},
                              {"code":"M05","status":"PROVIDED"},{"code":"M06","status":"MISSING"}],
                 "commitment":{"signed":true}}""";
        HttpRequest decide = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/decisions/acceptance"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        // The development tokens are the default profile's alone.
        assertThat(TestApi.send(decide).statusCode()).isEqualTo(401);
        HttpResponse<String> r = TestApi.HTTP.send(TestApi.authorized(decide, TestApi.CONFIGURED_TOKENS),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);

        var row = jdbc.sql("select outcome, caller, request, applicant_hash from decision_audit order by id desc limit 1")
                .query().singleRow();
        assertThat(row.get("outcome")).isEqualTo("ACCEPT_WITH_DEFICIENCY");
        assertThat(row.get("caller")).isEqualTo("intake-ci");
        assertThat((String) row.get("request")).doesNotContain("91410700MA47D3E4F1").contains((String) row.get("applicant_hash"));

        // A fee decision (V3: kind FEE, no route, the total as outcome) lands there too.
        HttpResponse<String> fee = post("/api/v1/decisions/fee", """
                {"jurisdiction":"640100","matterCode":"YC-BDC-003","asOf":"2026-01-15",
                 "applicant":{"type":"LEGAL_PERSON","id":"91640100MA76A1B2CR","enterpriseScale":"LARGE"}}""");
        assertThat(fee.statusCode()).as(fee.body()).isEqualTo(200);
        var feeRow = jdbc.sql("select kind, route, outcome from decision_audit order by id desc limit 1").query().singleRow();
        assertThat(feeRow.get("kind")).isEqualTo("FEE");
        assertThat(feeRow.get("route")).isNull();
        assertThat(feeRow.get("outcome")).isEqualTo("80.00");

        // The ledger on PostgreSQL: a 告知承诺 case verified false revokes and writes a credit record there.
        HttpResponse<String> opened = post("/api/v1/cases", """
                {"jurisdiction":"410700","matterCode":"XX-SPJY-001","asOf":"2026-06-01","route":"COMMITMENT",
                 "applicant":{"type":"NATURAL_PERSON","id":"410702194008152347"},
                 "materials":[{"code":"M01","status":"PROVIDED"}],"commitmentLetter":{"signed":true}}""");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String caseId = opened.body().replaceAll(".*\"caseId\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> verified = post("/api/v1/cases/" + caseId + "/verifications",
                "{\"date\":\"2026-06-10\",\"result\":\"FALSE_COMMITMENT\"}");
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(jdbc.sql("select state from case_file where case_id = :id").param("id", caseId).query(String.class).single())
                .isEqualTo("REVOKED");
        assertThat(jdbc.sql("select count(*) from credit_record where case_id = :id and severity = 'FALSE_COMMITMENT'")
                .param("id", caseId).query(Integer.class).single()).isEqualTo(1);

        // V5: one case for a 一件事一次办 bundle accepted with deficiency, with its matters.
        HttpResponse<String> bundle = post("/api/v1/decisions/bundle-acceptance", """
                {"jurisdiction":"410700","bundleCode":"XX-YJS-001","asOf":"2026-03-02",
                 "applicant":{"type":"NATURAL_PERSON","id":"410702194008152347"},
                 "materials":[{"code":"B01","status":"PROVIDED"},{"code":"B02","status":"PROVIDED"},
                              {"code":"B03","status":"PROVIDED"},{"code":"B04","status":"PROVIDED"},
                              {"code":"B05","status":"PROVIDED"}],
                 "commitment":{"signed":true,"supplementBy":"2026-03-06"}}""");
        assertThat(bundle.statusCode()).as(bundle.body()).isEqualTo(200);
        String bundleCase = bundle.body().replaceAll(".*\"caseId\":\"([^\"]+)\".*", "$1");
        assertThat(jdbc.sql("select bundle_code from case_file where case_id = :id").param("id", bundleCase)
                .query(String.class).single()).isEqualTo("XX-YJS-001");
        assertThat(jdbc.sql("select matter_code from case_matter where case_id = :id order by position")
                .param("id", bundleCase).query(String.class).list()).containsExactly("XX-GTGS-004", "XX-SPJY-001");
    }

    @Test
    void theInstanceRecordsItsHeartbeatAndTheVersionItServesForTheOtherReplicas() throws Exception {
        HttpResponse<String> any = TestApi.HTTP.send(TestApi.authorized(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/ruleset/replicas")).GET().build(),
                TestApi.CONFIGURED_TOKENS), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(any.statusCode()).as(any.body()).isEqualTo(200);
        String replica = any.headers().firstValue("X-Zwfw-Replica").orElseThrow();
        String version = any.headers().firstValue("X-Zwfw-Ruleset").orElseThrow();
        // The postgres profile turns replica sync on: a heartbeat a second (waited for, bounded to stop a hung build).
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (jdbc.sql("select count(*) from service_replica where replica = :r").param("r", replica)
                .query(Integer.class).single() == 0 && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(jdbc.sql("select ruleset_version from service_replica where replica = :r").param("r", replica)
                .query(String.class).single()).isEqualTo(version);
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return TestApi.HTTP.send(TestApi.authorized(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                        TestApi.CONFIGURED_TOKENS), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
