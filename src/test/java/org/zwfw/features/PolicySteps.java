package org.zwfw.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.zwfw.TestApi;

import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.而且;
import io.cucumber.java.zh_cn.那么;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** 免申即享 steps: a subject with attributes and their sources, matched over HTTP. */
public class PolicySteps {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    private final ObjectNode request = JSON.createObjectNode();
    private ObjectNode subject;
    private int status;
    private JsonNode answer;

    @假如("在 {string} 于 {string} 查询免申即享政策")
    public void where(String jurisdiction, String asOf) {
        request.put("jurisdiction", jurisdiction);
        request.put("asOf", asOf);
    }

    @而且("主体是自然人")
    public void person() {
        subject("NATURAL_PERSON");
    }

    @而且("主体是企业")
    public void enterprise() {
        subject("LEGAL_PERSON");
    }

    private void subject(String type) {
        subject = request.putObject("subject");
        subject.put("type", type);
        subject.putObject("attributes");
        subject.putObject("sources");
    }

    @而且("共享数据显示 {word} 为 {string}")
    public void shared(String attribute, String value) {
        ((ObjectNode) subject.get("attributes")).put(attribute, value);
        ((ObjectNode) subject.get("sources")).put(attribute, "SHARED");
    }

    @而且("主体自行申报 {word} 为 {string}")
    public void declared(String attribute, String value) {
        ((ObjectNode) subject.get("attributes")).put(attribute, value);
        ((ObjectNode) subject.get("sources")).put(attribute, "DECLARED");
    }

    @当("匹配免申即享政策")
    public void match() throws Exception {
        HttpResponse<String> r = TestApi.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/policies/matches"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        status = r.statusCode();
        answer = JSON.readTree(r.body());
    }

    private JsonNode matchOf(String policy) {
        for (JsonNode m : answer.path("matches")) {
            if (m.path("policy").asString().equals(policy)) {
                return m;
            }
        }
        return null;
    }

    @那么("匹配到政策 {string}")
    public void matched(String policy) {
        assertThat(status).as("answer %s", answer).isEqualTo(200);
        assertThat(matchOf(policy)).as("match of %s in %s", policy, answer).isNotNull();
    }

    @那么("没有匹配到政策 {string}")
    public void notMatched(String policy) {
        assertThat(status).as("answer %s", answer).isEqualTo(200);
        assertThat(matchOf(policy)).as("match of %s in %s", policy, answer).isNull();
    }

    @而且("政策 {string} 的收益为 {double} {string}")
    public void benefit(String policy, double amount, String unit) {
        JsonNode m = matchOf(policy);
        assertThat(m.path("benefit").path("amount").asDouble()).isEqualTo(amount);
        assertThat(m.path("benefit").path("unit").asString()).isEqualTo(unit);
    }

    @而且("政策 {string} 免于申请")
    public void noApplication(String policy) {
        assertThat(matchOf(policy).path("noApplicationNeeded").asBoolean()).isTrue();
    }

    @而且("政策 {string} 需要主体确认 {string}")
    public void toConfirm(String policy, String attributes) {
        JsonNode m = matchOf(policy);
        assertThat(m.path("noApplicationNeeded").asBoolean()).isFalse();
        List<String> got = new ArrayList<>();
        m.path("toConfirm").forEach(x -> got.add(x.asString()));
        assertThat(got).containsExactlyInAnyOrder(attributes.split(","));
    }

    @而且("政策 {string} 的依据为 {string}")
    public void basis(String policy, String basis) {
        assertThat(matchOf(policy).path("clause").asString()).isEqualTo(basis);
    }

    @而且("政策 {string} 的类别为 {string}")
    public void policyClass(String policy, String cls) {
        assertThat(matchOf(policy).path("class").asString()).isEqualTo(cls);
    }

    @而且("同时查询差一点符合的政策")
    public void askNearMisses() {
        request.put("nearMisses", true);
    }

    private JsonNode nearMissOf(String policy) {
        assertThat(status).as("answer %s", answer).isEqualTo(200);
        assertThat(answer.has("nearMisses")).as("near misses in %s", answer).isTrue();
        for (JsonNode m : answer.path("nearMisses")) {
            if (m.path("policy").asString().equals(policy)) {
                return m;
            }
        }
        return null;
    }

    @而且("政策 {string} 差一点符合，仅有 {int} 项条件未满足")
    public void nearMiss(String policy, int failed) {
        JsonNode m = nearMissOf(policy);
        assertThat(m).as("near miss %s in %s", policy, answer).isNotNull();
        assertThat(m.path("failed").size()).as("%s", m).isEqualTo(failed);
    }

    @而且("政策 {string} 最接近的档次为 {string}")
    public void nearestTier(String policy, String tier) {
        assertThat(nearMissOf(policy).path("tier").asString()).isEqualTo(tier);
    }

    private JsonNode failedCondition(String policy, String condition) {
        for (JsonNode f : nearMissOf(policy).path("failed")) {
            if (f.path("condition").asString().equals(condition)) {
                return f;
            }
        }
        throw new AssertionError("no failed condition " + condition + " for " + policy + " in " + answer);
    }

    @而且("政策 {string} 未满足条件 {string}，相差 {double}")
    public void failedBy(String policy, String condition, double by) {
        assertThat(failedCondition(policy, condition).path("by").asDouble()).isEqualTo(by);
    }

    @而且("政策 {string} 未满足条件 {string}，主体的值为 {string}")
    public void failedWithValue(String policy, String condition, String value) {
        JsonNode f = failedCondition(policy, condition);
        assertThat(f.path("value").asString()).isEqualTo(value);
        assertThat(f.has("by")).as("a condition that is not a number has no distance: %s", f).isFalse();
    }

    @那么("政策 {string} 不在差一点符合之列")
    public void notANearMiss(String policy) {
        assertThat(nearMissOf(policy)).as("near miss %s in %s", policy, answer).isNull();
    }

    @那么("答复不含差一点符合的政策")
    public void noNearMissesGiven() {
        assertThat(status).as("answer %s", answer).isEqualTo(200);
        assertThat(answer.has("nearMisses")).as("%s", answer).isFalse();
    }

    private JsonNode lists;

    @当("查询 {string} 于 {string} 须公布的政策清单")
    public void queryLists(String jurisdiction, String asOf) throws Exception {
        HttpResponse<String> r = TestApi.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/policies/lists?jurisdiction=" + jurisdiction + "&asOf=" + asOf)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        lists = JSON.readTree(r.body());
    }

    private JsonNode list(String label) {
        for (JsonNode l : lists.path("lists")) {
            if (l.path("label").asString().equals(label)) {
                return l;
            }
        }
        throw new AssertionError("no list " + label + " in " + lists);
    }

    private List<String> listed(String label) {
        List<String> codes = new ArrayList<>();
        list(label).path("policies").forEach(p -> codes.add(p.path("code").asString()));
        return codes;
    }

    @那么("按类公布的清单依次为 {string}")
    public void listLabels(String labels) {
        List<String> got = new ArrayList<>();
        lists.path("lists").forEach(l -> got.add(l.path("label").asString()));
        assertThat(got).containsExactly(labels.split("、"));
    }

    @而且("每份清单的依据为 {string}")
    public void everyListClause(String clause) {
        assertThat(lists.path("lists").size()).isPositive();
        lists.path("lists").forEach(l -> assertThat(l.path("clause").asString()).as("%s", l).isEqualTo(clause));
        assertThat(lists.path("reasons").findValuesAsString("clause")).isNotEmpty().containsOnly(clause);
    }

    @而且("{string} 清单的类别为 {string}")
    public void listClass(String label, String cls) {
        assertThat(list(label).path("class").asString()).isEqualTo(cls);
    }

    @而且("{string} 清单列有政策 {string}")
    public void listed(String label, String policy) {
        assertThat(listed(label)).as("%s", lists).contains(policy);
    }

    @而且("{string} 清单未列政策 {string}")
    public void notListed(String label, String policy) {
        assertThat(listed(label)).as("%s", lists).doesNotContain(policy);
    }

    @那么("没有须依法公布的政策清单")
    public void noLists() {
        assertThat(lists.path("lists").isArray()).as("%s", lists).isTrue();
        assertThat(lists.path("lists").size()).as("%s", lists).isZero();
    }
}
