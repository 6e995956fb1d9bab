package org.zwfw.governance.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.zwfw.ServiceTest;
import org.zwfw.TestApi;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The analyst what-if endpoints through the real service: a batch, the HTML page, bad input, a replay of the log. */
@ServiceTest
class WhatIfApiTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PREGNANT = """
            {"jurisdiction":"640100","matterCode":"YC-SPJY-001","asOf":"2025-12-15","channel":"ONLINE",
             "applicant":{"type":"NATURAL_PERSON","id":"64010219450302123X","groups":["PREGNANT"]},
             "materials":[{"code":"M01","status":"PROVIDED"},{"code":"M04","status":"PROVIDED"},
                          {"code":"M05","status":"PROVIDED"},{"code":"M06","status":"PROVIDED"}]}""";
    static final String MINOR_RECORD_COMMITS = """
            {"jurisdiction":"640100","matterCode":"YC-SPJY-001","asOf":"2026-03-02","route":"COMMITMENT","channel":"ONLINE",
             "applicant":{"type":"LEGAL_PERSON","id":"91640100MA76Q3R4TH","groups":[]},
             "materials":[{"code":"M01","status":"PROVIDED"},{"code":"M04","status":"PROVIDED"},
                          {"code":"M05","status":"PROVIDED"},{"code":"M06","status":"PROVIDED"}],
             "commitment":{"signed":true}}""";

    @Value("${local.server.port}")
    int port;

    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    Answer post(String path, String body) throws Exception {
        HttpResponse<String> r = TestApi.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    static String sampleBatch() throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.put("base", "yinchuan-measures-2025");
        body.put("proposal", "yinchuan-draft-2025");
        var cases = body.putArray("cases");
        for (String line : Files.readAllLines(Path.of("samples/what-if/yinchuan-draft-vs-2025.jsonl"), StandardCharsets.UTF_8)) {
            cases.add(JSON.readTree(line));
        }
        return body.toString();
    }

    static JsonNode change(JsonNode report, int line, String part) {
        for (JsonNode d : report.path("differences")) {
            if (d.path("line").asInt() == line) {
                for (JsonNode c : d.path("changes")) {
                    if (c.path("part").asString().equals(part)) {
                        return c;
                    }
                }
            }
        }
        throw new AssertionError("no change of " + part + " at " + line + " in " + report);
    }

    @Test
    void aBatchReportsTheDraftsDifferencesWithTheirClauses() throws Exception {
        Answer a = post("/api/v1/ruleset/what-if", sampleBatch());
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode r = a.json();
        List<Integer> lines = new ArrayList<>();
        r.path("differences").forEach(d -> lines.add(d.path("line").asInt()));
        assertThat(lines).containsExactly(0, 3, 4, 5, 7, 9);
        assertThat(change(r, 0, "supplement.lateConsequence").path("proposalClauses").toString())
                .contains("银川市政务服务管理办法（草案） 第二十二条");
        assertThat(change(r, 5, "priorityService").path("baseClauses").toString()).contains("银川市政务服务管理办法 第三十二条");
        // Credit records come from the service's store here (the sample records loaded at start).
        JsonNode credit = change(r, 7, "outcome");
        assertThat(credit.path("base").asString()).isEqualTo("APPROVE_BY_COMMITMENT");
        assertThat(credit.path("proposalClauses").toString()).contains("银川市政务服务管理办法（草案） 第二十三条");
        assertThat(r.path("base").path("version").asString()).matches("[0-9a-f]{64}");
        assertThat(a.body()).doesNotContain("64010219450302123X").doesNotContain("91640100MA76Q3R4TH");
    }

    @Test
    void aBatchOfBundlesIsComparedOverHttpAsOffline() throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.put("base", "CURRENT");
        body.put("proposal", "yinchuan-draft-2025");
        var cases = body.putArray("cases");
        for (String line : Files.readAllLines(Path.of("samples/what-if/yinchuan-draft-vs-2025-bundles.jsonl"),
                StandardCharsets.UTF_8)) {
            cases.add(JSON.readTree(line));
        }
        Answer a = post("/api/v1/ruleset/what-if", body.toString());
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode r = a.json();
        List<Integer> lines = new ArrayList<>();
        r.path("differences").forEach(d -> lines.add(d.path("line").asInt()));
        // Indexes in cases: the sample's lines 3–6 (BundlesWhatIfTest), decided here on the rule set in service.
        assertThat(lines).containsExactly(2, 3, 4, 5);
        assertThat(change(r, 4, "outcome").path("proposalClauses").toString()).contains("银川市政务服务管理办法（草案） 第二十四条");
        assertThat(r.path("differences").get(0).path("kind").asString()).isEqualTo("BUNDLE");
        assertThat(a.body()).doesNotContain("64010219450302123X");
    }

    @Test
    void theHtmlPageIsReadableAndMasksApplicants() throws Exception {
        Answer a = post("/api/v1/ruleset/what-if?format=html", sampleBatch());
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("text/html");
        assertThat(a.body()).contains("<h2>Differences</h2>", "银川市政务服务管理办法 第二十五条", "WITHDRAWN", "64**************3X")
                .doesNotContain("64010219450302123X");
    }

    @Test
    void badInputIsAProblemNamingEachField() throws Exception {
        Answer a = post("/api/v1/ruleset/what-if?format=xml",
                "{\"base\":\"no-such-law\",\"cases\":[{\"case\":\"x\",\"acceptance\":{}},42,{\"case\":\"y\"}]}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        a.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("format", "base", "proposal", "cases[1]", "cases[2]");

        assertThat(post("/api/v1/ruleset/what-if", "{\"proposal\":\"yinchuan-draft-2025\",\"cases\":[]}").json()
                .path("errors").get(0).path("field").asString()).isEqualTo("cases");
        Answer malformed = post("/api/v1/ruleset/what-if", "{\"proposal\":");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        Answer replay = post("/api/v1/ruleset/what-if/replay", "{\"proposal\":\"yinchuan-draft-2025\",\"from\":\"2025-13-01\",\"limit\":0}");
        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.body()).contains("\"field\":\"from\"", "\"field\":\"limit\"");
    }

    @Test
    void anInvalidRequestInTheBatchIsReportedNotFailed() throws Exception {
        Answer a = post("/api/v1/ruleset/what-if", """
                {"proposal":"yinchuan-draft-2025","cases":[{"case":"bad date","acceptance":
                  {"jurisdiction":"640100","matterCode":"YC-SPJY-001","asOf":"2025-02-30",
                   "applicant":{"type":"LEGAL_PERSON","id":"91640100MA76A1B2CR"}}}]}""");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("invalid").get(0).path("errors").get(0).path("field").asString()).isEqualTo("asOf");
        assertThat(a.json().path("summary").path("invalid").asInt()).isEqualTo(1);
    }

    @Test
    void replayingTheAuditLogShowsWhichPastDecisionsWouldChange() throws Exception {
        assertThat(post("/api/v1/decisions/acceptance", PREGNANT).status()).isEqualTo(200);
        assertThat(post("/api/v1/decisions/acceptance", MINOR_RECORD_COMMITS).status()).isEqualTo(200);
        // The two newest logged decisions (other tests in this JVM may have logged older ones).
        Answer a = post("/api/v1/ruleset/what-if/replay",
                "{\"base\":\"CURRENT\",\"proposal\":\"yinchuan-draft-2025\",\"matterCode\":\"YC-SPJY-001\",\"limit\":2}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode r = a.json();
        assertThat(r.path("summary").path("differing").asInt()).isEqualTo(2);
        JsonNode commitment = r.path("differences").get(0);
        assertThat(commitment.path("logged").path("outcome").asString()).isEqualTo("APPROVE_BY_COMMITMENT");
        assertThat(commitment.path("applicant").asString()).matches("hash:[0-9a-f]{12}");
        assertThat(commitment.path("changes").get(0).path("proposal").asString()).isEqualTo("ACCEPT");
        assertThat(commitment.path("changes").get(0).path("proposalClauses").toString())
                .contains("银川市政务服务管理办法（草案） 第二十三条");
        JsonNode pregnant = r.path("differences").get(1);
        assertThat(pregnant.path("logged").path("outcome").asString()).isEqualTo("ACCEPT");
        assertThat(pregnant.path("changes").get(0).path("part").asString()).isEqualTo("priorityService");
        assertThat(a.body()).doesNotContain("64010219450302123X").doesNotContain("91640100MA76Q3R4TH");
    }
}
