package org.zwfw.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.zwfw.TestApi;

import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.而且;
import io.cucumber.java.zh_cn.那么;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Services steps (POST /api/v1/decisions/services, domain.md §8) in the words of the regulations: where a matter may be
 * applied for, from which region, whether wholly online, and with what help. Their own phrases ("办事人…", "服务理由…"),
 * so they never clash with the acceptance or fee steps.
 */
public class ServicesSteps {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> PLACES = Map.of("政务服务中心", "CENTER", "乡镇（街道）便民服务中心", "TOWNSHIP",
            "村（社区）便民服务站", "VILLAGE");

    @Value("${local.server.port}")
    int port;

    private final ObjectNode request = JSON.createObjectNode();
    private int status;
    private JsonNode answer;

    // ---- the question ----

    @假如("在 {string} 于 {string} 询问事项 {string} 在哪里、怎样办理")
    public void question(String jurisdiction, String asOf, String matter) {
        request.put("jurisdiction", jurisdiction);
        request.put("asOf", asOf);
        request.put("matterCode", matter);
    }

    @而且("办事地点为{word}")
    public void place(String place) {
        assertThat(PLACES).as("places the steps know").containsKey(place);
        request.putObject("place").put("level", PLACES.get(place));
    }

    @而且("办事人所在地区为 {string}")
    public void region(String code) {
        request.put("applicantRegion", code);
    }

    @而且("办事人在线申请")
    public void online() {
        request.put("channel", "ONLINE");
    }

    @而且("办事人确实行动不便")
    public void immobile() {
        applicant().put("mobilityImpaired", true);
    }

    @而且("办事人属于群体 {string}")
    public void group(String group) {
        ArrayNode groups = applicant().has("groups") ? (ArrayNode) applicant().get("groups") : applicant().putArray("groups");
        groups.add(group);
    }

    @而且("投资建设项目的类别为 {string}")
    public void projectKinds(String kinds) {
        ArrayNode a = request.putObject("project").putArray("kinds");
        split(kinds).forEach(a::add);
    }

    private ObjectNode applicant() {
        return request.has("applicant") ? (ObjectNode) request.get("applicant") : request.putObject("applicant");
    }

    // ---- sending it ----

    @当("询问办理地点和帮办服务")
    public void ask() throws Exception {
        HttpResponse<String> r = TestApi.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/decisions/services"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        status = r.statusCode();
        answer = r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
    }

    // ---- the answer ----

    private JsonNode ok() {
        assertThat(status).as("HTTP status, answer %s", answer).isEqualTo(200);
        return answer;
    }

    @那么("可以在此申请")
    public void mayApply() {
        assertThat(ok().path("mayApplyHere").asBoolean()).as("mayApplyHere in %s", answer).isTrue();
    }

    @那么("不能在此申请")
    public void mayNotApply() {
        assertThat(ok().path("mayApplyHere").asBoolean()).as("mayApplyHere in %s", answer).isFalse();
    }

    @而且("办事人所在地区可以申请")
    public void regionMay() {
        assertThat(ok().path("mayApplyFromRegion").asBoolean()).as("mayApplyFromRegion in %s", answer).isTrue();
    }

    @而且("办事人所在地区不能申请")
    public void regionMayNot() {
        assertThat(ok().path("mayApplyFromRegion").isBoolean()).as("mayApplyFromRegion in %s", answer).isTrue();
        assertThat(answer.path("mayApplyFromRegion").asBoolean()).as("mayApplyFromRegion in %s", answer).isFalse();
    }

    @而且("通办范围为 {string}")
    public void crossRegion(String scope) {
        assertThat(ok().path("crossRegion").asString()).as("crossRegion in %s", answer).isEqualTo(scope);
    }

    @而且("全程网办")
    public void wholeProcessOnline() {
        assertThat(ok().path("wholeProcessOnline").asBoolean()).as("wholeProcessOnline in %s", answer).isTrue();
    }

    @而且("不是全程网办")
    public void notWholeProcessOnline() {
        assertThat(ok().path("wholeProcessOnline").asBoolean()).as("wholeProcessOnline in %s", answer).isFalse();
    }

    @那么("帮办代办为 {string}，种类为 {string}")
    public void assistance(String kind, String kinds) {
        JsonNode a = ok().path("assistance");
        assertThat(a.path("kind").asString()).as("assistance in %s", answer).isEqualTo(kind);
        List<String> got = new ArrayList<>();
        a.path("kinds").forEach(k -> got.add(k.asString()));
        assertThat(got).as("assistance in %s", answer).containsExactlyElementsOf(split(kinds));
    }

    @而且("帮办代办无偿提供")
    public void free() {
        assertThat(ok().path("assistance").path("free").asBoolean()).as("assistance in %s", answer).isTrue();
    }

    @而且("帮办代办未规定无偿")
    public void notFree() {
        assertThat(ok().path("assistance").path("free").asBoolean()).as("assistance in %s", answer).isFalse();
    }

    @而且("帮办代办由部门裁量")
    public void assistanceDiscretionary() {
        assertThat(ok().path("assistance").path("discretionary").asBoolean()).as("assistance in %s", answer).isTrue();
    }

    @而且("帮办代办是条文的要求，不是裁量")
    public void assistanceDuty() {
        assertThat(ok().path("assistance").path("discretionary").asBoolean()).as("assistance in %s", answer).isFalse();
    }

    @而且("有帮办代办窗口为其服务")
    public void window() {
        assertThat(ok().path("assistance").path("window").asBoolean()).as("assistance in %s", answer).isTrue();
    }

    @而且("提供上门服务，由部门裁量")
    public void homeVisit() {
        JsonNode v = ok().path("homeVisit");
        assertThat(v.path("available").asBoolean()).as("homeVisit in %s", answer).isTrue();
        assertThat(v.path("discretionary").asBoolean()).as("homeVisit in %s", answer).isTrue();
    }

    @而且("条文未规定上门服务")
    public void noHomeVisit() {
        assertThat(ok().path("homeVisit").path("available").asBoolean()).as("homeVisit in %s", answer).isFalse();
    }

    @而且("提供绿色通道")
    public void priority() {
        assertThat(ok().path("priorityService").asBoolean()).as("priorityService in %s", answer).isTrue();
    }

    @而且("不是优先办理")
    public void noPriority() {
        assertThat(ok().path("priorityService").asBoolean()).as("priorityService in %s", answer).isFalse();
    }

    @而且("服务理由引用 {string}")
    public void cites(String clause) {
        assertThat(fields(ok().path("reasons"), "clause")).as("clauses cited in %s", answer).contains(clause);
    }

    @而且("服务理由不引用 {string}")
    public void doesNotCite(String clause) {
        assertThat(fields(ok().path("reasons"), "clause")).as("clauses cited in %s", answer).doesNotContain(clause);
    }

    @而且("服务理由都不引用 {string} 的条文")
    public void citesNothingOf(String title) {
        assertThat(fields(ok().path("reasons"), "clause")).as("clauses cited in %s", answer)
                .noneMatch(c -> c.startsWith(title + " "));
        assertThat(fields(ok().path("reasons"), "clause")).as("clauses cited in %s", answer).isNotEmpty();
    }

    @而且("服务理由中有规则 {string}，依据为 {string}，{word}")
    public void reason(String rule, String basis, String discretion) {
        assertThat(List.of("裁量", "不是裁量")).contains(discretion);
        JsonNode r = rule(rule);
        assertThat(r.path("basis").asString()).as("reason %s", r).isEqualTo(basis);
        assertThat(r.path("discretionary").asBoolean()).as("reason %s", r).isEqualTo(discretion.equals("裁量"));
    }

    @而且("服务理由 {string} 列明清单 {string} 的 {string} 行，来源包括 {string}")
    public void listRow(String rule, String list, String row, String source) {
        JsonNode r = rule(rule);
        assertThat(r.path("list").path("name").asString()).as("reason %s", r).isEqualTo(list);
        assertThat(r.path("list").path("row").asString()).as("reason %s", r).isEqualTo(row);
        assertThat(r.path("list").path("source").asString()).as("reason %s", r).contains(source);
    }

    @而且("服务理由 {string} 依据解释条目 {string}")
    public void interpretation(String rule, String id) {
        assertThat(rule(rule).path("interpretation").asString()).isEqualTo(id);
    }

    @而且("服务理由 {string} 中提到 {string}")
    public void mentions(String rule, String text) {
        assertThat(rule(rule).path("text").asString()).contains(text);
    }

    @那么("服务询问被拒绝，状态 {int}，字段 {string}")
    public void refused(int code, String field) {
        assertThat(status).as("answer %s", answer).isEqualTo(code);
        assertThat(answer.toString()).as("problem naming %s", field).contains("\"" + field + "\"");
    }

    private JsonNode rule(String id) {
        List<JsonNode> found = new ArrayList<>();
        ok().path("reasons").forEach(r -> {
            if (r.path("rule").asString().equals(id)) {
                found.add(r);
            }
        });
        assertThat(found).as("reasons of rule %s in %s", id, answer).isNotEmpty();
        return found.get(0);
    }

    private static List<String> fields(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.path(field).asString()));
        return out;
    }

    private static List<String> split(String list) {
        return list.isBlank() ? List.of() : Arrays.stream(list.split(",")).map(String::trim).toList();
    }
}
