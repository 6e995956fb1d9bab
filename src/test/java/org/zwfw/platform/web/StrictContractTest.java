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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The strict contract (issue 13): an unknown or misspelled field of a request body, at any depth, is a 400 naming it
 * by its JSON path with the nearest field names; a value of the wrong JSON type names the field and what was expected;
 * an identifier of the other kind than applicant.type asks for is named as a type mismatch; a jurisdiction in another
 * script is named and shown as sent. OpenAPI says unknown fields are rejected.
 */
@ServiceTest
class StrictContractTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The README's 银川 example. */
    static final String README = org.zwfw.ApiExamples.ACCEPTANCE;

    @Value("${local.server.port}")
    int port;

    HttpResponse<String> post(String path, String body) throws Exception {
        return TestApi.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    static JsonNode error(HttpResponse<String> r, String field) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = JSON.readTree(r.body());
        for (JsonNode e : p.path("errors")) {
            if (field.equals(e.path("field").asString())) {
                return e;
            }
        }
        throw new AssertionError("no error names " + field + ": " + r.body());
    }

    @Test
    void theReadmeRequestWithComitmentIsA400SuggestingCommitment() throws Exception {
        assertThat(post("/api/v1/decisions/acceptance", README).statusCode()).isEqualTo(200);
        JsonNode e = error(post("/api/v1/decisions/acceptance", README.replace("\"commitment\"", "\"comitment\"")),
                "comitment");
        assertThat(e.path("message").asString()).contains("did you mean `commitment`");
        // The same on POST /cases: nothing is decided or opened on a misspelled request.
        e = error(post("/api/v1/cases", README.replace("\"commitment\"", "\"comitment\"")), "comitment");
        assertThat(e.path("message").asString()).contains("`commitment`");
    }

    @Test
    void unknownFieldsAreNamedByTheirPathAtAnyDepth() throws Exception {
        JsonNode e = error(post("/api/v1/decisions/acceptance", README.replace("\"groups\"", "\"grups\"")),
                "applicant.grups");
        assertThat(e.path("message").asString()).contains("`groups`");
        e = error(post("/api/v1/decisions/acceptance", README.replace("\"status\": \"MISSING\"",
                "\"status\": \"MISSING\", \"foo\": 1")), "materials[3].foo");
        assertThat(e.path("message").asString()).contains("unknown fields are rejected");
        error(post("/api/v1/decisions/acceptance", README.replace("\"supplementBy\"", "\"supplementby\"")),
                "commitment.supplementby");
        error(post("/api/v1/decisions/fee", """
                {"jurisdiction":"640100","matterCode":"YC-BDC-003","asOf":"2026-01-15","certificate":2,
                 "applicant":{"type":"LEGAL_PERSON","id":"91640100MA76A1B2CR"}}"""), "certificate");
        error(post("/api/v1/credit-records/1/repair", "{\"date\":\"2026-02-01\",\"dat\":\"x\"}"), "dat");
        // Inside a what-if batch: named with the case's place in it.
        e = error(post("/api/v1/ruleset/what-if", "{\"cases\":[{\"case\":\"a\",\"acceptance\":"
                + README.replace("\"commitment\"", "\"comitment\"") + "}]}"), "cases[0].acceptance.comitment");
        assertThat(e.path("message").asString()).contains("`commitment`");
    }

    @Test
    void aValueOfTheWrongTypeNamesWhatWasExpected() throws Exception {
        JsonNode e = error(post("/api/v1/decisions/acceptance", README.replace("\"YC-SPJY-001\"", "12")), "matterCode");
        assertThat(e.path("message").asString()).contains("type mismatch", "a string", "not a number");
        e = error(post("/api/v1/decisions/acceptance", README.replace("\"signed\": true", "\"signed\": \"yes\"")),
                "commitment.signed");
        assertThat(e.path("message").asString()).contains("true or false");
        e = error(post("/api/v1/decisions/acceptance", README.replace("\"groups\": []", "\"groups\": \"MILITARY\"")),
                "applicant.groups");
        assertThat(e.path("message").asString()).contains("an array");
    }

    @Test
    void anIdentifierOfTheOtherKindIsATypeMismatch() throws Exception {
        JsonNode e = error(post("/api/v1/decisions/acceptance",
                README.replace("\"LEGAL_PERSON\"", "\"NATURAL_PERSON\"")), "applicant.id");
        assertThat(e.path("message").asString())
                .contains("applicant.type is NATURAL_PERSON but applicant.id is a 统一社会信用代码");
        HttpResponse<String> r = post("/api/v1/decisions/acceptance",
                README.replace("91640100MA76A1B2CR", "640102199003150046"));
        e = error(r, "applicant.id");
        assertThat(e.path("message").asString()).contains("applicant.type is LEGAL_PERSON but applicant.id is a 身份证号");
        assertThat(r.body()).doesNotContain("640102199003150046");
        e = error(post("/api/v1/policies/matches", """
                {"jurisdiction":"410700","asOf":"2026-03-02","subject":{"type":"NATURAL_PERSON","id":"91640100MA76A1B2CR"}}"""),
                "subject.id");
        assertThat(e.path("message").asString()).contains("subject.type is NATURAL_PERSON but subject.id is a 统一社会信用代码");
    }

    @Test
    void aJurisdictionInAnotherScriptIsShownAsSent() throws Exception {
        JsonNode e = error(post("/api/v1/decisions/acceptance", README.replace("\"640100\"", "\"银川市\"")), "jurisdiction");
        assertThat(e.path("message").asString()).contains("银川市").doesNotContain("???");
        e = error(post("/api/v1/decisions/fee", """
                {"jurisdiction":"银川","matterCode":"YC-BDC-003","asOf":"2026-01-15",
                 "applicant":{"type":"LEGAL_PERSON","id":"91640100MA76A1B2CR"}}"""), "jurisdiction");
        assertThat(e.path("message").asString()).contains("银川").doesNotContain("??");
    }

    @Test
    void openApiSaysUnknownFieldsAreRejected() throws Exception {
        HttpResponse<String> r = TestApi.sendAnonymously(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/v3/api-docs")).GET().build());
        JsonNode doc = JSON.readTree(r.body());
        JsonNode schemas = doc.path("components").path("schemas");
        for (String s : new String[] {"AcceptanceRequest", "Applicant", "MaterialEntry", "Commitment", "FeeRequest"}) {
            assertThat(schemas.path(s).path("additionalProperties").isBoolean()).as(s).isTrue();
            assertThat(schemas.path(s).path("additionalProperties").asBoolean()).as(s).isFalse();
        }
        assertThat(doc.path("paths").path("/api/v1/decisions/acceptance").path("post").path("description").asString())
                .contains("unknown or misspelled field");
    }
}
