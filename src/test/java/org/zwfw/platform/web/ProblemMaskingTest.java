package org.zwfw.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.zwfw.ServiceTest;
import org.zwfw.TestApi;
import org.zwfw.platform.security.Role;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An error answer names the bad field and never repeats an identifier: not a mistyped one, not one put in the wrong
 * field, not one in a path or query parameter, whatever status (400, 403, 404) the request earns.
 */
@ServiceTest
class ProblemMaskingTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String MISTYPED_PERSON = "640102199003150047";
    static final String MISTYPED_COMPANY = "91640100MA76A1B2CX";
    static final String PERSON = "640102199003150046";

    @Value("${local.server.port}")
    int port;

    HttpRequest post(String path, String type, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
    }

    static JsonNode problem(HttpResponse<String> r, int status, String... ids) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        for (String id : ids) {
            assertThat(r.body()).doesNotContain(id).doesNotContain(id.substring(0, 10)).doesNotContain(id.substring(6));
        }
        return JSON.readTree(r.body());
    }

    @Test
    void aBadIdentifierIsNamedByItsFieldNeverEchoed() throws Exception {
        JsonNode p = problem(TestApi.send(post("/api/v1/decisions/acceptance", "application/json", """
                {"jurisdiction":"640100","matterCode":"YC-SPJY-001","asOf":"2026-03-02",
                 "applicant":{"type":"NATURAL_PERSON","id":"%s"}}""".formatted(MISTYPED_PERSON))), 400, MISTYPED_PERSON);
        assertThat(p.path("errors").findValuesAsString("field")).contains("applicant.id");

        p = problem(TestApi.send(post("/api/v1/decisions/fee", "application/json", """
                {"jurisdiction":"640100","matterCode":"YC-BDC-003","asOf":"2026-01-15",
                 "applicant":{"type":"LEGAL_PERSON","id":"%s"}}""".formatted(MISTYPED_COMPANY))), 400, MISTYPED_COMPANY);
        assertThat(p.path("errors").findValuesAsString("field")).contains("applicant.id");

        p = problem(TestApi.send(post("/api/v1/policies/matches", "application/json", """
                {"jurisdiction":"410700","asOf":"2026-03-02","subject":{"type":"NATURAL_PERSON","id":"%s"}}"""
                .formatted(MISTYPED_PERSON))), 400, MISTYPED_PERSON);
        assertThat(p.path("errors").findValuesAsString("field")).contains("subject.id");

        p = problem(TestApi.send(post("/api/v1/credit-records", "application/json", """
                {"subjectId":"%s","record":"x","severity":"MINOR","recordedOn":"2026-01-05","source":"s"}"""
                .formatted(MISTYPED_PERSON))), 400, MISTYPED_PERSON);
        assertThat(p.path("errors").findValuesAsString("field")).contains("subjectId");
    }

    @Test
    void anIdentifierInTheWrongFieldOrAWrongTypeIsNotRepeated() throws Exception {
        JsonNode p = problem(TestApi.send(post("/api/v1/decisions/acceptance", "application/json", """
                {"jurisdiction":"%s","matterCode":"YC-SPJY-001","asOf":"2026-03-02",
                 "applicant":{"type":"NATURAL_PERSON","id":"%s"}}""".formatted(PERSON, PERSON))), 400, PERSON);
        assertThat(p.path("errors").findValuesAsString("field")).contains("jurisdiction");

        p = problem(TestApi.send(post("/api/v1/decisions/acceptance", "application/json", """
                {"jurisdiction":"640100","matterCode":"YC-SPJY-001","asOf":"2026-03-02",
                 "applicant":{"type":"NATURAL_PERSON","id":{"value":"%s"}}}""".formatted(PERSON))), 400, PERSON);
        assertThat(p.path("errors").findValuesAsString("field")).contains("applicant.id");

        p = problem(TestApi.send(post("/api/v1/credit-records/" + "64010219450302123X" + "/repair", "application/json",
                "{\"date\":\"2026-03-02\"}")), 400, "64010219450302123X");
        assertThat(p.path("errors").findValuesAsString("field")).containsExactly("id");
    }

    @Test
    void pathsAndQueriesCarryingAnIdentifierComeBackMasked() throws Exception {
        // An identifier is no case id: a 400 naming the parameter (issue 13), not a 404 looking for it.
        JsonNode p = problem(TestApi.send(get("/api/v1/cases/" + PERSON)), 400, PERSON);
        assertThat(p.path("errors").findValuesAsString("field")).containsExactly("caseId");
        problem(TestApi.send(get("/api/v1/no-such-thing/" + PERSON)), 404, PERSON);
        JsonNode denied = problem(TestApi.sendAs(Role.INTAKE, get("/api/v1/credit-records?subjectId=" + PERSON)), 403, PERSON);
        assertThat(denied.path("allowedRoles").toString()).contains("auditor");
        problem(TestApi.sendAnonymously(get("/api/v1/cases/" + PERSON)), 401, PERSON);
    }
}
