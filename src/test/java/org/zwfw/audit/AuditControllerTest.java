package org.zwfw.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every acceptance decision is appended to the audit log, readable by applicant, matter and outcome. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditControllerTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String ID = "610103198804123458";

    @Value("${local.server.port}")
    int port;

    HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.header("Authorization", "Bearer auditor-dev-token").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void aDecisionIsLoggedWithTheApplicantHashedAndFoundByItsIdentifier() throws Exception {
        String body = """
                {"jurisdiction":"610100","matterCode":"XA-SPJY-001","asOf":"2026-05-06",
                 "applicant":{"type":"NATURAL_PERSON","id":"%s"},
                 "materials":[{"code":"M01","status":"PROVIDED"}]}""".formatted(ID);
        HttpResponse<String> decided = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/decisions/acceptance"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer intake-dev-token")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(decided.statusCode()).isEqualTo(200);

        // Other tests in this JVM may log decisions for the same applicant: the newest entry is this one.
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/v1/audit/decisions?applicantId=" + ID
                + "&matterCode=XA-SPJY-001&outcome=NOTIFY_SUPPLEMENT&limit=1")).GET());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain(ID);
        JsonNode entries = JSON.readTree(r.body());
        assertThat(entries.size()).isEqualTo(1);
        JsonNode e = entries.get(0);
        assertThat(e.path("caller").asString()).isEqualTo("intake-dev");
        assertThat(e.path("jurisdiction").asString()).isEqualTo("610100");
        assertThat(e.path("asOf").asString()).isEqualTo("2026-05-06");
        assertThat(e.path("rulesetVersion").asString()).matches("[0-9a-f]{64}");
        assertThat(e.path("reasons").isArray()).isTrue();
        assertThat(e.path("reasons").toString()).contains("中华人民共和国行政许可法 第三十二条");
        assertThat(e.path("request").path("applicant").path("id").asString()).isEqualTo(e.path("applicantHash").asString());

        String hash = e.path("applicantHash").asString();
        long id = e.path("id").asLong();
        JsonNode byHash = JSON.readTree(send(HttpRequest.newBuilder(uri("/api/v1/audit/decisions?applicantHash=" + hash)).GET()).body());
        assertThat(byHash.findValuesAsString("id")).contains(String.valueOf(id));
        assertThat(byHash.findValuesAsString("applicantHash")).containsOnly(hash);
        JsonNode otherOutcome = JSON.readTree(send(HttpRequest.newBuilder(
                uri("/api/v1/audit/decisions?applicantHash=" + hash + "&outcome=ACCEPT")).GET()).body());
        assertThat(otherOutcome.findValuesAsString("outcome")).allMatch("ACCEPT"::equals);
        assertThat(otherOutcome.findValuesAsString("id")).doesNotContain(String.valueOf(id));
    }

    @Test
    void aRejectedRequestIsNotLogged() throws Exception {
        String bad = """
                {"jurisdiction":"610100","matterCode":"XA-SPJY-001","asOf":"2026-05-07",
                 "applicant":{"type":"NATURAL_PERSON","id":"610103198804123459"}}""";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/decisions/acceptance"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(bad, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode none = JSON.readTree(send(HttpRequest.newBuilder(
                uri("/api/v1/audit/decisions?applicantId=610103198804123459")).GET()).body());
        assertThat(none.size()).isZero();
    }

    @Test
    void badFiltersAreNamed() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/v1/audit/decisions?from=2026-02-30&outcome=MAYBE&limit=0")).GET());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"from\"").contains("\"outcome\"").contains("\"limit\"");
    }
}
