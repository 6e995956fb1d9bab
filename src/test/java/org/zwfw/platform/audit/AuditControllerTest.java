package org.zwfw.platform.audit;

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
 * Every acceptance and fee decision is appended to the audit log, readable by kind, applicant, matter and outcome;
 * a rejected request is not a decision and leaves nothing.
 */
@ServiceTest
class AuditControllerTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ID = "610103198804123458";

    @Value("${local.server.port}")
    int port;

    HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return TestApi.send(b.build(),
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
        HttpResponse<String> decided = TestApi.send(HttpRequest.newBuilder(uri("/api/v1/decisions/acceptance"))
                .header("Content-Type", "application/json")
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
        HttpResponse<String> r = TestApi.send(HttpRequest.newBuilder(uri("/api/v1/decisions/acceptance"))
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
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/v1/audit/decisions?from=2026-02-30&outcome=MAYBE&limit=0&kind=TAX")).GET());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"from\"").contains("\"outcome\"").contains("\"limit\"").contains("\"kind\"");
        for (String outcome : new String[] {"-1.00", "1.005", "1E%2B999999999"}) {
            HttpResponse<String> bad = send(HttpRequest.newBuilder(uri("/api/v1/audit/decisions?kind=FEE&outcome=" + outcome)).GET());
            assertThat(bad.statusCode()).as(outcome).isEqualTo(400);
            assertThat(bad.body()).contains("\"outcome\"");
        }
    }

    static final String FEE_PAYER = "640102197001011238";

    HttpResponse<String> postAsIntake(String path, String body) throws Exception {
        return TestApi.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aFeeDecisionIsLoggedWithItsTotalAsOutcomeAndFoundByKind() throws Exception {
        HttpResponse<String> fee = postAsIntake("/api/v1/decisions/fee", """
                {"jurisdiction":"640100","matterCode":"YC-BDC-003","asOf":"2026-01-15",
                 "applicant":{"type":"NATURAL_PERSON","id":"%s","groups":[]},"certificates":2}""".formatted(FEE_PAYER));
        assertThat(fee.statusCode()).as(fee.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(fee.body());
        // An acceptance decision for the same applicant, which the kind filter must leave out.
        assertThat(postAsIntake("/api/v1/decisions/acceptance", """
                {"jurisdiction":"640100","matterCode":"YC-BDC-003","asOf":"2026-01-15",
                 "applicant":{"type":"NATURAL_PERSON","id":"%s"},"materials":[]}""".formatted(FEE_PAYER)).statusCode())
                .isEqualTo(200);

        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/v1/audit/decisions?kind=FEE&applicantId=" + FEE_PAYER)).GET());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain(FEE_PAYER);
        JsonNode entries = JSON.readTree(r.body());
        assertThat(entries.findValuesAsString("kind")).containsOnly("FEE");
        JsonNode e = entries.get(0);
        assertThat(e.path("outcome").asString()).isEqualTo("90.00");
        assertThat(e.path("matterCode").asString()).isEqualTo("YC-BDC-003");
        assertThat(e.path("jurisdiction").asString()).isEqualTo("640100");
        assertThat(e.path("asOf").asString()).isEqualTo("2026-01-15");
        assertThat(e.path("caller").asString()).isEqualTo("intake-dev");
        assertThat(e.path("route").isNull()).isTrue();
        assertThat(e.path("rulesetVersion").asString()).isEqualTo(answer.path("ruleset").path("version").asString());
        assertThat(e.path("reasons")).isEqualTo(answer.path("reasons"));
        // YC-BDC-003 is a 行政确认: its fee rests on the published standard, not on the licensing law.
        assertThat(e.path("reasons").toString()).contains("国务院关于在线政务服务的若干规定 第四条", "银川市政务服务管理办法 第三十三条")
                .doesNotContain("中华人民共和国行政许可法");
        assertThat(e.path("request").path("applicant").path("id").asString())
                .isEqualTo(e.path("applicantHash").asString()).matches("[0-9a-f]{64}");
        assertThat(e.path("request").path("certificates").asInt()).isEqualTo(2);

        JsonNode acceptance = JSON.readTree(send(HttpRequest.newBuilder(
                uri("/api/v1/audit/decisions?kind=ACCEPTANCE&applicantId=" + FEE_PAYER)).GET()).body());
        assertThat(acceptance.findValuesAsString("kind")).isNotEmpty().containsOnly("ACCEPTANCE");
        JsonNode byTotal = JSON.readTree(send(HttpRequest.newBuilder(
                uri("/api/v1/audit/decisions?kind=FEE&outcome=90&applicantId=" + FEE_PAYER)).GET()).body());
        assertThat(byTotal.findValuesAsString("id")).contains(e.path("id").asString());
        JsonNode otherTotal = JSON.readTree(send(HttpRequest.newBuilder(
                uri("/api/v1/audit/decisions?kind=FEE&outcome=80.00&applicantId=" + FEE_PAYER)).GET()).body());
        assertThat(otherTotal.findValuesAsString("id")).doesNotContain(e.path("id").asString());
    }

    @Test
    void aRejectedFeeRequestIsNotLogged() throws Exception {
        String payer = "640102198005052015";
        HttpResponse<String> r = postAsIntake("/api/v1/decisions/fee", """
                {"jurisdiction":"640100","matterCode":"YC-BDC-003","asOf":"2026-01-15",
                 "applicant":{"type":"NATURAL_PERSON","id":"%s"},"certificates":0}""".formatted(payer));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"certificates\"");
        HttpResponse<String> unpublished = postAsIntake("/api/v1/decisions/fee", """
                {"jurisdiction":"640100","matterCode":"NO-SUCH-MATTER","asOf":"2026-01-15",
                 "applicant":{"type":"NATURAL_PERSON","id":"%s"}}""".formatted(payer));
        assertThat(unpublished.statusCode()).isEqualTo(404);
        JsonNode none = JSON.readTree(send(HttpRequest.newBuilder(
                uri("/api/v1/audit/decisions?applicantId=" + payer)).GET()).body());
        assertThat(none.size()).isZero();
    }
}
