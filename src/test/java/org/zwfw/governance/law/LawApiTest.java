package org.zwfw.governance.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
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
 * The law beside its rules over HTTP: the instruments on file, an article's words with the rules citing it (their DRL as
 * written, at their file and line) and the entries reading it, the article a reason's citation names, and a 404 naming
 * the field for an instrument or article not on file.
 */
@ServiceTest
class LawApiTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String YINCHUAN = "银川市政务服务管理办法";

    @Value("${local.server.port}")
    int port;

    record Answer(int status, JsonNode json) {}

    Answer get(String path) throws Exception {
        HttpResponse<String> r = TestApi.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), JSON.readTree(r.body()));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asString()));
        return out;
    }

    @Test
    void theInstrumentsOnFileWithTheirStatus() throws Exception {
        Answer a = get("/api/v1/law/instruments");
        assertThat(a.status()).isEqualTo(200);
        assertThat(texts(a.json(), "title")).contains(YINCHUAN, "新乡市政务服务条例");
        assertThat(texts(a.json(), "status")).contains("IN_FORCE", "DRAFT");
    }

    @Test
    void anArticleWithItsWordsRulesAndEntries() throws Exception {
        Answer a = get("/api/v1/law/citation?clause=" + enc(YINCHUAN + " 第二十五条"));
        assertThat(a.status()).isEqualTo(200);
        JsonNode j = a.json();
        assertThat(j.path("article").asString()).isEqualTo("第二十五条");
        assertThat(j.path("text").asString()).startsWith("第二十五条").contains("容缺受理");
        assertThat(j.path("rules").size()).isPositive();
        for (JsonNode rule : j.path("rules")) {
            assertThat(rule.path("clause").asString()).isEqualTo(YINCHUAN + " 第二十五条");
            if (rule.path("line").asInt() > 0) {
                assertThat(rule.path("source").asString()).startsWith("rule \"").contains("@clause").endsWith("end\n");
                assertThat(rule.path("file").asString()).endsWith(".drl");
            }
        }
        assertThat(texts(j.path("rules"), "source")).anyMatch(s -> s.contains("第二十五条"));

        String id = j.path("instrument").path("id").asString();
        Answer same = get("/api/v1/law/instruments/" + enc(id) + "/articles/" + enc("第二十五条"));
        assertThat(same.json()).isEqualTo(j);
        Answer inst = get("/api/v1/law/instruments/" + enc(id));
        assertThat(texts(inst.json().path("articles"), "article")).startsWith("第一条", "第二条")
                .contains("第二十五条");
    }

    @Test
    void whatIsNotOnFileIsA404NamingTheField() throws Exception {
        Answer noInstrument = get("/api/v1/law/instruments/no-such-instrument");
        assertThat(noInstrument.status()).isEqualTo(404);
        assertThat(noInstrument.json().toString()).contains("\"id\"");
        Answer noArticle = get("/api/v1/law/citation?clause=" + enc(YINCHUAN + " 第九十九条"));
        assertThat(noArticle.status()).isEqualTo(404);
        assertThat(noArticle.json().toString()).contains("\"clause\"");
    }
}
