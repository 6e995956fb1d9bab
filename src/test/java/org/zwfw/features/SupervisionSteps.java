package org.zwfw.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.zwfw.TestApi;
import org.zwfw.engine.RuleSetHolder;

import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.而且;
import io.cucumber.java.zh_cn.那么;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Steps of the supervisors' questions (domain.md §7): a case accepted with every material, its clock read on a date,
 * an extension asked for, a 好差评 review posted and called back — each over HTTP.
 */
public class SupervisionSteps {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    @Autowired
    RuleSetHolder rules;

    private String jurisdiction;
    private String matter;
    private String caseId;
    private JsonNode clock;
    private int status;
    private JsonNode answer;
    private String reviewId;
    private JsonNode review;

    private void send(String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (body == null) {
            b.GET();
        } else {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = TestApi.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        status = r.statusCode();
        answer = r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
    }

    // ---- the case clock ----

    @假如("{string} 的事项 {string} 于 {string} 受理，材料齐全")
    public void accepted(String jurisdiction, String matter, String date) throws Exception {
        this.jurisdiction = jurisdiction;
        this.matter = matter;
        ObjectNode req = JSON.createObjectNode().put("jurisdiction", jurisdiction).put("matterCode", matter)
                .put("asOf", date);
        req.putObject("applicant").put("type", "LEGAL_PERSON").put("id", "91410700MA47D3E4F1");
        ArrayNode materials = req.putArray("materials");
        rules.current().catalog().of(jurisdiction).materialsOf(matter)
                .forEach(m -> materials.addObject().put("code", m.code()).put("status", "PROVIDED"));
        send("/api/v1/cases", JSON.writeValueAsString(req));
        assertThat(status).as("opening the case: %s", answer).isEqualTo(201);
        assertThat(answer.path("decision").path("outcome").asString()).as("%s", answer).isEqualTo("ACCEPT");
        caseId = answer.path("caseId").asString();
    }

    /** Approved by commitment: every material but those the list row's commitment replaces, and the signed letter. */
    @假如("{string} 的事项 {string} 于 {string} 以告知承诺方式作出同意的决定")
    public void approvedByCommitment(String jurisdiction, String matter, String date) throws Exception {
        this.jurisdiction = jurisdiction;
        this.matter = matter;
        ObjectNode req = JSON.createObjectNode().put("jurisdiction", jurisdiction).put("matterCode", matter)
                .put("asOf", date).put("route", "COMMITMENT").put("channel", "ONLINE");
        req.putObject("applicant").put("type", "LEGAL_PERSON").put("id", "91410700MA47D3E4F1");
        req.putObject("commitmentLetter").put("signed", true);
        ArrayNode materials = req.putArray("materials");
        var listing = rules.current().catalog().of(jurisdiction).commitmentOf(matter).orElseThrow();
        rules.current().catalog().of(jurisdiction).materialsOf(matter).stream()
                .filter(m -> !listing.replaces(m.code()))
                .forEach(m -> materials.addObject().put("code", m.code()).put("status", "PROVIDED"));
        send("/api/v1/cases", JSON.writeValueAsString(req));
        assertThat(status).as("opening the case: %s", answer).isEqualTo(201);
        assertThat(answer.path("decision").path("outcome").asString()).as("%s", answer)
                .isEqualTo("APPROVE_BY_COMMITMENT");
        caseId = answer.path("caseId").asString();
    }

    @那么("应于 {string} 前核查（{string}）")
    public void verificationDue(String due, String dayKind) {
        JsonNode v = clock.path("verification");
        assertThat(v.path("dueDate").asString()).as("%s", clock).isEqualTo(due);
        assertThat(v.path("dayKind").asString()).as("%s", clock).isEqualTo(dayKind);
    }

    @而且("距核查期限还有 {int} 日")
    public void verificationDaysLeft(int n) {
        assertThat(clock.path("verification").path("daysLeft").asInt()).as("%s", clock).isEqualTo(n);
    }

    @而且("核查逾期，自 {string} 起")
    public void verificationOverdue(String since) {
        assertThat(clock.path("verification").path("overdueSince").asString()).as("%s", clock).isEqualTo(since);
    }

    @而且("核查未逾期")
    public void verificationNotOverdue() {
        assertThat(clock.path("verification").path("overdueSince").isNull()).as("%s", clock).isTrue();
    }

    @当("于 {string} 记录核查，结果为 {string}")
    public void recordVerification(String date, String result) throws Exception {
        send("/api/v1/cases/" + caseId + "/verifications",
                JSON.writeValueAsString(JSON.createObjectNode().put("date", date).put("result", result)));
        assertThat(status).as("%s", answer).isEqualTo(200);
    }

    @那么("核查照常记录，案件状态为 {string}")
    public void verificationRecorded(String state) {
        assertThat(answer.path("state").asString()).as("%s", answer).isEqualTo(state);
    }

    @而且("核查理由中提到 {string}")
    public void verificationSays(String text) {
        assertThat(values(answer.path("reasons"), "text")).as("%s", answer).anyMatch(t -> t.contains(text));
    }

    @而且("核查理由中没有提到 {string}")
    public void verificationDoesNotSay(String text) {
        assertThat(values(answer.path("reasons"), "text")).as("%s", answer).noneMatch(t -> t.contains(text));
    }

    @那么("于 {string} 不再列入办件时钟")
    public void offTheClock(String date) throws Exception {
        send("/api/v1/supervision/cases?asOf=" + date + "&jurisdiction=" + jurisdiction + "&matterCode=" + matter
                + "&acceptedFrom=2025-01-01", null);
        assertThat(status).as("%s", answer).isEqualTo(200);
        assertThat(values(answer.path("cases"), "caseId")).as("%s", answer).doesNotContain(caseId);
    }

    @当("于 {string} 查看办件时钟")
    public void readClock(String date) throws Exception {
        send("/api/v1/supervision/cases?asOf=" + date + "&jurisdiction=" + jurisdiction + "&matterCode=" + matter
                + "&acceptedFrom=2025-01-01", null);
        assertThat(status).as("%s", answer).isEqualTo(200);
        clock = null;
        for (JsonNode c : answer.path("cases")) {
            if (c.path("caseId").asString().equals(caseId)) {
                clock = c;
            }
        }
        assertThat(clock).as("the case among the open cases on %s: %s", date, answer).isNotNull();
    }

    @那么("承诺办结日期为 {string}，法定办结日期为 {string}")
    public void dueDates(String promised, String legal) {
        JsonNode c = clock != null ? clock : answer;
        assertThat(c.path("promisedDueDate").asString()).as("%s", c).isEqualTo(promised);
        assertThat(c.path("legalDueDate").asString()).as("%s", c).isEqualTo(legal);
    }

    @那么("办件监督状态为 {string}")
    public void clockStatus(String expected) {
        assertThat(clock.path("status").asString()).as("%s", clock).isEqualTo(expected);
    }

    @而且("距承诺办结日期还有 {int} 个工作日")
    public void daysLeft(int n) {
        assertThat(clock.path("workingDaysLeft").asInt()).as("%s", clock).isEqualTo(n);
    }

    @而且("超期情形为 {string}，自 {string} 起")
    public void overdue(String which, String since) {
        assertThat(clock.path("overdue").asString()).as("%s", clock).isEqualTo(which);
        assertThat(clock.path("overdueSince").asString()).as("%s", clock).isEqualTo(since);
    }

    @而且("办件时钟理由引用 {string}")
    public void clockCites(String clause) {
        assertThat(values(clock.path("reasons"), "clause")).as("%s", clock).contains(clause);
    }

    @而且("办件时钟理由不引用 {string}")
    public void clockDoesNotCite(String clause) {
        assertThat(values(clock.path("reasons"), "clause")).as("%s", clock).doesNotContain(clause);
    }

    @而且("办件时钟中规则 {string} 依据清单 {string}")
    public void restsOnList(String rule, String list) {
        JsonNode r = null;
        for (JsonNode x : clock.path("reasons")) {
            if (x.path("rule").asString().equals(rule)) {
                r = x;
            }
        }
        assertThat(r).as("reason of %s in %s", rule, clock).isNotNull();
        assertThat(r.path("basis").asString()).isEqualTo("LIST");
        assertThat(r.path("list").path("name").asString()).isEqualTo(list);
    }

    @而且("办件时钟中规则 {string} 的结论为裁量，依据清单")
    public void discretionaryList(String rule) {
        JsonNode r = null;
        for (JsonNode x : clock.path("reasons")) {
            if (x.path("rule").asString().equals(rule)) {
                r = x;
            }
        }
        assertThat(r).as("reason of %s in %s", rule, clock).isNotNull();
        assertThat(r.path("discretionary").asBoolean()).isTrue();
        assertThat(r.path("basis").asString()).isEqualTo("LIST");
    }

    // ---- extensions ----

    @当("于 {string} 经本行政机关负责人批准延长 {int} 个工作日，并于当日告知申请人理由")
    public void extend(String date, int days) throws Exception {
        extension(date, days, "AGENCY_HEAD", true);
    }

    @当("于 {string} 经本级人民政府负责人批准延长 {int} 个工作日，并于当日告知申请人理由")
    public void extendByGovernment(String date, int days) throws Exception {
        extension(date, days, "GOVERNMENT_HEAD", true);
    }

    @当("于 {string} 延长 {int} 个工作日，批准人为 {string}，并于当日告知申请人理由")
    public void extendApprovedBy(String date, int days, String approvedBy) throws Exception {
        extension(date, days, approvedBy, true);
    }

    @当("于 {string} 经本行政机关负责人批准延长 {int} 个工作日，未告知申请人理由")
    public void extendUntold(String date, int days) throws Exception {
        extension(date, days, "AGENCY_HEAD", false);
    }

    private void extension(String date, int days, String approvedBy, boolean told) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("date", date).put("workingDays", days)
                .put("reason", "需现场核查经营场所").put("approvedBy", approvedBy);
        if (told) {
            body.put("applicantToldOn", date);
        }
        send("/api/v1/cases/" + caseId + "/extensions", JSON.writeValueAsString(body));
        clock = status == 200 ? answer : null;
    }

    @那么("延长获准，法定办结日期延至 {string}，承诺办结日期仍为 {string}")
    public void extended(String legal, String promised) {
        assertThat(status).as("%s", answer).isEqualTo(200);
        assertThat(answer.path("legalDueDate").asString()).isEqualTo(legal);
        assertThat(answer.path("promisedDueDate").asString()).isEqualTo(promised);
        assertThat(values(answer.path("reasons"), "clause")).contains("中华人民共和国行政许可法 第四十二条");
    }

    @那么("延长被拒绝（409），说明引用 {string} 并提到 {string}")
    public void refused(String clause, String words) {
        assertThat(status).as("%s", answer).isEqualTo(409);
        assertThat(answer.path("detail").asString()).contains(clause).contains(words);
    }

    // ---- 好差评 ----

    @当("{string} 的申请人于 {string} 对事项 {string} 作出实名评价 {string}")
    public void realNameReview(String jurisdiction, String date, String matter, String rating) throws Exception {
        postReview(jurisdiction, date, matter, rating, true);
    }

    @当("{string} 的申请人于 {string} 对事项 {string} 作出匿名评价 {string}")
    public void anonymousReview(String jurisdiction, String date, String matter, String rating) throws Exception {
        postReview(jurisdiction, date, matter, rating, false);
    }

    private void postReview(String jurisdiction, String date, String matter, String rating, boolean realName)
            throws Exception {
        this.jurisdiction = jurisdiction;
        ObjectNode body = JSON.createObjectNode().put("jurisdiction", jurisdiction).put("matterCode", matter)
                .put("channel", "ONLINE").put("date", date).put("rating", rating).put("realName", realName);
        send("/api/v1/reviews", JSON.writeValueAsString(body));
        assertThat(status).as("%s", answer).isEqualTo(201);
        review = answer;
        reviewId = answer.path("reviewId").asString();
    }

    @那么("应于 {string} 前回访核实")
    public void callbackDue(String date) {
        assertThat(review.path("callbackDue").asString()).as("%s", review).isEqualTo(date);
    }

    @那么("没有回访核实期限")
    public void noCallbackDue() {
        assertThat(review.path("callbackDue").isNull()).as("%s", review).isTrue();
    }

    @而且("好差评理由引用 {string}")
    public void reviewCites(String clause) {
        assertThat(values(review.path("reasons"), "clause")).as("%s", review).contains(clause);
    }

    @而且("好差评理由中提到 {string}")
    public void reviewMentions(String words) {
        assertThat(values(review.path("reasons"), "text")).as("%s", review).anyMatch(t -> t.contains(words));
    }

    @而且("好差评理由依据解释条目 {string}")
    public void reviewInterpretation(String id) {
        List<String> ids = new ArrayList<>();
        review.path("reasons").forEach(r -> r.path("interpretations").forEach(i -> ids.add(i.asString())));
        assertThat(ids).as("%s", review).contains(id);
    }

    @当("于 {string} 回访核实，结论为 {string}")
    public void callback(String date, String finding) throws Exception {
        send("/api/v1/reviews/" + reviewId + "/callback", JSON.writeValueAsString(JSON.createObjectNode()
                .put("date", date).put("finding", finding)));
        assertThat(status).as("%s", answer).isEqualTo(200);
    }

    @那么("于 {string} 列为逾期未回访")
    public void listedLate(String date) throws Exception {
        JsonNode r = lateReview(date);
        assertThat(r).as("late reviews on %s: %s", date, answer).isNotNull();
        assertThat(r.path("callbackLate").asBoolean()).isTrue();
    }

    @那么("于 {string} 不列为逾期")
    public void notListedLate(String date) throws Exception {
        assertThat(lateReview(date)).as("late reviews on %s: %s", date, answer).isNull();
    }

    private JsonNode lateReview(String date) throws Exception {
        send("/api/v1/reviews?late=true&asOf=" + date + "&jurisdiction=" + jurisdiction, null);
        assertThat(status).as("%s", answer).isEqualTo(200);
        for (JsonNode r : answer.path("reviews")) {
            if (r.path("reviewId").asString().equals(reviewId)) {
                return r;
            }
        }
        return null;
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.path(field).asString()));
        return out;
    }
}
