package org.zwfw.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.zwfw.ServiceTest;
import org.zwfw.TestApi;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The supervision API end to end: the issue's "done means" as one test, then the edges — bad requests named by field,
 * refusals naming the clause, completion, reviews late and not. Other tests share the ledger: lists are searched for
 * this test's own cases and reviews, never counted.
 */
@ServiceTest
class SupervisionApiTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ART_42 = "中华人民共和国行政许可法 第四十二条";

    /** A 新乡 食品经营许可 with every material: accepted 2026-03-02, promised 5 working days, legal 10. */
    static final String XINXIANG_LICENCE = """
            {"jurisdiction":"410700","matterCode":"XX-SPJY-001","asOf":"2026-03-02",
             "applicant":{"type":"LEGAL_PERSON","id":"91410700MA47D3E4F1"},
             "materials":[{"code":"M01","status":"PROVIDED"},{"code":"M02","status":"PROVIDED"},
                          {"code":"M03","status":"PROVIDED"},{"code":"M04","status":"PROVIDED"},
                          {"code":"M05","status":"PROVIDED"},{"code":"M06","status":"PROVIDED"}]}""";

    @Value("${local.server.port}")
    int port;

    record Answer(int status, JsonNode json, String body) {}

    Answer send(String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (body == null) {
            b.GET();
        } else {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = TestApi.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body()), r.body());
    }

    String open(String request) throws Exception {
        Answer a = send("/api/v1/cases", request);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("caseId").asString();
    }

    JsonNode clockOf(String caseId, String query) throws Exception {
        Answer a = send("/api/v1/supervision/cases?" + query, null);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        for (JsonNode c : a.json().path("cases")) {
            if (c.path("caseId").asString().equals(caseId)) {
                return c;
            }
        }
        return null;
    }

    static List<String> values(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.path(field).asString()));
        return out;
    }

    static String extension(String date, int days) {
        return "{\"date\":\"" + date + "\",\"workingDays\":" + days + ",\"reason\":\"需现场核查经营场所\","
                + "\"approvedBy\":\"AGENCY_HEAD\",\"applicantToldOn\":\"" + date + "\"}";
    }

    String review(String jurisdiction, String matter, String date) throws Exception {
        Answer a = send("/api/v1/reviews", "{\"jurisdiction\":\"" + jurisdiction + "\",\"matterCode\":\"" + matter
                + "\",\"channel\":\"ONLINE\",\"date\":\"" + date + "\",\"rating\":\"BAD\",\"realName\":true,"
                + "\"applicant\":{\"id\":\"91410700MA47D3E4F1\"}}");
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.body();
    }

    @Test
    void theIssuesDoneMeans() throws Exception {
        // A 新乡 licence accepted 2026-03-02: promised 2026-03-09, legal 2026-03-16.
        String id = open(XINXIANG_LICENCE);
        JsonNode onTime = clockOf(id, "asOf=2026-03-03&jurisdiction=410700&matterCode=XX-SPJY-001");
        assertThat(onTime).isNotNull();
        assertThat(onTime.path("promisedDueDate").asString()).isEqualTo("2026-03-09");
        assertThat(onTime.path("legalDueDate").asString()).isEqualTo("2026-03-16");
        assertThat(onTime.path("overdue").asString()).isEqualTo("NONE");
        assertThat(onTime.path("promisedClause").asString()).isEqualTo("新乡市政务服务条例 第三十六条");
        assertThat(onTime.path("legalClause").asString()).isEqualTo(ART_42);

        // Overdue on its promise by one working day on 2026-03-10.
        JsonNode overdue = clockOf(id, "asOf=2026-03-10&status=OVERDUE&jurisdiction=410700");
        assertThat(overdue).as("listed as overdue on 2026-03-10").isNotNull();
        assertThat(overdue.path("workingDaysLeft").asInt()).isEqualTo(-1);
        assertThat(overdue.path("legalWorkingDaysLeft").asInt()).isEqualTo(4);
        assertThat(overdue.path("overdue").asString()).isEqualTo("PROMISED");
        assertThat(overdue.path("overdueSince").asString()).isEqualTo("2026-03-10");
        assertThat(clockOf(id, "asOf=2026-03-09&status=OVERDUE&jurisdiction=410700")).as("not yet on the 9th").isNull();

        // An extension of 11 working days is refused citing 第四十二条.
        Answer eleven = send("/api/v1/cases/" + id + "/extensions", extension("2026-03-12", 11));
        assertThat(eleven.status()).as(eleven.body()).isEqualTo(409);
        assertThat(eleven.json().path("detail").asString()).contains(ART_42);

        // One of 10 moves the legal date to 2026-03-30 and leaves the promise where it was.
        Answer ten = send("/api/v1/cases/" + id + "/extensions", extension("2026-03-12", 10));
        assertThat(ten.status()).as(ten.body()).isEqualTo(200);
        assertThat(ten.json().path("legalDueDate").asString()).isEqualTo("2026-03-30");
        assertThat(ten.json().path("promisedDueDate").asString()).isEqualTo("2026-03-09");
        assertThat(ten.json().path("extended").asBoolean()).isTrue();
        assertThat(values(ten.json().path("reasons"), "rule")).contains("national.extension.granted");

        // A second one is refused, citing the same article.
        Answer second = send("/api/v1/cases/" + id + "/extensions", extension("2026-03-13", 1));
        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.json().path("detail").asString()).contains(ART_42).contains("一次");

        // The ledger answers for any asOf: before the extension the legal date was 2026-03-16, after it 2026-03-30.
        assertThat(clockOf(id, "asOf=2026-03-11&jurisdiction=410700").path("legalDueDate").asString())
                .isEqualTo("2026-03-16");
        JsonNode later = clockOf(id, "asOf=2026-03-17&jurisdiction=410700");
        assertThat(later.path("legalDueDate").asString()).isEqualTo("2026-03-30");
        assertThat(later.path("overdue").asString()).as("the law's date moved; the promise did not").isEqualTo("PROMISED");

        // A real-name 差评 on 2026-03-06 in 新乡 is due for callback on 2026-03-09, and listed as late on 2026-03-10.
        JsonNode posted = JSON.readTree(review("410700", "XX-SPJY-001", "2026-03-06"));
        String reviewId = posted.path("reviewId").asString();
        assertThat(posted.path("callbackDue").asString()).isEqualTo("2026-03-09");
        assertThat(values(posted.path("reasons"), "clause")).containsExactly("新乡市政务服务条例 第三十二条");
        assertThat(ids(send("/api/v1/reviews?asOf=2026-03-09&late=true", null))).doesNotContain(reviewId);
        Answer late = send("/api/v1/reviews?asOf=2026-03-10&late=true&jurisdiction=410700", null);
        assertThat(late.status()).as(late.body()).isEqualTo(200);
        assertThat(ids(late)).contains(reviewId);

        // The same in 银川 has no callback limit, and the answer says so.
        JsonNode yinchuan = JSON.readTree(review("640100", "YC-SPJY-001", "2026-03-06"));
        assertThat(yinchuan.path("callbackDue").isNull()).isTrue();
        assertThat(values(yinchuan.path("reasons"), "clause")).containsExactly("银川市政务服务管理办法 第三十八条");
        assertThat(values(yinchuan.path("reasons"), "text")).allMatch(t -> t.contains("没有规定回访核实的时限"));
        assertThat(ids(send("/api/v1/reviews?asOf=2026-06-30&late=true", null)))
                .doesNotContain(yinchuan.path("reviewId").asString());
    }

    static List<String> ids(Answer a) {
        return values(a.json().path("reviews"), "reviewId");
    }

    /** A 新乡 食品经营许可 approved by commitment on 2026-03-02: its list row says 作出决定后30日内现场核查 (calendar days). */
    static final String XINXIANG_COMMITMENT = """
            {"jurisdiction":"410700","matterCode":"XX-SPJY-001","asOf":"2026-03-02","route":"COMMITMENT",
             "applicant":{"type":"LEGAL_PERSON","id":"91410700MA47D3E4F1"},"channel":"ONLINE",
             "materials":[{"code":"M01","status":"PROVIDED"}],"commitmentLetter":{"signed":true}}""";

    static String verification(String date) {
        return "{\"date\":\"" + date + "\",\"result\":\"FULFILLED\"}";
    }

    /**
     * The verification duty of a 告知承诺 approval is on the clock until a verification is recorded: due 30 calendar
     * days after the decision, overdue the day after, and a verification recorded late is recorded and says so.
     */
    @Test
    void anApprovalByCommitmentIsOnTheClockUntilItsVerificationIsRecorded() throws Exception {
        Answer opened = send("/api/v1/cases", XINXIANG_COMMITMENT);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.json().path("state").asString()).isEqualTo("APPROVED");
        JsonNode owed = opened.json().path("decision").path("verification");
        assertThat(owed.path("dueDate").asString()).isEqualTo("2026-04-01");
        assertThat(owed.path("days").asInt()).isEqualTo(30);
        assertThat(owed.path("dayKind").asString()).isEqualTo("CALENDAR");
        assertThat(owed.path("method").asString()).isEqualTo("现场核查");
        String id = opened.json().path("caseId").asString();

        JsonNode onTime = clockOf(id, "asOf=2026-03-03&jurisdiction=410700");
        assertThat(onTime).as("listed while its verification is owed").isNotNull();
        assertThat(onTime.path("status").asString()).isEqualTo("ON_TIME");
        assertThat(onTime.path("promisedDueDate").isNull()).isTrue();
        JsonNode v = onTime.path("verification");
        assertThat(v.path("dueDate").asString()).isEqualTo("2026-04-01");
        assertThat(v.path("dayKind").asString()).isEqualTo("CALENDAR");
        assertThat(v.path("daysLeft").asInt()).isEqualTo(29);
        assertThat(v.path("clause").asString()).isEqualTo("新乡市政务服务条例 第二十一条");
        assertThat(v.path("overdueSince").isNull()).isTrue();

        // On its due date it is not overdue; the day after it is, by one day.
        assertThat(clockOf(id, "asOf=2026-04-01&status=OVERDUE&jurisdiction=410700")).isNull();
        JsonNode late = clockOf(id, "asOf=2026-04-02&status=OVERDUE&jurisdiction=410700");
        assertThat(late).as("overdue on 2026-04-02").isNotNull();
        assertThat(late.path("overdue").asString()).as("no decision date is overdue").isEqualTo("NONE");
        assertThat(late.path("verification").path("overdueSince").asString()).isEqualTo("2026-04-02");
        assertThat(late.path("verification").path("daysLeft").asInt()).isEqualTo(-1);
        assertThat(values(late.path("reasons"), "rule")).contains("xinxiang.clock.verification-overdue");

        // Recorded late, the verification is recorded all the same, and the case says the duty was missed.
        Answer verified = send("/api/v1/cases/" + id + "/verifications", verification("2026-04-03"));
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().path("state").asString()).isEqualTo("VERIFIED");
        assertThat(values(verified.json().path("reasons"), "rule"))
                .contains("national.commitment.case.verified", "xinxiang.commitment.case.verification-late");
        assertThat(clockOf(id, "asOf=2026-04-03&jurisdiction=410700")).as("off the clock once verified").isNull();
        assertThat(clockOf(id, "asOf=2026-04-02&status=OVERDUE&jurisdiction=410700")).as("as it was that day")
                .isNotNull();
    }

    @Test
    void aVerificationOnItsDueDateIsInTimeAndEndsTheDuty() throws Exception {
        String id = open(XINXIANG_COMMITMENT);
        Answer verified = send("/api/v1/cases/" + id + "/verifications", verification("2026-04-01"));
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(values(verified.json().path("reasons"), "rule"))
                .doesNotContain("xinxiang.commitment.case.verification-late");
        assertThat(clockOf(id, "asOf=2026-04-02&jurisdiction=410700")).isNull();
        assertThat(clockOf(id, "asOf=2026-03-31&jurisdiction=410700")).isNotNull();
    }

    /**
     * A 一件事 case is on the clock like a case of one matter: the bundle list's promised 5 working days and the legal
     * date of its licence (its earliest matter's, XX-BUN-05), due soon and overdue as any case.
     */
    @Test
    void aBundleCaseIsOnTheClockWithItsPromisedAndLegalDates() throws Exception {
        Answer opened = send("/api/v1/decisions/bundle-acceptance", """
                { "jurisdiction": "410700", "bundleCode": "XX-YJS-001", "asOf": "2026-03-02",
                  "applicant": { "type": "NATURAL_PERSON", "id": "410702194008152347", "groups": [] },
                  "materials": [ {"code":"B01","status":"PROVIDED"}, {"code":"B02","status":"PROVIDED"},
                                 {"code":"B03","status":"PROVIDED"}, {"code":"B04","status":"PROVIDED"},
                                 {"code":"B05","status":"PROVIDED"} ],
                  "commitment": { "signed": true, "supplementBy": "2026-03-06" } }""");
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        assertThat(opened.json().path("outcome").asString()).isEqualTo("ACCEPT_WITH_DEFICIENCY");
        String id = opened.json().path("caseId").asString();
        assertThat(values(opened.json().path("reasons"), "rule")).contains("xinxiang.bundle.due.legal-earliest-matter");
        assertThat(opened.json().path("dueDate").asString()).isEqualTo("2026-03-09");
        assertThat(opened.json().path("legalDueDate").asString()).isEqualTo("2026-03-16");
        assertThat(send("/api/v1/cases/" + id + "/supplements", "{\"date\":\"2026-03-05\",\"materials\":[\"B06\"]}")
                .status()).isEqualTo(200);

        JsonNode onTime = clockOf(id, "asOf=2026-03-03&jurisdiction=410700");
        assertThat(onTime).as("the bundle case is on the clock").isNotNull();
        assertThat(onTime.path("matterCode").asString()).isEqualTo("XX-YJS-001");
        assertThat(onTime.path("promisedDueDate").asString()).isEqualTo("2026-03-09");
        assertThat(onTime.path("legalDueDate").asString()).isEqualTo("2026-03-16");
        assertThat(onTime.path("promisedClause").asString()).isEqualTo("新乡市政务服务条例 第三十六条");
        assertThat(onTime.path("legalClause").asString()).isEqualTo("新乡市政务服务条例 第三十六条");
        assertThat(values(onTime.path("reasons"), "rule")).contains("xinxiang.clock.bundle-promised-limit",
                "xinxiang.clock.bundle-legal-limit");

        JsonNode promise = clockOf(id, "asOf=2026-03-10&status=OVERDUE&jurisdiction=410700");
        assertThat(promise).as("overdue on its promise on 2026-03-10").isNotNull();
        assertThat(promise.path("overdue").asString()).isEqualTo("PROMISED");
        assertThat(promise.path("overdueSince").asString()).isEqualTo("2026-03-10");
        assertThat(clockOf(id, "asOf=2026-03-09&status=OVERDUE&jurisdiction=410700")).isNull();
        JsonNode law = clockOf(id, "asOf=2026-03-17&status=OVERDUE&jurisdiction=410700");
        assertThat(law.path("overdue").asString()).isEqualTo("LEGAL");
        assertThat(law.path("overdueSince").asString()).isEqualTo("2026-03-17");
        assertThat(values(law.path("reasons"), "rule")).contains("xinxiang.clock.bundle-legal-overdue");

        // Completed when its last matter's result is issued (XX-BUN-06), it leaves the clock.
        Answer done = send("/api/v1/cases/" + id + "/completion", "{\"date\":\"2026-03-18\"}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(values(done.json().path("reasons"), "rule")).contains("xinxiang.clock.bundle-completed");
        assertThat(clockOf(id, "asOf=2026-03-19&jurisdiction=410700")).isNull();
    }

    @Test
    void completionStopsTheClockAndAnswersForEarlierDatesAsTheyWere() throws Exception {
        String id = open(XINXIANG_LICENCE);
        Answer done = send("/api/v1/cases/" + id + "/completion", "{\"date\":\"2026-03-11\"}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().path("state").asString()).isEqualTo("COMPLETED");
        assertThat(values(done.json().path("reasons"), "rule")).contains("national.clock.completed");
        assertThat(clockOf(id, "asOf=2026-03-12&jurisdiction=410700")).isNull();
        assertThat(clockOf(id, "asOf=2026-03-10&status=OVERDUE&jurisdiction=410700")).isNotNull();
        Answer read = send("/api/v1/cases/" + id + "?asOf=2026-03-12", null);
        assertThat(read.json().path("state").asString()).isEqualTo("COMPLETED");
        assertThat(send("/api/v1/cases/" + id + "/extensions", extension("2026-03-12", 5)).status()).isEqualTo(409);
        assertThat(send("/api/v1/cases/" + id + "/completion", "{\"date\":\"2026-03-12\"}").status()).isEqualTo(409);
    }

    @Test
    void aListedOnSiteInspectionWhoseDaysDoNotCountPushesBothDatesOnAndAnUnlistedOneIsRefused() throws Exception {
        String id = open(XINXIANG_LICENCE);
        Answer a = send("/api/v1/cases/" + id + "/procedures",
                "{\"kind\":\"ON_SITE_INSPECTION\",\"from\":\"2026-03-04\",\"to\":\"2026-03-06\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("promisedDueDate").asString()).isEqualTo("2026-03-12");
        assertThat(a.json().path("legalDueDate").asString()).isEqualTo("2026-03-19");
        assertThat(values(a.json().path("reasons"), "rule")).contains("xinxiang.procedure.not-counted");
        // Before the procedure began the dates were as decided; after it, on 2026-03-10, the case is not yet overdue.
        assertThat(clockOf(id, "asOf=2026-03-03&jurisdiction=410700").path("promisedDueDate").asString())
                .isEqualTo("2026-03-09");
        assertThat(clockOf(id, "asOf=2026-03-10&status=OVERDUE&jurisdiction=410700")).isNull();
        assertThat(clockOf(id, "asOf=2026-03-13&status=OVERDUE&jurisdiction=410700")).isNotNull();
        // An extension then counts from the pushed legal date: 2026-03-19 + 10 working days.
        Answer ext = send("/api/v1/cases/" + id + "/extensions", extension("2026-03-12", 10));
        assertThat(ext.json().path("legalDueDate").asString()).as(ext.body()).isEqualTo("2026-04-02");
        assertThat(clockOf(id, "asOf=2026-03-13&jurisdiction=410700").path("legalDueDate").asString())
                .isEqualTo("2026-04-02");
        Answer hearing = send("/api/v1/cases/" + id + "/procedures",
                "{\"kind\":\"HEARING\",\"from\":\"2026-03-05\",\"to\":\"2026-03-05\"}");
        assertThat(hearing.status()).as(hearing.body()).isEqualTo(409);
        assertThat(hearing.json().path("detail").asString()).startsWith("新乡市政务服务条例 第十八条");
    }

    @Test
    void badRequestsNameTheirField() throws Exception {
        Answer status = send("/api/v1/supervision/cases?status=LATE", null);
        assertThat(status.status()).isEqualTo(400);
        assertThat(values(status.json().path("errors"), "field")).containsExactly("status");
        Answer jurisdiction = send("/api/v1/supervision/cases?jurisdiction=999999&asOf=2026-13-01", null);
        assertThat(values(jurisdiction.json().path("errors"), "field")).containsExactlyInAnyOrder("jurisdiction", "asOf");
        String id = open(XINXIANG_LICENCE);
        Answer noDays = send("/api/v1/cases/" + id + "/extensions",
                "{\"date\":\"2026-03-05\",\"workingDays\":0,\"approvedBy\":\"BOSS\"}");
        assertThat(noDays.status()).isEqualTo(400);
        assertThat(values(noDays.json().path("errors"), "field")).containsExactlyInAnyOrder("workingDays", "approvedBy");
        assertThat(send("/api/v1/cases/CASE-nope/extensions", extension("2026-03-05", 5)).status()).isEqualTo(404);
        Answer review = send("/api/v1/reviews", "{\"jurisdiction\":\"410700\",\"matterCode\":\"XX-NOPE\","
                + "\"channel\":\"FAX\",\"date\":\"2026-03-06\",\"rating\":\"TERRIBLE\"}");
        assertThat(review.status()).isEqualTo(400);
        assertThat(values(review.json().path("errors"), "field"))
                .containsExactlyInAnyOrder("matterCode", "channel", "rating", "realName");
    }

    /** A 新乡 建筑工程施工许可, on the sample list of joint handling (联合办理): promised 3 working days, legal 7. */
    static final String XINXIANG_JOINT = """
            {"jurisdiction":"410700","matterCode":"XX-SGXK-002","asOf":"2026-03-02",
             "applicant":{"type":"LEGAL_PERSON","id":"91410700MA47D3E4F1"},
             "materials":[{"code":"M01","status":"PROVIDED"},{"code":"M02","status":"PROVIDED"},
                          {"code":"M03","status":"PROVIDED"},{"code":"M04","status":"PROVIDED"},
                          {"code":"M05","status":"PROVIDED"}]}""";

    @Test
    void aJointlyHandledLicenceIsExtendedByFifteenWithTheGovernmentHeadsApprovalOnly() throws Exception {
        String id = open(XINXIANG_JOINT);
        JsonNode before = clockOf(id, "asOf=2026-03-03&jurisdiction=410700&matterCode=XX-SGXK-002");
        assertThat(before.path("legalDueDate").asString()).isEqualTo("2026-03-11");
        assertThat(values(before.path("reasons"), "rule")).contains("national.clock.unified-limit");
        Answer byAgencyHead = send("/api/v1/cases/" + id + "/extensions", extension("2026-03-10", 10));
        assertThat(byAgencyHead.status()).as(byAgencyHead.body()).isEqualTo(409);
        assertThat(byAgencyHead.json().path("detail").asString()).startsWith(ART_42).contains("本级人民政府负责人批准");
        Answer fifteen = send("/api/v1/cases/" + id + "/extensions", "{\"date\":\"2026-03-10\",\"workingDays\":15,"
                + "\"reason\":\"联合审查\",\"approvedBy\":\"GOVERNMENT_HEAD\",\"applicantToldOn\":\"2026-03-10\"}");
        assertThat(fifteen.status()).as(fifteen.body()).isEqualTo(200);
        assertThat(fifteen.json().path("legalDueDate").asString()).isEqualTo("2026-04-01");
        assertThat(fifteen.json().path("promisedDueDate").asString()).isEqualTo("2026-03-05");
        assertThat(values(fifteen.json().path("reasons"), "rule")).contains("national.extension.unified-granted");
    }

    @Test
    void theClockIsPagedByCursorUntilNextCursorIsNull() throws Exception {
        java.util.Set<String> opened = new java.util.HashSet<>();
        for (int i = 0; i < 3; i++) {
            opened.add(open(XINXIANG_LICENCE.replace("2026-03-02", "2026-07-15")));
        }
        String query = "/api/v1/supervision/cases?asOf=2026-07-16&jurisdiction=410700&matterCode=XX-SPJY-001"
                + "&acceptedFrom=2026-07-15&acceptedTo=2026-07-15&size=2";
        Answer first = send(query, null);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("cases").size()).isEqualTo(2);
        String cursor = first.json().path("nextCursor").asString();
        assertThat(cursor).isNotBlank();
        Answer second = send(query + "&cursor=" + cursor, null);
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().path("cases").size()).isEqualTo(1);
        assertThat(second.json().path("nextCursor").isNull()).as(second.body()).isTrue();
        List<String> all = new ArrayList<>(values(first.json().path("cases"), "caseId"));
        all.addAll(values(second.json().path("cases"), "caseId"));
        assertThat(all).containsExactlyInAnyOrderElementsOf(opened);

        Answer bad = send("/api/v1/supervision/cases?size=0&cursor=bm90LWEtY3Vyc29y", null);
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(values(bad.json().path("errors"), "field")).containsExactlyInAnyOrder("size", "cursor");
    }

    @Test
    void reviewsArePagedByCursorAndThePagesMakeTheWholeList() throws Exception {
        for (int i = 0; i < 3; i++) {
            review("410700", "XX-SPJY-001", "2026-07-1" + i);
        }
        String query = "/api/v1/reviews?asOf=2026-07-20&jurisdiction=410700";
        List<String> whole = ids(send(query, null));
        assertThat(whole.size()).isGreaterThanOrEqualTo(3);
        List<String> paged = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page <= whole.size(); page++) {
            Answer a = send(query + "&size=1" + (cursor == null ? "" : "&cursor=" + cursor), null);
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            paged.addAll(ids(a));
            cursor = a.json().path("nextCursor").isNull() ? null : a.json().path("nextCursor").asString();
            if (cursor == null) {
                break;
            }
        }
        assertThat(cursor).as("the last page has no nextCursor").isNull();
        assertThat(paged).containsExactlyElementsOf(whole);
    }

    @Test
    void anExtensionWithoutTheHeadsApprovalIsRefusedNamingTheClause() throws Exception {
        String id = open(XINXIANG_LICENCE);
        Answer a = send("/api/v1/cases/" + id + "/extensions", "{\"date\":\"2026-03-05\",\"workingDays\":5,"
                + "\"reason\":\"理由\",\"approvedBy\":\"OTHER\",\"applicantToldOn\":\"2026-03-05\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(409);
        assertThat(a.json().path("detail").asString()).startsWith(ART_42).contains("负责人批准");
    }

    @Test
    void aCallbackInTimeIsNotLateAndAMissedSetRectificationDateIs() throws Exception {
        String reviewId = JSON.readTree(review("410700", "XX-SPJY-001", "2026-04-30")).path("reviewId").asString();
        // The eve of 劳动节 (05-01 … 05-05): due after the holiday.
        Answer cb = send("/api/v1/reviews/" + reviewId + "/callback", "{\"date\":\"2026-05-06\",\"finding\":\"COMPLEX\"}");
        assertThat(cb.status()).as(cb.body()).isEqualTo(200);
        assertThat(cb.json().path("callbackDue").asString()).isEqualTo("2026-05-06");
        assertThat(cb.json().path("late").asBoolean()).isFalse();
        Answer rect = send("/api/v1/reviews/" + reviewId + "/rectification",
                "{\"date\":\"2026-05-06\",\"kind\":\"BY_DATE\",\"by\":\"2026-05-20\"}");
        assertThat(rect.status()).as(rect.body()).isEqualTo(200);
        assertThat(ids(send("/api/v1/reviews?asOf=2026-05-20&late=true&jurisdiction=410700", null))).doesNotContain(reviewId);
        Answer missed = send("/api/v1/reviews?asOf=2026-05-21&late=true&jurisdiction=410700", null);
        JsonNode mine = null;
        for (JsonNode r : missed.json().path("reviews")) {
            if (r.path("reviewId").asString().equals(reviewId)) {
                mine = r;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.path("rectificationLate").asBoolean()).isTrue();
        assertThat(mine.path("callbackLate").asBoolean()).isFalse();
        Answer fed = send("/api/v1/reviews/" + reviewId + "/feedback", "{\"date\":\"2026-05-19\"}");
        assertThat(fed.status()).as(fed.body()).isEqualTo(200);
        assertThat(ids(send("/api/v1/reviews?asOf=2026-05-21&late=true&jurisdiction=410700", null))).doesNotContain(reviewId);
    }
}
