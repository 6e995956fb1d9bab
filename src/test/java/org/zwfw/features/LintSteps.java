package org.zwfw.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.zwfw.catalog.Jurisdiction;
import org.zwfw.engine.RuleSetHolder;
import org.zwfw.TestApi;

import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.而且;
import io.cucumber.java.zh_cn.那么;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Catalog lint steps (POST /api/v1/catalog/lint). A supervisor's candidate catalog is a jurisdiction's published
 * sample catalog, edited in memory and uploaded with the request; the rules folder is never touched. Their own
 * phrases ("事项清单…", "清单检查…"), so they never clash with the acceptance or fee steps.
 */
public class LintSteps {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Table file → request field. */
    private static final Map<String, String> TABLES = Map.of("matters.csv", "matters", "guide.csv", "guide",
            "materials.csv", "materials", "tolerance-list.csv", "toleranceList", "retained-proofs.csv", "retainedProofs");

    @Value("${local.server.port}")
    int port;

    @Autowired
    RuleSetHolder rules;

    private String jurisdiction;
    private final Map<String, String> tables = new LinkedHashMap<>();
    private int status;
    private JsonNode answer;
    private JsonNode breach;

    @假如("以 {string} 公布的事项清单为底稿")
    public void basedOn(String code) throws IOException {
        jurisdiction = code;
        Jurisdiction j = rules.current().catalog().jurisdiction(code).orElseThrow();
        Path folder = rules.current().root().resolve(j.folder()).resolve("catalog");
        for (String table : TABLES.keySet()) {
            Path f = folder.resolve(table);
            if (Files.exists(f)) {
                tables.put(table, Files.readString(f, StandardCharsets.UTF_8));
            }
        }
    }

    @而且("清单表 {string} 中的 {string} 改为 {string}")
    public void replace(String table, String from, String to) {
        assertThat(tables.get(table)).as(table + " contains " + from).contains(from);
        tables.put(table, tables.get(table).replace(from, to));
    }

    @而且("清单表 {string} 末尾加一行 {string}")
    public void append(String table, String line) {
        tables.put(table, tables.get(table) + line + "\n");
    }

    @当("于 {string} 检查 {string} 公布的事项清单")
    public void lintPublished(String asOf, String code) throws Exception {
        post(JSON.createObjectNode().put("jurisdiction", code).put("asOf", asOf));
    }

    @当("于 {string} 检查该事项清单")
    public void lintCandidate(String asOf) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("jurisdiction", jurisdiction).put("asOf", asOf);
        ObjectNode catalog = body.putObject("catalog");
        tables.forEach((table, csv) -> catalog.put(TABLES.get(table), csv));
        post(body);
    }

    private void post(ObjectNode body) throws Exception {
        HttpResponse<String> r = TestApi.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/catalog/lint"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        status = r.statusCode();
        answer = JSON.readTree(r.body());
    }

    @那么("清单检查没有发现违规")
    public void clean() {
        assertThat(status).isEqualTo(200);
        assertThat(answer.path("breaches").isArray()).isTrue();
        assertThat(answer.path("breaches").size()).as(answer.toString()).isZero();
    }

    @那么("清单检查只发现一项违规 {string}：事项 {string}，依据 {string}")
    public void exactlyOne(String check, String matter, String clause) {
        assertThat(status).as(answer.toString()).isEqualTo(200);
        assertThat(answer.path("breaches").size()).as(answer.toString()).isEqualTo(1);
        breach = answer.path("breaches").get(0);
        assertThat(breach.path("check").asString()).isEqualTo(check);
        assertThat(breach.path("matterCode").asString()).isEqualTo(matter);
        assertThat(breach.path("clause").asString()).isEqualTo(clause);
    }

    @那么("清单检查只发现一项违规 {string}：证明事项清单的 {string} 行，依据 {string}")
    public void exactlyOneInAProofRow(String check, String proof, String clause) {
        assertThat(status).as(answer.toString()).isEqualTo(200);
        assertThat(answer.path("breaches").size()).as(answer.toString()).isEqualTo(1);
        breach = answer.path("breaches").get(0);
        assertThat(breach.path("check").asString()).isEqualTo(check);
        assertThat(breach.path("proof").asString()).isEqualTo(proof);
        assertThat(breach.has("matterCode")).as(answer.toString()).isFalse();
        assertThat(breach.path("clause").asString()).isEqualTo(clause);
    }

    @而且("该违规涉及材料 {string}")
    public void material(String code) {
        assertThat(breach.path("materialCode").asString()).isEqualTo(code);
    }

    @而且("违规说明为 {string}")
    public void message(String text) {
        assertThat(breach.path("message").asString()).isEqualTo(text);
    }
}
