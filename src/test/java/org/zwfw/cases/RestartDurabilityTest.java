package org.zwfw.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.zwfw.ZwfwRulesApplication;
import org.zwfw.TestApi;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The default embedded store is a file: a case, its events and the audit record survive a stop and a start of
 * the service on the same file.
 */
@Tag("slow") // a restart: two service starts on one file; run by mvn test -Pslow
class RestartDurabilityTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ZwfwRulesApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("zwfw") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
    }

    static int port(ConfigurableApplicationContext ctx) {
        return Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
    }

    static JsonNode call(int port, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        b = body == null ? b.GET() : b.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<String> r = TestApi.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
        return JSON.readTree(r.body());
    }

    @Test
    void casesEventsAndAuditRecordsSurviveARestart() throws Exception {
        String caseId;
        try (ConfigurableApplicationContext first = start()) {
            int port = port(first);
            JsonNode opened = call(port, "/api/v1/cases", """
                    {"jurisdiction":"410700","matterCode":"XX-SPJY-001","asOf":"2026-03-02",
                     "applicant":{"type":"LEGAL_PERSON","id":"91410700MA47D3E4F1"},
                     "materials":[{"code":"M01","status":"PROVIDED"},{"code":"M04","status":"PROVIDED"},
                                  {"code":"M05","status":"MISSING"},{"code":"M06","status":"MISSING"}],
                     "commitment":{"signed":true}}""");
            caseId = opened.path("caseId").asString();
            call(port, "/api/v1/cases/" + caseId + "/supplements", """
                    {"date":"2026-03-05","materials":["M05"]}""");
        }
        try (ConfigurableApplicationContext second = start()) {
            int port = port(second);
            JsonNode read = call(port, "/api/v1/cases/" + caseId + "?asOf=2026-03-06", null);
            assertThat(read.path("state").asString()).isEqualTo("PENDING_SUPPLEMENT");
            assertThat(read.path("missing").toString()).isEqualTo("[\"M06\"]");
            assertThat(read.path("history").size()).isEqualTo(2);
            JsonNode audit = call(port, "/api/v1/audit/decisions?applicantId=91410700MA47D3E4F1", null);
            assertThat(audit.findValuesAsString("caseId")).contains(caseId);
            assertThat(call(port, "/api/v1/cases/" + caseId + "?asOf=2026-03-17", null).path("state").asString())
                    .isEqualTo("WITHDRAWN");
        }
    }
}
