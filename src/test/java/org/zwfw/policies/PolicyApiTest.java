package org.zwfw.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.zwfw.ServiceTest;
import org.zwfw.TestApi;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The policy endpoints: dictionary, catalog, one subject, bad input by field, and the streaming population run. */
@ServiceTest
class PolicyApiTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    HttpResponse<String> post(String path, String type, String body) throws Exception {
        return TestApi.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    JsonNode get(String path) throws Exception {
        return JSON.readTree(TestApi.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
    }

    @Test
    void theDictionaryAndTheCatalogArePublished() throws Exception {
        JsonNode attributes = get("/api/v1/policies/attributes");
        assertThat(attributes.findValuesAsString("name")).contains("age", "employees", "annualTaxableIncome", "totalAssets");
        assertThat(attributes.get(0).has("type")).isTrue();
        assertThat(attributes.get(0).has("unit")).isTrue();
        assertThat(attributes.get(0).has("meaning")).isTrue();
        JsonNode policies = get("/api/v1/policies");
        assertThat(policies.findValuesAsString("code")).contains("SMALL-PROFIT-CIT", "ELDERLY-ALLOWANCE-SX", "JOB-STABILITY-REFUND");
        // Each policy says whether its figures are real or sample data, and a sample's basis says so too; the sample
        // rules have both kinds.
        Map<String, String> quality = new HashMap<>();
        for (JsonNode p : policies) {
            String code = p.path("code").asString();
            quality.put(code, p.path("dataQuality").asString());
            assertThat(p.path("basis").asString().startsWith("示例数据")).as("%s: %s", code, p)
                    .isEqualTo(p.path("dataQuality").asString().equals("sample"));
        }
        assertThat(quality).containsEntry("SMALL-PROFIT-CIT", "real").containsEntry("ELDERLY-ALLOWANCE-SX", "sample");
        assertThat(quality.values()).allMatch(q -> q.equals("real") || q.equals("sample"));
    }

    @Test
    void badSubjectsAreNamedByField() throws Exception {
        HttpResponse<String> r = post("/api/v1/policies/matches", "application/json", """
                {"jurisdiction":"999999","asOf":"2026-02-30","subject":{"type":"ROBOT","id":"610103198804123450",
                 "attributes":{"age":"old","salary":1,"layoffRate":2},"sources":{"age":"RUMOUR"}}}""");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode errors = JSON.readTree(r.body()).path("errors");
        assertThat(errors.findValuesAsString("field")).contains("jurisdiction", "asOf", "subject.type",
                "subject.attributes.age", "subject.attributes.salary", "subject.attributes.layoffRate",
                "subject.sources.age");
        assertThat(r.body()).doesNotContain("610103198804123450");
    }

    @Test
    void aPopulationStreamsBackInInputOrderWithBadRowsByLine() throws Exception {
        String csv = """
                key,type,age
                P1,NATURAL_PERSON,80
                P2,NATURAL_PERSON,79
                P3,ALIEN,95
                P4,NATURAL_PERSON,101
                """;
        HttpResponse<String> r = post("/api/v1/policies/matches:batch?jurisdiction=610100&asOf=2026-03-02", "text/csv", csv);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(r.body().lines().toList()).containsExactly(
                "line,key,policy,tier,amount,unit,error",
                "2,P1,ELDERLY-ALLOWANCE-SX,80-89岁,100.0,元/月,",
                "4,,,,,,type: must be NATURAL_PERSON or LEGAL_PERSON",
                "5,P4,ELDERLY-ALLOWANCE-SX,100岁及以上,300.0,元/月,");
    }

    static final String BATCH = "/api/v1/policies/matches:batch";

    /** A refused population run: 400 problem+json naming the fields, and not a byte of CSV output. */
    static List<String> refusedFields(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(r.body()).doesNotContain("line,key,policy");
        return JSON.readTree(r.body()).path("errors").findValuesAsString("field");
    }

    HttpResponse<String> postCsv(String query, String csv, String accept) throws Exception {
        return TestApi.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + BATCH + query))
                        .header("Content-Type", "text/csv").header("Accept", accept)
                        .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aBadHeaderIsRefusedBeforeAnythingIsStreamed() throws Exception {
        String ok = "?jurisdiction=610100&asOf=2026-03-02";
        assertThat(refusedFields(postCsv(ok, "type,age\nNATURAL_PERSON,80\n", "text/csv")))
                .containsExactly("header.key");
        assertThat(refusedFields(postCsv(ok, "key,age\nP1,80\n", "*/*"))).containsExactly("header.type");
        assertThat(refusedFields(postCsv(ok, "key,type,age,salary\nP1,NATURAL_PERSON,80,1\n", "text/csv")))
                .containsExactly("header.salary");
        assertThat(refusedFields(postCsv(ok, "key,type,age,age\nP1,NATURAL_PERSON,80,81\n", "text/csv")))
                .containsExactly("header.age");
        assertThat(refusedFields(postCsv(ok, "key,type,,age\nP1,NATURAL_PERSON,,80\n", "text/csv")))
                .containsExactly("header");
        assertThat(refusedFields(postCsv(ok, "", "text/csv"))).containsExactlyInAnyOrder("header.key", "header.type");
    }

    @Test
    void aBadJurisdictionOrDateIsRefusedBeforeAnythingIsStreamed() throws Exception {
        String csv = "key,type,age\nP1,NATURAL_PERSON,80\n";
        assertThat(refusedFields(postCsv("?jurisdiction=999999&asOf=2026-02-30", csv, "text/csv")))
                .containsExactlyInAnyOrder("jurisdiction", "asOf");
        assertThat(refusedFields(postCsv("?asOf=2026-03-02", csv, "text/csv"))).containsExactly("jurisdiction");
        // Everything at once: each named in one answer.
        assertThat(refusedFields(postCsv("?jurisdiction=610100&asOf=someday", "key,salary\n", "text/csv")))
                .containsExactlyInAnyOrder("asOf", "header.type", "header.salary");
    }

    @Test
    void aLongPopulationIsReplayedWholeAfterItsHeaderIsChecked() throws Exception {
        // Far more than the reader's buffer: the header is read ahead, then every row from line 2 on is matched.
        StringBuilder csv = new StringBuilder("key,type,age\n");
        int rows = 20_000;
        for (int i = 0; i < rows; i++) {
            csv.append("P").append(i).append(",NATURAL_PERSON,").append(i % 2 == 0 ? 80 : 79).append('\n');
        }
        HttpResponse<String> r = postCsv("?jurisdiction=610100&asOf=2026-03-02", csv.toString(), "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        List<String> lines = r.body().lines().toList();
        assertThat(lines).hasSize(1 + rows / 2);
        assertThat(lines.get(1)).isEqualTo("2,P0,ELDERLY-ALLOWANCE-SX,80-89岁,100.0,元/月,");
        assertThat(lines.get(lines.size() - 1)).startsWith((rows) + ",P" + (rows - 2) + ",");
    }

    @Test
    void policyListsNameTheirClauseAndBadParametersAreNamed() throws Exception {
        JsonNode xinxiang = get("/api/v1/policies/lists?jurisdiction=410700&asOf=2026-03-02");
        assertThat(xinxiang.path("lists").findValuesAsString("class"))
                .containsExactly("ENTERPRISE", "PEOPLE", "TALENT", "INVESTMENT", "FINANCE");
        assertThat(xinxiang.path("lists").findValuesAsString("clause")).containsOnly("新乡市政务服务条例 第二十四条");
        assertThat(xinxiang.path("ruleset").path("instruments").toString()).contains("新乡市政务服务条例");
        HttpResponse<String> bad = TestApi.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/policies/lists?jurisdiction=999999&asOf=2026-02-30")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("jurisdiction", "asOf");
    }

    @Test
    void nearMissesSayWhichConditionFailedAndByHowMuch() throws Exception {
        String body = """
                {"jurisdiction":"640100","asOf":"2026-03-02","nearMisses":true,
                 "subject":{"type":"LEGAL_PERSON","attributes":{"annualTaxableIncome":1000000,"employees":301,
                 "totalAssets":1000000},"sources":{"employees":"SHARED"}}}""";
        HttpResponse<String> r = post("/api/v1/policies/matches", "application/json", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(r.body());
        assertThat(answer.path("matches").size()).isZero();
        JsonNode miss = null;
        for (JsonNode n : answer.path("nearMisses")) {
            if (n.path("policy").asString().equals("SMALL-PROFIT-CIT")) {
                miss = n;
            }
        }
        assertThat(miss).as(r.body()).isNotNull();
        assertThat(miss.path("failed").size()).isEqualTo(1);
        assertThat(miss.path("failed").get(0).path("attribute").asString()).isEqualTo("employees");
        assertThat(miss.path("failed").get(0).path("condition").asString()).isEqualTo("employees <= 300");
        assertThat(miss.path("failed").get(0).path("by").asDouble()).isEqualTo(1.0);
        // Without asking, no near misses are given.
        JsonNode plain = JSON.readTree(post("/api/v1/policies/matches", "application/json",
                body.replace("\"nearMisses\":true,", "")).body());
        assertThat(plain.has("nearMisses")).isFalse();
    }
}
