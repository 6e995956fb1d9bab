package org.zwfw.credit;

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

/** Credit records in (CSV import, single add, repair) and out (audited reads), and their effect on 告知承诺. */
@ServiceTest
class CreditApiTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    // 银川 legal person used only here: no other test gives it credit records.
    static final String SUBJECT = "91640100MA76A1B2CR";
    static final String PERSON = "640303199201014560";

    @Value("${local.server.port}")
    int port;

    HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (body == null) {
            b.GET();
        } else {
            b.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return TestApi.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void importKeepsGoodRowsAndReportsBadOnesByLineWithoutClearIdentifiers() throws Exception {
        String csv = """
                subject_id,record,severity,recorded_on,repaired_on,source
                %s,行政处罚（一般）,MINOR,2026-01-05,,信用平台
                91640100MA76A1B2CX,行政处罚（一般）,MINOR,2026-01-05,,信用平台
                %s,=HYPERLINK("x"),HUGE,2026-02-30,,信用平台
                %s,行政处罚（一般）,MINOR,2026-01-05,,信用平台
                """.formatted(PERSON, PERSON, PERSON);
        HttpResponse<String> r = send("POST", "/api/v1/credit-records:import", "text/csv", csv);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(r.body());
        assertThat(report.path("imported").asInt()).isEqualTo(1);
        assertThat(report.path("duplicates").asInt()).isEqualTo(1);
        assertThat(report.path("rejected").findValuesAsString("line")).containsExactly("3", "4", "4");
        assertThat(report.path("rejected").findValuesAsString("column")).containsExactly("subject_id", "severity", "recorded_on");
        assertThat(r.body()).doesNotContain(PERSON).doesNotContain("91640100MA76A1B2CX");

        HttpResponse<String> list = send("GET", "/api/v1/credit-records?subjectId=" + PERSON + "&reason=test", null, null);
        JsonNode records = JSON.readTree(list.body());
        assertThat(records.size()).isEqualTo(1);
        assertThat(records.get(0).path("subjectMasked").asString()).isEqualTo("64**************60");
        assertThat(list.body()).doesNotContain(PERSON);
        JsonNode reads = JSON.readTree(send("GET", "/api/v1/credit-records/reads?subjectId=" + PERSON, null, null).body());
        assertThat(reads.findValuesAsString("purpose")).contains("test");
        assertThat(reads.findValuesAsString("caller")).contains("auditor-dev");
    }

    @Test
    void aSeriousRecordExcludesTheCommitmentRouteUntilItsRepairDay() throws Exception {
        HttpResponse<String> added = send("POST", "/api/v1/credit-records", "application/json", """
                {"subjectId":"%s","record":"严重失信主体名单","severity":"SERIOUS","recordedOn":"2026-02-02","source":"信用平台"}
                """.formatted(SUBJECT));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        long id = JSON.readTree(added.body()).path("id").asLong();

        assertThat(commitmentOutcome("2026-03-02")).isEqualTo("NOTIFY_SUPPLEMENT");
        HttpResponse<String> repaired = send("POST", "/api/v1/credit-records/" + id + "/repair", "application/json",
                "{\"date\":\"2026-03-10\"}");
        assertThat(repaired.statusCode()).as(repaired.body()).isEqualTo(200);
        assertThat(commitmentOutcome("2026-03-09")).isEqualTo("NOTIFY_SUPPLEMENT");
        assertThat(commitmentOutcome("2026-03-10")).isEqualTo("APPROVE_BY_COMMITMENT");

        JsonNode reads = JSON.readTree(send("GET", "/api/v1/credit-records/reads?subjectId=" + SUBJECT, null, null).body());
        assertThat(reads.findValuesAsString("purpose")).anyMatch(p -> p.contains("YC-SPJY-001") && p.contains("2026-03-10"));
    }

    String commitmentOutcome(String asOf) throws Exception {
        HttpResponse<String> r = send("POST", "/api/v1/decisions/acceptance", "application/json", """
                {"jurisdiction":"640100","matterCode":"YC-SPJY-001","asOf":"%s","route":"COMMITMENT",
                 "applicant":{"type":"LEGAL_PERSON","id":"%s"},"channel":"ONLINE",
                 "materials":[{"code":"M01","status":"PROVIDED"}],"commitmentLetter":{"signed":true}}""".formatted(asOf, SUBJECT));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).path("outcome").asString();
    }

    @Test
    void badRecordsAndRepairsAreNamedByField() throws Exception {
        HttpResponse<String> bad = send("POST", "/api/v1/credit-records", "application/json",
                "{\"subjectId\":\"123\",\"record\":\"\",\"severity\":\"BAD\",\"recordedOn\":\"2026-13-01\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        // A JSON record's problems name its members as the client spelled them, not the CSV import's columns.
        assertThat(JSON.readTree(bad.body()).path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("subjectId", "record", "severity", "recordedOn");
        HttpResponse<String> repairedFirst = send("POST", "/api/v1/credit-records", "application/json", """
                {"subjectId":"%s","record":"行政处罚（一般）","severity":"MINOR","recordedOn":"2026-02-02",
                 "repairedOn":"2026-01-02"}""".formatted(PERSON));
        assertThat(repairedFirst.statusCode()).isEqualTo(400);
        JsonNode errors = JSON.readTree(repairedFirst.body()).path("errors");
        assertThat(errors.findValuesAsString("field")).containsExactly("repairedOn");
        assertThat(errors.get(0).path("message").asString()).isEqualTo("is before recordedOn");
        assertThat(send("POST", "/api/v1/credit-records/999999/repair", "application/json", "{\"date\":\"2026-01-01\"}")
                .statusCode()).isEqualTo(404);
        HttpResponse<String> noHeader = send("POST", "/api/v1/credit-records:import", "text/csv", "a,b\n1,2\n");
        assertThat(noHeader.statusCode()).isEqualTo(400);
        assertThat(noHeader.body()).contains("subject_id");
    }
}
