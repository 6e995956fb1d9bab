package org.zwfw.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.zwfw.ServiceTest;
import org.zwfw.TestApi;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** POST /api/v1/catalog/lint through the real service on a random port. */
@ServiceTest
class CatalogLintApiTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Path FLAWED = Path.of("src/test/resources/lint/xian-flawed");

    @Value("${local.server.port}")
    int port;

    record Answer(int status, String contentType, JsonNode json) {}

    Answer post(String body) throws Exception {
        HttpResponse<String> r = TestApi.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/catalog/lint"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                r.body().isBlank() ? null : JSON.readTree(r.body()));
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.path(field).asString()));
        return out;
    }

    static String flawedUpload() throws Exception {
        ObjectNode body = JSON.createObjectNode().put("jurisdiction", "610100").put("asOf", "2025-06-02");
        ObjectNode cat = body.putObject("catalog");
        cat.put("matters", Files.readString(FLAWED.resolve("matters.csv")));
        cat.put("guide", Files.readString(FLAWED.resolve("guide.csv")));
        cat.put("materials", Files.readString(FLAWED.resolve("materials.csv")));
        cat.put("toleranceList", Files.readString(FLAWED.resolve("tolerance-list.csv")));
        cat.put("retainedProofs", Files.readString(FLAWED.resolve("retained-proofs.csv")));
        return body.toString();
    }

    @Test
    void thePublishedSampleCatalogOfXianLintsClean() throws Exception {
        Answer a = post("{\"jurisdiction\": \"610100\", \"asOf\": \"2025-06-02\"}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("catalog").asString()).isEqualTo("PUBLISHED");
        assertThat(a.json().path("breaches").isArray()).isTrue();
        assertThat(a.json().path("breaches").size()).isZero();
        assertThat(a.json().path("ruleset").path("instruments").toString())
                .contains("西安市政务服务标准化管理办法（试行）", "中华人民共和国行政许可法");
        assertThat(a.json().path("ruleset").path("version").asString()).hasSize(64);
    }

    @Test
    void anUploadedFlawedCatalogGetsEveryBreachWithItsArticle() throws Exception {
        Answer a = post(flawedUpload());
        assertThat(a.status()).isEqualTo(200);
        JsonNode breaches = a.json().path("breaches");
        assertThat(a.json().path("catalog").asString()).isEqualTo("UPLOADED");
        assertThat(texts(breaches, "check")).containsExactlyInAnyOrder("LIST_ELEMENT_MISSING", "GUIDE_ELEMENT_MISSING",
                "MATERIAL_ELEMENT_MISSING", "CATCH_ALL_WORDING", "PROOF_NOT_RETAINED", "SHARED_MATERIAL_DEMANDED",
                "PROMISED_EXCEEDS_LEGAL", "TOLERABLE_NOT_A_MATERIAL", "TOLERABLE_IS_MAIN", "FEE_WITHOUT_BASIS",
                "FEE_BASIS_INSUFFICIENT");
        assertThat(texts(breaches, "clause")).allMatch(c -> c.matches(".+ 第[一二三四五六七八九十]+条"));
        breaches.forEach(b -> {
            assertThat(b.path("matterCode").asString()).startsWith("XA-");
            assertThat(b.path("message").asString()).isNotBlank();
            assertThat(b.path("rule").asString()).contains(".lint.");
        });
        JsonNode catchAll = null;
        for (JsonNode b : breaches) {
            if (b.path("check").asString().equals("CATCH_ALL_WORDING")) {
                catchAll = b;
            }
            if (b.path("check").asString().equals("PROMISED_EXCEEDS_LEGAL")) {
                assertThat(b.has("materialCode")).as("a matter-level breach names no material").isFalse();
            }
        }
        assertThat(catchAll.path("materialCode").asString()).isEqualTo("M07");
        assertThat(catchAll.path("clause").asString()).isEqualTo("西安市政务服务标准化管理办法（试行） 第十三条");
    }

    @Test
    void aYinchuanRetainedProofRowWithABlankCellIsABreachOfArticle27NamingTheRow() throws Exception {
        Path published = Path.of("rules/ningxia/yinchuan/catalog");
        ObjectNode body = JSON.createObjectNode().put("jurisdiction", "640100").put("asOf", "2025-12-15");
        ObjectNode cat = body.putObject("catalog");
        cat.put("matters", Files.readString(published.resolve("matters.csv")));
        cat.put("guide", Files.readString(published.resolve("guide.csv")));
        cat.put("materials", Files.readString(published.resolve("materials.csv")));
        cat.put("toleranceList", Files.readString(published.resolve("tolerance-list.csv")));
        cat.put("retainedProofs", Files.readString(published.resolve("retained-proofs.csv"))
                .replace(",《中华人民共和国契税法》第十一条,", ",,"));
        Answer a = post(body.toString());
        assertThat(a.status()).isEqualTo(200);
        JsonNode breaches = a.json().path("breaches");
        assertThat(breaches.size()).as(breaches.toString()).isEqualTo(1);
        JsonNode b = breaches.get(0);
        assertThat(b.path("check").asString()).isEqualTo("PROOF_ROW_INCOMPLETE");
        assertThat(b.path("clause").asString()).isEqualTo("银川市政务服务管理办法 第二十七条");
        assertThat(b.path("proof").asString()).isEqualTo("完税凭证");
        assertThat(b.has("matterCode")).as("a row of the proof list concerns no matter").isFalse();
        assertThat(b.path("message").asString()).contains("设定依据");
        // The day before the measures are in force, no text on file asks for the elements.
        Answer before = post(body.put("asOf", "2025-11-30").toString());
        assertThat(before.json().path("breaches").size()).isZero();
    }

    @Test
    void anUnknownJurisdictionIs400NamingTheField() throws Exception {
        Answer a = post("{\"jurisdiction\": \"999999\", \"asOf\": \"2025-06-02\"}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(texts(a.json().path("errors"), "field")).containsExactly("jurisdiction");
    }

    @Test
    void aDateThatDoesNotExistIs400NamingAsOf() throws Exception {
        Answer a = post("{\"jurisdiction\": \"610100\", \"asOf\": \"2025-02-30\"}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(texts(a.json().path("errors"), "field")).containsExactly("asOf");
    }

    @Test
    void missingJurisdictionMalformedJsonAndNoBodyAre400() throws Exception {
        Answer missing = post("{\"asOf\": \"2025-06-02\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(texts(missing.json().path("errors"), "field")).containsExactly("jurisdiction");
        Answer malformed = post("{\"jurisdiction\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        Answer none = post("");
        assertThat(none.status()).isEqualTo(400);
    }

    @Test
    void aJurisdictionThatPublishesNoCatalogIs400() throws Exception {
        Answer a = post("{\"jurisdiction\": \"640000\", \"asOf\": \"2025-06-02\"}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(texts(a.json().path("errors"), "message")).anyMatch(m -> m.contains("publishes no catalog"));
    }

    @Test
    void anUploadWithAnUnknownTableOrAnUnreadableCellIs400NamingTheTable() throws Exception {
        Answer unknown = post("{\"jurisdiction\": \"610100\", \"catalog\": {\"matters\": \"matter_code,name\\n\", \"fees\": \"x\"}}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(texts(unknown.json().path("errors"), "field")).containsExactly("catalog.fees");
        Answer noMatters = post("{\"jurisdiction\": \"610100\", \"catalog\": {\"materials\": \"matter_code\\n\"}}");
        assertThat(texts(noMatters.json().path("errors"), "field")).containsExactly("catalog.matters");
        String badCell = flawedUpload().replace("7,12,N,N", "7,twelve,N,N");
        Answer bad = post(badCell);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(texts(bad.json().path("errors"), "field")).containsExactly("catalog.matters");
        assertThat(texts(bad.json().path("errors"), "message")).containsExactly(
                "line 3: column promised_days must be a whole number, not 'twelve'");
    }
}
