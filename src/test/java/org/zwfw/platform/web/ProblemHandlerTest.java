package org.zwfw.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.zwfw.ServiceTest;
import org.zwfw.TestApi;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every 4xx problem names what is wrong in {@code errors}, in the shape the 400s use ({@code field}, {@code message}):
 * a 404 names the path or the id parameter that found nothing, a 405 the method, a 409 what the conflict is about.
 */
@ServiceTest
class ProblemHandlerTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PERSON = "640102199003150046";

    @Value("${local.server.port}")
    int port;

    HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return TestApi.send(at(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /** The problem answer, checked for its media type, status and an {@code errors} member of field/message pairs. */
    static JsonNode problem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.path("status").asInt()).isEqualTo(status);
        // Every error answer names its kind: a URI of this API's problem types, never about:blank.
        assertThat(p.path("type").asString()).as(r.body()).startsWith("https://zwfw-rules.example/problems/");
        assertThat(p.path("errors").isArray()).as(r.body()).isTrue();
        assertThat(p.path("errors").size()).as(r.body()).isPositive();
        p.path("errors").forEach(e -> {
            assertThat(e.path("field").asString()).as(r.body()).isNotBlank();
            assertThat(e.path("message").asString()).as(r.body()).isNotBlank();
        });
        return p;
    }

    @Test
    void anUnsupportedMediaTypeIsA415WithItsType() throws Exception {
        HttpResponse<String> r = TestApi.send(at("/api/v1/decisions/acceptance").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}", StandardCharsets.UTF_8)).build());
        JsonNode p = problem(r, 415);
        assertThat(p.path("type").asString()).isEqualTo("https://zwfw-rules.example/problems/unsupported-media-type");
        assertThat(p.path("errors").findValuesAsString("field")).containsExactly("Content-Type");
    }

    @Test
    void a404NamesTheUnknownPathOrTheIdParameterWithoutEchoingIt() throws Exception {
        HttpResponse<String> unknownPath = TestApi.send(at("/api/v1/no-such-thing/" + PERSON).GET().build());
        JsonNode p = problem(unknownPath, 404);
        assertThat(p.path("errors").findValuesAsString("field")).containsExactly("path");
        assertThat(unknownPath.body()).doesNotContain(PERSON);

        JsonNode noCase = problem(TestApi.send(at("/api/v1/cases/CASE-0000000000").GET().build()), 404);
        assertThat(noCase.path("errors").findValuesAsString("field")).containsExactly("caseId");

        JsonNode noJurisdiction = problem(TestApi.send(at("/api/v1/jurisdictions/999999").GET().build()), 404);
        assertThat(noJurisdiction.path("errors").findValuesAsString("field")).containsExactly("code");
    }

    @Test
    void a405NamesTheMethodAndTheMethodsThePathTakes() throws Exception {
        HttpResponse<String> r = TestApi.send(at("/api/v1/decisions/acceptance").GET().build());
        JsonNode p = problem(r, 405);
        assertThat(p.path("errors").findValuesAsString("field")).containsExactly("method");
        assertThat(p.path("errors").get(0).path("message").asString()).contains("POST");
    }

    @Test
    void a409NamesTheDateThatCameAfterTheDeadline() throws Exception {
        HttpResponse<String> opened = post("/api/v1/cases", """
                {"jurisdiction":"410700","matterCode":"XX-SPJY-001","asOf":"2026-03-02",
                 "applicant":{"type":"LEGAL_PERSON","id":"91410700MA47D3E4F1"},
                 "materials":[{"code":"M01","status":"PROVIDED"},{"code":"M04","status":"PROVIDED"},
                              {"code":"M05","status":"PROVIDED"},{"code":"M06","status":"MISSING"}],
                 "commitment":{"signed":true}}""");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        JsonNode c = JSON.readTree(opened.body());
        assertThat(c.path("state").asString()).isEqualTo("PENDING_SUPPLEMENT");
        LocalDate deadline = LocalDate.parse(c.path("decision").path("supplement").path("deadline").asString());

        HttpResponse<String> late = post("/api/v1/cases/" + c.path("caseId").asString() + "/supplements",
                "{\"date\":\"" + deadline.plusDays(10) + "\",\"materials\":[\"M06\"]}");
        JsonNode p = problem(late, 409);
        assertThat(p.path("deadline").asString()).isEqualTo(deadline.toString());
        assertThat(p.path("errors").findValuesAsString("field")).containsExactly("date");
        assertThat(p.path("errors").get(0).path("message").asString()).contains(deadline.toString());
    }
}
