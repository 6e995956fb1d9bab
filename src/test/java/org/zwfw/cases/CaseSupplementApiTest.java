package org.zwfw.cases;

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
 * {@code POST /api/v1/cases/{caseId}/supplements} with {@code nonConforming}: materials handed in that do not meet the
 * requirements. 银川 2025 第二十五条 abandons the application; 新乡 第二十条 says nothing of it, so the material stays missing.
 */
@ServiceTest
class CaseSupplementApiTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** 银川 2025: a 食品经营许可 accepted with M05 and M06 missing, committed by 2025-12-19. */
    static final String YINCHUAN = """
            {"jurisdiction":"640100","matterCode":"YC-SPJY-001","asOf":"2025-12-15",
             "applicant":{"type":"LEGAL_PERSON","id":"91640100MA76A1B2CR"},
             "materials":[{"code":"M01","status":"PROVIDED"},{"code":"M03","status":"PROVIDED"},
                          {"code":"M04","status":"PROVIDED"},{"code":"M05","status":"MISSING"},{"code":"M06","status":"MISSING"}],
             "commitment":{"signed":true,"supplementBy":"2025-12-19"}}""";

    /** 新乡: the same matter accepted with M06 missing. */
    static final String XINXIANG = """
            {"jurisdiction":"410700","matterCode":"XX-SPJY-001","asOf":"2026-03-02",
             "applicant":{"type":"LEGAL_PERSON","id":"91410700MA47D3E4F1"},
             "materials":[{"code":"M01","status":"PROVIDED"},{"code":"M04","status":"PROVIDED"},
                          {"code":"M05","status":"PROVIDED"},{"code":"M06","status":"MISSING"}],
             "commitment":{"signed":true}}""";

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
        assertThat(a.json().path("state").asString()).as(a.body()).isEqualTo("PENDING_SUPPLEMENT");
        return a.json().path("caseId").asString();
    }

    Answer supplement(String caseId, String body) throws Exception {
        return send("/api/v1/cases/" + caseId + "/supplements", body);
    }

    static List<String> values(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.path(field).asString()));
        return out;
    }

    @Test
    void inYinchuanANonConformingSupplementAbandonsTheApplication() throws Exception {
        String id = open(YINCHUAN);
        Answer a = supplement(id, "{\"date\":\"2025-12-16\",\"materials\":[\"M05\"],\"nonConforming\":[\"M06\"]}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("state").asString()).isEqualTo("ABANDONED");
        assertThat(values(a.json().path("reasons"), "clause")).containsExactly("银川市政务服务管理办法 第二十五条");
        assertThat(values(a.json().path("reasons"), "basis")).containsExactly("TEXT");
        assertThat(values(a.json().path("reasons"), "text")).allMatch(t -> t.contains("不符合要求") && t.contains("视为放弃申请"));
        Answer later = send("/api/v1/cases/" + id + "?asOf=2025-12-17", null);
        assertThat(later.json().path("state").asString()).isEqualTo("ABANDONED");
        assertThat(values(later.json().path("history"), "detail")).contains("materials M05; nonConforming M06");
        // An abandoned case takes no more supplements.
        assertThat(supplement(id, "{\"date\":\"2025-12-18\",\"materials\":[\"M06\"]}").status()).isEqualTo(409);
    }

    @Test
    void inXinxiangTheMaterialStaysMissingAndTheReasonSaysTheTextIsSilent() throws Exception {
        String id = open(XINXIANG);
        Answer a = supplement(id, "{\"date\":\"2026-03-05\",\"nonConforming\":[\"M06\"]}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("state").asString()).isEqualTo("PENDING_SUPPLEMENT");
        assertThat(a.json().path("missing").size()).isEqualTo(1);
        assertThat(a.json().path("missing").get(0).asString()).isEqualTo("M06");
        JsonNode reason = a.json().path("reasons").get(0);
        assertThat(reason.path("clause").asString()).isEqualTo("新乡市政务服务条例 第二十条");
        assertThat(reason.path("basis").asString()).isEqualTo("INTERPRETATION");
        assertThat(reason.path("text").asString()).contains("未规定").doesNotContain("视为放弃");
        // Then supplemented in time, meeting the requirements.
        Answer b = supplement(id, "{\"date\":\"2026-03-06\",\"materials\":[\"M06\"]}");
        assertThat(b.json().path("state").asString()).isEqualTo("SUPPLEMENTED");
    }

    @Test
    void aNonConformingCodeThatIsNoMaterialOfTheMatterIsNamed() throws Exception {
        String id = open(YINCHUAN);
        Answer a = supplement(id, "{\"date\":\"2025-12-16\",\"materials\":[\"M05\"],\"nonConforming\":[\"M06\",\"M99\"]}");
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(values(a.json().path("errors"), "field")).containsExactly("nonConforming[1]");
        assertThat(values(a.json().path("errors"), "message")).allMatch(m -> m.contains("YC-SPJY-001"));
        Answer notAwaited = supplement(id, "{\"date\":\"2025-12-16\",\"nonConforming\":[\"M01\"]}");
        assertThat(notAwaited.status()).isEqualTo(400);
        assertThat(values(notAwaited.json().path("errors"), "field")).containsExactly("nonConforming[0]");
        Answer both = supplement(id, "{\"date\":\"2025-12-16\",\"materials\":[\"M05\"],\"nonConforming\":[\"M05\"]}");
        assertThat(both.status()).isEqualTo(400);
        assertThat(values(both.json().path("errors"), "field")).containsExactly("nonConforming[0]");
        Answer nothing = supplement(id, "{\"date\":\"2025-12-16\",\"materials\":[],\"nonConforming\":[]}");
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(values(nothing.json().path("errors"), "field")).containsExactly("materials");
        // None of these moved the case.
        assertThat(send("/api/v1/cases/" + id + "?asOf=2025-12-16", null).json().path("state").asString())
                .isEqualTo("PENDING_SUPPLEMENT");
    }
}
