package org.zwfw.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.zwfw.TestApi;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bodies over their configured limit (small here) are answered 413 problem+json naming the body — declared by
 * Content-Length or found while reading one sent without it — for JSON decisions, what-if batches, credit imports and
 * population batches; a body within its limit is served; an anonymous caller gets 401 before any body is looked at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"zwfw.limits.json-body=4KB", "zwfw.limits.what-if-body=12KB", "zwfw.limits.csv-body=16KB"})
class BodySizeLimitTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    /** An acceptance request padded with a long (ignored, unknown-code-free) whitespace run to {@code size} bytes. */
    static String acceptance(int size) {
        String head = """
                {"jurisdiction":"640100","matterCode":"YC-SPJY-001","asOf":"2026-03-02",
                 "applicant":{"type":"LEGAL_PERSON","id":"91640100MA76A1B2CR"},"materials":[]""";
        return head + " ".repeat(Math.max(0, size - head.length() - 1)) + "}";
    }

    HttpRequest post(String path, String type, String body, boolean declareLength) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher publisher = declareLength ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                : HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Content-Type", type)
                .POST(publisher).build();
    }

    void assertTooLarge(HttpResponse<String> r, long limit) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.path("status").asInt()).isEqualTo(413);
        assertThat(p.path("maxBytes").asLong()).isEqualTo(limit);
        assertThat(p.path("errors").get(0).path("field").asString()).isEqualTo("body");
    }

    @Test
    void aJsonBodyOverItsLimitIsRefusedWhetherDeclaredOrNot() throws Exception {
        assertThat(TestApi.send(post("/api/v1/decisions/acceptance", "application/json", acceptance(4000), true))
                .statusCode()).isEqualTo(200);
        assertTooLarge(TestApi.send(post("/api/v1/decisions/acceptance", "application/json", acceptance(5000), true)), 4096);
        assertTooLarge(TestApi.send(post("/api/v1/decisions/acceptance", "application/json", acceptance(5000), false)), 4096);
        assertTooLarge(TestApi.send(post("/api/v1/decisions/fee", "application/json;charset=UTF-8", acceptance(5000), false)), 4096);
    }

    @Test
    void whatIfBatchesHaveTheirOwnLimit() throws Exception {
        String batch = "{\"proposal\":\"CURRENT\",\"cases\":[" + ",".repeat(0) + "{\"case\":\"" + "x".repeat(6000) + "\"}]}";
        assertThat(TestApi.send(post("/api/v1/ruleset/what-if", "application/json", batch, true)).statusCode())
                .isNotEqualTo(413);
        String big = "{\"proposal\":\"CURRENT\",\"cases\":[{\"case\":\"" + "x".repeat(13000) + "\"}]}";
        assertTooLarge(TestApi.send(post("/api/v1/ruleset/what-if", "application/json", big, false)), 12288);
    }

    @Test
    void csvImportsAndPopulationBatchesOverTheirLimitAreRefused() throws Exception {
        StringBuilder csv = new StringBuilder("subject_id,record,severity,recorded_on,repaired_on,source\n");
        while (csv.length() < 17000) {
            csv.append("91640100MA76A1B2CR,行政处罚（一般）,MINOR,2026-01-05,,信用平台\n");
        }
        assertTooLarge(TestApi.send(post("/api/v1/credit-records:import", "text/csv", csv.toString(), true)), 16384);
        assertTooLarge(TestApi.send(post("/api/v1/credit-records:import", "text/csv", csv.toString(), false)), 16384);
        StringBuilder population = new StringBuilder("key,type,age\n");
        for (int i = 0; population.length() < 17000; i++) {
            population.append("k").append(i).append(",NATURAL_PERSON,30\n");
        }
        assertTooLarge(TestApi.send(post("/api/v1/policies/matches:batch?jurisdiction=610100&asOf=2026-03-02",
                "text/csv", population.toString(), true)), 16384);
    }

    @Test
    void anAnonymousCallerIsRefusedBeforeItsBodyIsLookedAt() throws Exception {
        HttpResponse<String> r = TestApi.sendAnonymously(post("/api/v1/decisions/acceptance", "application/json",
                acceptance(5000), true));
        assertThat(r.statusCode()).isEqualTo(401);
    }
}
