package org.zwfw.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
 * 一件事一次办 steps (POST /api/v1/decisions/bundle-acceptance, GET …/bundles) in the words of the regulations. Their
 * own phrases ("一件事…"), so they never clash with the acceptance or fee steps.
 */
public class BundleSteps {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    private final ObjectNode request = JSON.createObjectNode();
    private int status;
    private JsonNode answer;

    private static List<String> codes(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.path(field).asString()));
        return out;
    }

    private ArrayNode materials() {
        if (!request.has("materials")) {
            request.putArray("materials");
        }
        return (ArrayNode) request.get("materials");
    }

    @假如("在 {string} 于 {string} 申请一件事 {string}")
    public void apply(String jurisdiction, String asOf, String bundle) {
        request.put("jurisdiction", jurisdiction).put("asOf", asOf).put("bundleCode", bundle);
    }

    @而且("一件事申请人是自然人 {string}")
    public void naturalPerson(String id) {
        request.putObject("applicant").put("type", "NATURAL_PERSON").put("id", id).putArray("groups");
    }

    @而且("一件事申请人是法人 {string}")
    public void legalPerson(String id) {
        request.putObject("applicant").put("type", "LEGAL_PERSON").put("id", id).putArray("groups");
    }

    @而且("一件事已提交材料 {string}")
    public void provided(String list) {
        codes(list).forEach(c -> materials().addObject().put("code", c).put("status", "PROVIDED"));
    }

    @而且("一件事材料 {string} 的状态为 {string}")
    public void status(String code, String status) {
        materials().addObject().put("code", code).put("status", status);
    }

    @而且("一件事申请人书面承诺于 {string} 前补齐补正")
    public void commitment(String by) {
        request.putObject("commitment").put("signed", true).put("supplementBy", by);
    }

    @当("提交一件事申请")
    public void submit() throws Exception {
        HttpResponse<String> r = TestApi.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/decisions/bundle-acceptance")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request), StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        status = r.statusCode();
        answer = r.body().isBlank() ? null : JSON.readTree(r.body());
    }

    @当("查询 {string} 公布的一件事 {string}")
    public void read(String jurisdiction, String bundle) throws Exception {
        HttpResponse<String> r = TestApi.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/jurisdictions/" + jurisdiction + "/bundles/" + bundle)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        status = r.statusCode();
        answer = r.body().isBlank() ? null : JSON.readTree(r.body());
    }

    @那么("一件事结论为 {string}")
    public void outcome(String outcome) {
        assertThat(status).as(String.valueOf(answer)).isEqualTo(200);
        assertThat(answer.path("outcome").asString()).isEqualTo(outcome);
    }

    @而且("一件事中事项 {string} 的结论为 {string}")
    public void matterOutcome(String matter, String outcome) {
        JsonNode m = matter(matter);
        assertThat(m.path("decision").path("outcome").asString()).isEqualTo(outcome);
    }

    private JsonNode matter(String matter) {
        for (JsonNode m : answer.path("matters")) {
            if (matter.equals(m.path("matterCode").asString())) {
                return m;
            }
        }
        throw new AssertionError("no matter " + matter + " in " + answer);
    }

    @而且("一件事中事项 {string} 的材料 {string} 由一件事内的事项 {string} 产生，不向申请人收取")
    public void withinBundle(String matter, String material, String producer) {
        JsonNode within = matter(matter).path("providedWithinBundle");
        assertThat(texts(within, "code")).containsExactly(material);
        assertThat(texts(within, "producedBy")).containsExactly(producer);
    }

    @而且("一件事办结日期为 {string}")
    public void dueDate(String date) {
        assertThat(answer.path("dueDate").asString()).isEqualTo(date);
    }

    @而且("一件事没有办结日期")
    public void noDueDate() {
        assertThat(answer.has("dueDate")).isFalse();
    }

    @而且("一件事一次告知的材料为 {string}")
    public void noticeItems(String list) {
        assertThat(texts(answer.path("supplement").path("materials"), "code")).containsExactlyElementsOf(codes(list));
    }

    @而且("一次告知中一件事材料 {string} 为事项 {string} 所需")
    public void noticeMatters(String code, String matters) {
        JsonNode item = null;
        for (JsonNode i : answer.path("supplement").path("materials")) {
            if (code.equals(i.path("code").asString())) {
                item = i;
            }
        }
        assertThat(item).as("material " + code + " in the notice").isNotNull();
        List<String> named = new ArrayList<>();
        item.path("matters").forEach(x -> named.add(x.asString()));
        assertThat(named).containsExactlyElementsOf(codes(matters));
    }

    @而且("一件事没有一次告知")
    public void noNotice() {
        assertThat(answer.has("supplement")).isFalse();
    }

    @而且("一件事补正期限为 {string}")
    public void deadline(String date) {
        assertThat(answer.path("supplement").path("deadline").asString()).isEqualTo(date);
    }

    @而且("一件事理由引用 {string}")
    public void cites(String clause) {
        assertThat(texts(answer.path("reasons"), "clause")).contains(clause);
    }

    @而且("一件事理由不引用 {string}")
    public void doesNotCite(String clause) {
        assertThat(status).as(String.valueOf(answer)).isEqualTo(200);
        assertThat(texts(answer.path("reasons"), "clause")).doesNotContain(clause);
    }

    @而且("一件事及其各事项的理由都不引用 {string} 的条文")
    public void nothingCites(String title) {
        assertThat(status).as(String.valueOf(answer)).isEqualTo(200);
        assertThat(texts(answer.path("reasons"), "clause")).noneMatch(c -> c.startsWith(title + " "));
        assertThat(answer.path("matters").size()).isPositive();
        for (JsonNode m : answer.path("matters")) {
            assertThat(texts(m.path("decision").path("reasons"), "clause")).as(m.path("matterCode").asString())
                    .noneMatch(c -> c.startsWith(title + " "));
            List<String> instruments = new ArrayList<>();
            m.path("decision").path("ruleset").path("instruments").forEach(x -> instruments.add(x.asString()));
            assertThat(instruments).doesNotContain(title);
        }
    }

    @而且("一件事的答复为临时结论，缺少 {string} 年的节假日安排")
    public void provisional(String year) {
        assertThat(status).as(String.valueOf(answer)).isEqualTo(200);
        assertThat(answer.path("provisional").asBoolean()).as("provisional in %s", answer).isTrue();
        assertThat(texts(answer.path("reasons"), "text")).anyMatch(t -> t.contains(year) && t.contains("临时结论"));
    }

    @而且("一件事的答复为临时结论")
    public void provisionalFromAMatter() {
        assertThat(status).as(String.valueOf(answer)).isEqualTo(200);
        assertThat(answer.path("provisional").asBoolean()).as("provisional in %s", answer).isTrue();
        assertThat(texts(answer.path("reasons"), "text")).anyMatch(t -> t.contains("临时结论"));
    }

    @而且("一件事的答复不是临时结论")
    public void notProvisional() {
        assertThat(status).as(String.valueOf(answer)).isEqualTo(200);
        assertThat(answer.has("provisional")).as("provisional in %s", answer).isFalse();
        assertThat(texts(answer.path("reasons"), "text")).noneMatch(t -> t.contains("临时结论"));
    }

    @而且("一件事中事项 {string} 的答复为临时结论")
    public void matterProvisional(String matter) {
        assertThat(matter(matter).path("decision").path("provisional").asBoolean()).isTrue();
    }

    @而且("一件事理由 {string} 依据解释条目 {string}")
    public void interpretation(String rule, String entry) {
        List<String> entries = new ArrayList<>();
        answer.path("reasons").forEach(x -> {
            if (rule.equals(x.path("rule").asString())) {
                entries.add(x.path("interpretation").asString());
            }
        });
        assertThat(entries).as("reasons of rule %s in %s", rule, answer).isNotEmpty().allMatch(entry::equals);
    }

    @而且("一件事理由中提到 {string}")
    public void mentions(String text) {
        assertThat(texts(answer.path("reasons"), "text")).anyMatch(t -> t.contains(text));
    }

    @而且("一件事开立了一个案件")
    public void caseOpened() {
        assertThat(answer.path("caseId").asString()).startsWith("CASE-");
    }

    @而且("一件事没有开立案件")
    public void noCase() {
        assertThat(answer.has("caseId")).isFalse();
    }

    @那么("一件事申请被拒绝，指出字段 {string}")
    public void badRequest(String field) {
        assertThat(status).isEqualTo(400);
        assertThat(texts(answer.path("errors"), "field")).contains(field);
    }

    @那么("答复一件事不存在，指出字段 {string}")
    public void notFound(String field) {
        assertThat(status).isEqualTo(404);
        assertThat(answer.toString()).contains(field);
    }

    @那么("一件事的承诺办结时限为 {int} 个工作日，材料 {string} 用于事项 {string}")
    public void published(int days, String code, String matters) {
        assertThat(status).isEqualTo(200);
        assertThat(answer.path("promisedDays").asInt()).isEqualTo(days);
        JsonNode m = null;
        for (JsonNode x : answer.path("materials")) {
            if (code.equals(x.path("code").asString())) {
                m = x;
            }
        }
        assertThat(m).isNotNull();
        List<String> named = new ArrayList<>();
        m.path("matters").forEach(x -> named.add(x.asString()));
        assertThat(named).containsExactlyElementsOf(codes(matters));
    }
}
