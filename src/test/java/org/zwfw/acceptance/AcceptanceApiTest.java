package org.zwfw.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.zwfw.ServiceTest;
import org.zwfw.TestApi;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The HTTP contract of api.md, through the real service on a random port. */
@ServiceTest
class AcceptanceApiTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String DECISIONS = "/api/v1/decisions/acceptance";
    static final String CREDIT_CODE = "91640100MA76A1B2CR";
    static final String RESIDENT_ID = "64010219450302123X";
    static final String API_MD_EXAMPLE = org.zwfw.ApiExamples.ACCEPTANCE;

    @Value("${local.server.port}")
    int port;

    record Answer(int status, String contentType, String body, JsonNode json) {}

    Answer send(HttpRequest.Builder b) throws Exception {
        HttpResponse<String> r = TestApi.send(b.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String ct = r.headers().firstValue("Content-Type").orElse("");
        JsonNode json = null;
        if (ct.contains("json") && !r.body().isBlank()) {
            json = JSON.readTree(r.body());
        }
        return new Answer(r.statusCode(), ct, r.body(), json);
    }

    HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    Answer post(String body) throws Exception {
        return post(body, "application/json");
    }

    Answer post(String body, String contentType) throws Exception {
        return send(at(DECISIONS).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    Answer get(String path) throws Exception {
        return send(at(path).GET());
    }

    static ObjectNode example() throws Exception {
        return (ObjectNode) JSON.readTree(API_MD_EXAMPLE);
    }

    static String edited(Consumer<ObjectNode> change) throws Exception {
        ObjectNode n = example();
        change.accept(n);
        return JSON.writeValueAsString(n);
    }

    static List<String> fields(Answer a) {
        List<String> out = new ArrayList<>();
        a.json().path("errors").forEach(e -> out.add(e.path("field").asString()));
        return out;
    }

    /** A 4xx problem: RFC 9457 media type, no stack trace, no exception names, and never the applicant's id. */
    static void assertProblem(Answer a, int status) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.contentType()).as(a.body()).startsWith("application/problem+json");
        assertThat(a.json().path("status").asInt()).isEqualTo(status);
        assertThat(a.body()).doesNotContain(CREDIT_CODE, RESIDENT_ID, "Exception", "exception", "\tat ", "at org.", "at java.",
                "trace");
    }

    @Test
    void apiMdExampleIsAcceptedWithDeficiencyExactlyAsDocumented() throws Exception {
        Answer a = post(JSON.writeValueAsString(example()));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode j = a.json();
        assertThat(j.path("outcome").asString()).isEqualTo("ACCEPT_WITH_DEFICIENCY");
        assertThat(j.path("completedOnTheSpot").asBoolean()).isFalse();
        assertThat(j.path("dueDate").asString()).isEqualTo("2025-12-22");
        JsonNode s = j.path("supplement");
        assertThat(s.path("materials")).hasSize(1);
        assertThat(s.path("materials").get(0).path("code").asString()).isEqualTo("M06");
        assertThat(s.path("materials").get(0).path("name").asString()).isEqualTo("食品安全管理人员健康证明");
        assertThat(s.path("materials").get(0).path("problem").asString()).isEqualTo("MISSING");
        assertThat(s.path("deadline").asString()).isEqualTo("2025-12-22");
        assertThat(s.path("lateConsequence").asString()).isEqualTo("ABANDONED");
        assertThat(j.path("waived")).hasSize(2);
        assertThat(j.path("waived").get(0).path("code").asString()).isEqualTo("M02");
        assertThat(j.path("waived").get(0).path("name").asString()).isEqualTo("营业执照");
        assertThat(j.path("waived").get(0).path("via").asString()).isEqualTo("E_LICENSE");
        assertThat(j.path("waived").get(1).path("code").asString()).isEqualTo("M03");
        assertThat(j.path("waived").get(1).path("name").asString()).isEqualTo("法定代表人（负责人）身份证明");
        assertThat(j.path("waived").get(1).path("via").asString()).isEqualTo("DATA_SHARING");
        assertThat(j.path("unlawfulDemands").isArray()).isTrue();
        assertThat(j.path("unlawfulDemands")).isEmpty();
        assertThat(j.path("priorityService").asBoolean()).isFalse();
        assertThat(j.path("reasons").get(0).path("rule").asString()).isEqualTo("yinchuan.tolerance.accept-first");
        assertThat(j.path("reasons").get(0).path("clause").asString()).isEqualTo("银川市政务服务管理办法 第二十五条");
        List<String> clauses = new ArrayList<>();
        j.path("reasons").forEach(r -> clauses.add(r.path("clause").asString()));
        assertThat(clauses).contains("银川市政务服务管理办法 第三十条");
        List<String> jurisdictions = new ArrayList<>();
        j.path("ruleset").path("jurisdictions").forEach(x -> jurisdictions.add(x.asString()));
        assertThat(jurisdictions).containsExactly("000000", "640000", "640100");
        assertThat(j.path("ruleset").path("version").asString()).matches("[0-9a-f]{64}");
        assertThat(a.body()).doesNotContain(CREDIT_CODE);
    }

    @Test
    void malformedJsonIsAProblemNamingWhereItBreaks() throws Exception {
        Answer a = post("{\"jurisdiction\": \"640100\", \"applicant\": {\"type\": \"NATURAL_PERSON\", \"id\": \"" + RESIDENT_ID + "\",");
        assertProblem(a, 400);
        // The JSON breaks off inside the applicant object: that is where the problem is named.
        assertThat(fields(a)).containsExactly("applicant");
        assertThat(a.json().path("errors").get(0).path("message").asString()).contains("malformed JSON");

        Answer top = post("{jurisdiction: 640100");
        assertProblem(top, 400);
        assertThat(fields(top)).containsExactly("body");
        assertThat(top.json().path("errors").get(0).path("message").asString()).contains("malformed JSON");
    }

    @Test
    void materialsAsAStringIsAProblemNamingMaterials() throws Exception {
        Answer a = post(edited(n -> n.put("materials", "M01")));
        assertProblem(a, 400);
        assertThat(fields(a)).containsExactly("materials");
    }

    @Test
    void applicantAsANumberIsAProblemNamingApplicant() throws Exception {
        Answer a = post(edited(n -> n.put("applicant", 42)));
        assertProblem(a, 400);
        assertThat(fields(a)).containsExactly("applicant");
    }

    /**
     * A real date on which no instrument of the jurisdiction's chain is in force (the fuzz test found 1900-01-01 and
     * 0000-01-01): no rule can decide, so the answer is a 400 naming asOf — for a decision and for a new case alike
     * (opening the case used to fail with a 500 on the missing outcome).
     */
    @Test
    void aDateBeforeAnyLawInForceIsAProblemNamingAsOfAndOpensNoCase() throws Exception {
        for (String date : List.of("1900-01-01", "0000-01-01", "2004-06-30")) {
            String body = edited(n -> n.put("asOf", date));
            Answer decision = post(body);
            assertProblem(decision, 400);
            assertThat(fields(decision)).containsExactly("asOf");
            assertThat(decision.json().path("errors").get(0).path("message").asString()).contains("2004-07-01");
            Answer opened = send(at("/api/v1/cases").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
            assertProblem(opened, 400);
            assertThat(fields(opened)).containsExactly("asOf");
        }
        // From the day the 行政许可法 applies it is law, but it does not say what to do with a matter no catalog
        // publishes: until 国务院关于在线政务服务的若干规定 (2019-04-26) no rule decides, and that is a 400 naming asOf —
        // never a 200 without an outcome, never a licence accepted that no catalog lists.
        Answer early = post(edited(n -> n.put("asOf", "2004-07-01")));
        assertProblem(early, 400);
        assertThat(fields(early)).containsExactly("asOf");
        // From its first day the published catalog decides: the example's matter is published only from 2025-01-01.
        Answer first = post(edited(n -> n.put("asOf", "2019-04-26")));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("outcome").asString()).isEqualTo("REJECT");
    }

    @Test
    void impossibleDatesAreNamed() throws Exception {
        Answer a = post(edited(n -> {
            n.put("asOf", "2025-02-30");
            ((ObjectNode) n.get("commitment")).put("supplementBy", "2025-13-01");
        }));
        assertProblem(a, 400);
        assertThat(fields(a)).containsExactlyInAnyOrder("asOf", "commitment.supplementBy");
    }

    @Test
    void creditCodeWithAWrongCheckDigitIsNamed() throws Exception {
        // 91640100MA76A1B2CR is valid; the check character is the last one.
        Answer a = post(edited(n -> ((ObjectNode) n.get("applicant")).put("id", "91640100MA76A1B2C0")));
        assertProblem(a, 400);
        assertThat(fields(a)).containsExactly("applicant.id");
        assertThat(a.body()).doesNotContain("91640100MA76A1B2C0");
    }

    @Test
    void residentIdWithAWrongCheckDigitIsNamed() throws Exception {
        Answer a = post(edited(n -> ((ObjectNode) n.get("applicant")).put("type", "NATURAL_PERSON").put("id", "640102194503021230")));
        assertProblem(a, 400);
        assertThat(fields(a)).containsExactly("applicant.id");
        assertThat(a.body()).doesNotContain("640102194503021230");
    }

    @Test
    void validResidentIdIsAccepted() throws Exception {
        Answer a = post(edited(n -> ((ObjectNode) n.get("applicant")).put("type", "NATURAL_PERSON").put("id", RESIDENT_ID)));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.body()).doesNotContain(RESIDENT_ID);
    }

    @Test
    void unknownEnumsAreEachNamed() throws Exception {
        Answer a = post(edited(n -> {
            n.put("route", "EXPRESS");
            ObjectNode applicant = (ObjectNode) n.get("applicant");
            applicant.put("type", "COMPANY");
            applicant.putArray("groups").add("VETERAN");
            ((ObjectNode) n.get("materials").get(0)).put("status", "LOST");
        }));
        assertProblem(a, 400);
        assertThat(fields(a)).contains("route", "applicant.type", "applicant.groups[0]", "materials[0].status");
    }

    @Test
    void materialTheMatterDoesNotHaveIsNamed() throws Exception {
        Answer a = post(edited(n -> ((ArrayNode) n.get("materials")).addObject().put("code", "M99").put("status", "PROVIDED")));
        assertProblem(a, 400);
        assertThat(fields(a)).containsExactly("materials[4].code");
        assertThat(a.json().path("errors").get(0).path("message").asString()).contains("M99");
    }

    @Test
    void materialListedTwiceIsNamed() throws Exception {
        Answer a = post(edited(n -> ((ArrayNode) n.get("materials")).addObject().put("code", "M01").put("status", "MISSING")));
        assertProblem(a, 400);
        assertThat(fields(a)).containsExactly("materials[4].code");
    }

    @Test
    void missingRequiredFieldsAreAllNamed() throws Exception {
        Answer a = post("{}");
        assertProblem(a, 400);
        assertThat(fields(a)).containsExactlyInAnyOrder("jurisdiction", "matterCode", "applicant");
    }

    @Test
    void missingApplicantFieldsAreNamed() throws Exception {
        Answer a = post(edited(n -> ((ObjectNode) n.get("applicant")).removeAll()));
        assertProblem(a, 400);
        assertThat(fields(a)).containsExactlyInAnyOrder("applicant.type", "applicant.id");
    }

    @Test
    void emptyBodyIsAProblem() throws Exception {
        Answer a = post("");
        assertProblem(a, 400);
        assertThat(fields(a)).containsExactly("body");
    }

    @Test
    void wrongContentTypeIsAn415Problem() throws Exception {
        Answer a = post(JSON.writeValueAsString(example()), "text/plain");
        assertProblem(a, 415);
    }

    @Test
    void unknownPathIsA404Problem() throws Exception {
        assertProblem(get("/api/v1/nothing-here"), 404);
    }

    @Test
    void limitRunningIntoAYearWithoutCalendarIsAnsweredProvisionallyNamingTheYear() throws Exception {
        // The README's 银川 request accepted on Mon 2026-12-28 with 5 working days to run: 12-29, 12-30, 12-31, then
        // 2027, not on file, counted on the statutory holidays alone — Fri 01-01 元旦 off, 01-02/01-03 a weekend —
        // 01-04, 01-05. The legal 10 working days end on 01-12.
        Answer a = post(edited(n -> {
            n.put("asOf", "2026-12-28");
            ((ObjectNode) n.get("commitment")).put("supplementBy", "2027-01-05");
        }));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("outcome").asString()).isEqualTo("ACCEPT_WITH_DEFICIENCY");
        assertThat(a.json().path("provisional").asBoolean()).isTrue();
        assertThat(a.json().path("dueDate").asString()).isEqualTo("2027-01-05");
        assertThat(a.json().path("legalDueDate").asString()).isEqualTo("2027-01-12");
        JsonNode reason = null;
        for (JsonNode r : a.json().path("reasons")) {
            if ("national.due-date.provisional-calendar".equals(r.path("rule").asString())) {
                reason = r;
            }
        }
        assertThat(reason).as("the reason naming the missing year").isNotNull();
        assertThat(reason.path("text").asString()).contains("2027").contains("全国年节及纪念日放假办法");
        assertThat(reason.path("basis").asString()).isEqualTo("INTERPRETATION");
        assertThat(reason.path("interpretation").asString()).isEqualTo("NAT-ALL-02");
        assertThat(reason.path("clause").asString()).isEqualTo("中华人民共和国行政许可法 第八十二条");
    }

    @Test
    void anAnswerWithinTheCalendarIsNotProvisional() throws Exception {
        Answer a = post(JSON.writeValueAsString(example()));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().has("provisional")).isFalse();
        for (JsonNode r : a.json().path("reasons")) {
            assertThat(r.path("rule").asString()).doesNotContain("provisional");
        }
    }

    @Test
    void asOfBeyondTheCalendarIsStillA422NamingTheYear() throws Exception {
        Answer a = post(edited(n -> {
            n.put("asOf", "2027-01-04");
            ((ObjectNode) n.get("commitment")).remove("supplementBy");
        }));
        assertProblem(a, 422);
        assertThat(a.json().path("missingYear").asInt()).isEqualTo(2027);
    }

    @Test
    void jurisdictionsListTheirChains() throws Exception {
        Answer a = get("/api/v1/jurisdictions");
        assertThat(a.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        a.json().forEach(j -> codes.add(j.path("code").asString()));
        assertThat(codes).contains("000000", "640100", "640303", "410700", "610100");
        JsonNode yinchuan = null;
        for (JsonNode j : a.json()) {
            if (j.path("code").asString().equals("640100")) {
                yinchuan = j;
            }
        }
        assertThat(yinchuan.path("chain").toString()).isEqualTo("[\"000000\",\"640000\",\"640100\"]");
    }

    @Test
    void matterListOfYinchuan() throws Exception {
        Answer a = get("/api/v1/jurisdictions/640100/matters");
        assertThat(a.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        a.json().forEach(m -> codes.add(m.path("matterCode").asString()));
        assertThat(codes).containsExactlyInAnyOrder("YC-SPJY-001", "YC-SGXK-002", "YC-BDC-003");
    }

    @Test
    void matterDetailFlagsMainTolerableAndProofMaterials() throws Exception {
        Answer a = get("/api/v1/jurisdictions/640100/matters/YC-SPJY-001");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("matter").path("promisedDays").asInt()).isEqualTo(5);
        JsonNode m = a.json().path("materials");
        assertThat(m).hasSize(6);
        JsonNode m01 = m.get(0), m02 = m.get(1), m05 = m.get(4), m06 = m.get(5);
        assertThat(m01.path("code").asString()).isEqualTo("M01");
        assertThat(m01.path("main").asBoolean()).isTrue();
        assertThat(m01.path("tolerable").asBoolean()).isFalse();
        assertThat(m01.path("proof").asBoolean()).isFalse();
        assertThat(m02.path("obtainableVia").asString()).isEqualTo("E_LICENSE");
        assertThat(m05.path("main").asBoolean()).isFalse();
        assertThat(m05.path("tolerable").asBoolean()).isTrue();
        assertThat(m05.path("toleranceSupplementDays").asInt()).isEqualTo(10);
        assertThat(m06.path("code").asString()).isEqualTo("M06");
        assertThat(m06.path("proof").asBoolean()).isTrue();
        assertThat(m06.path("retainedProof").asBoolean()).isTrue();
        assertThat(m06.path("tolerable").asBoolean()).isTrue();
    }

    @Test
    void unknownMatterIsA404Problem() throws Exception {
        assertProblem(get("/api/v1/jurisdictions/640100/matters/YC-NONE-999"), 404);
    }

    @Test
    void openApiDocumentsTheDecisionEndpoint() throws Exception {
        Answer a = get("/v3/api-docs");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).contains("json");
        assertThat(a.json().path("paths").has(DECISIONS)).isTrue();
        // The document names the service, its build's version and the contract, not "OpenAPI definition" v0.
        assertThat(a.json().path("info").path("title").asString()).startsWith("zwfw-rules");
        assertThat(a.json().path("info").path("version").asString()).isEqualTo("0.1.0");
        assertThat(a.json().path("info").path("description").asString()).contains("basis TEXT, LIST or INTERPRETATION");
    }

    @Test
    void swaggerUiIsServed() throws Exception {
        assertThat(get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> r = TestApi.sendAnonymously(at("/actuator/health").GET().build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).path("status").asString()).isEqualTo("UP");
    }

    @Test
    void rulesetHasAContentHashAndEveryRuleAClause() throws Exception {
        Answer a = get("/api/v1/ruleset");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("version").asString()).matches("[0-9a-f]{64}");
        JsonNode rules = a.json().path("rules");
        assertThat(rules.size()).isGreaterThan(0);
        // "<exact title> <article>", or the title alone for 国办发〔2020〕42号 (cited without article).
        rules.forEach(r -> assertThat(r.path("clause").asString()).as(r.toString())
                .matches(".+ .+|国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见"));
    }
}
