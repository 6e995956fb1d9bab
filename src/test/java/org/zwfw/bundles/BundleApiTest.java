package org.zwfw.bundles;

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

/** The bundle endpoints as api.md fixes them, through the real service on a random port. */
@ServiceTest
class BundleApiTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String DECIDE = "/api/v1/decisions/bundle-acceptance";
    static final String RESIDENT_ID = "410702194008152347";

    @Value("${local.server.port}")
    int port;

    record Answer(int status, String contentType, String body, JsonNode json) {}

    Answer send(HttpRequest.Builder b) throws Exception {
        HttpResponse<String> r = TestApi.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                r.body().isBlank() ? null : JSON.readTree(r.body()));
    }

    Answer get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
    }

    Answer post(String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + DECIDE))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** The 新乡 restaurant bundle with the given bundle materials provided (the others missing). */
    static String request(String extra, String... provided) {
        List<String> m = new ArrayList<>();
        for (String code : provided) {
            m.add("{ \"code\": \"" + code + "\", \"status\": \"PROVIDED\" }");
        }
        return """
                { "jurisdiction": "410700", "bundleCode": "XX-YJS-001", "asOf": "2026-03-02",
                  "applicant": { "type": "NATURAL_PERSON", "id": "%s", "groups": [] },
                  "materials": [ %s ]%s }
                """.formatted(RESIDENT_ID, String.join(", ", m), extra);
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.path(field).asString()));
        return out;
    }

    @Test
    void thePublishedBundlesWithEachMaterialOnceAndWhatItServes() throws Exception {
        Answer all = get("/api/v1/jurisdictions/410700/bundles");
        assertThat(all.status()).isEqualTo(200);
        assertThat(texts(all.json(), "bundleCode")).containsExactly("XX-YJS-001");
        Answer one = get("/api/v1/jurisdictions/410700/bundles/XX-YJS-001");
        JsonNode b = one.json();
        assertThat(b.path("promisedDays").asInt()).isEqualTo(5);
        assertThat(texts(b.path("matters"), "matterCode")).containsExactly("XX-GTGS-004", "XX-SPJY-001");
        assertThat(texts(b.path("materials"), "code")).containsExactly("B01", "B02", "B03", "B04", "B05", "B06");
        assertThat(b.path("materials").get(0).path("matters").toString()).isEqualTo("[\"XX-GTGS-004\",\"XX-SPJY-001\"]");
        assertThat(b.path("materials").get(1).path("serves").toString()).isEqualTo("[\"XX-GTGS-004/M02\",\"XX-SPJY-001/M03\"]");
        assertThat(b.path("producedWithin").get(0).path("name").asString()).isEqualTo("营业执照");
        assertThat(b.path("producedWithin").get(0).path("producedBy").asString()).isEqualTo("XX-GTGS-004");
        assertThat(b.path("source").asString()).startsWith("示例数据");
        assertThat(b.path("requiringArticle").asString()).isEqualTo("新乡市政务服务条例 第二十二条");
    }

    @Test
    void anUnknownJurisdictionOrBundleIs404NamingIt() throws Exception {
        Answer j = get("/api/v1/jurisdictions/999999/bundles");
        assertThat(j.status()).isEqualTo(404);
        assertThat(j.body()).contains("\"code\"");
        Answer b = get("/api/v1/jurisdictions/410700/bundles/XX-NOPE-001");
        assertThat(b.status()).isEqualTo(404);
        assertThat(b.contentType()).startsWith("application/problem+json");
        assertThat(b.body()).contains("bundleCode").contains("XX-NOPE-001");
        Answer p = post(request("", "B01").replace("XX-YJS-001", "XX-NOPE-001"));
        assertThat(p.status()).isEqualTo(404);
        assertThat(p.body()).contains("bundleCode").contains("XX-NOPE-001").doesNotContain(RESIDENT_ID);
        // Before its list row is published from (2024-03-01) the bundle is no published service either.
        Answer early = post(request("", "B01").replace("2026-03-02", "2024-02-29"));
        assertThat(early.status()).isEqualTo(404);
        assertThat(early.body()).contains("bundleCode").contains("2024-03-01");
    }

    @Test
    void everythingProvidedIsAcceptedWholeDueByThePromisedTime() throws Exception {
        Answer a = post(request("", "B01", "B02", "B03", "B04", "B05", "B06"));
        assertThat(a.status()).isEqualTo(200);
        JsonNode j = a.json();
        assertThat(j.path("outcome").asString()).isEqualTo("ACCEPT");
        assertThat(texts(j.path("matters"), "matterCode")).containsExactly("XX-GTGS-004", "XX-SPJY-001");
        j.path("matters").forEach(m -> assertThat(m.path("decision").path("outcome").asString()).isEqualTo("ACCEPT"));
        assertThat(j.path("dueDate").asString()).isEqualTo("2026-03-09");
        assertThat(j.has("supplement")).isFalse();
        assertThat(j.has("caseId")).isFalse();
        // The 营业执照 the registration issues is never asked of the applicant.
        JsonNode food = j.path("matters").get(1);
        assertThat(food.path("providedWithinBundle").get(0).path("code").asString()).isEqualTo("M02");
        assertThat(texts(j.path("reasons"), "rule")).contains("xinxiang.bundle.produced-within",
                "xinxiang.bundle.outcome.accept", "xinxiang.bundle.due.promised");
        assertThat(texts(j.path("reasons"), "clause")).contains("新乡市政务服务条例 第二十二条", "新乡市政务服务条例 第十九条");
        assertThat(j.path("reasons").toString()).contains("\"interpretation\":\"XX-BUN-01\"", "\"basis\":\"LIST\"");
    }

    @Test
    void twoMaterialsMissingAreOneNoticeNamingEachOnce() throws Exception {
        Answer a = post(request("", "B02", "B03", "B05", "B06"));
        JsonNode j = a.json();
        assertThat(j.path("outcome").asString()).isEqualTo("NOTIFY_SUPPLEMENT");
        JsonNode items = j.path("supplement").path("materials");
        assertThat(texts(items, "code")).containsExactly("B01", "B04");
        assertThat(items.get(0).path("matters").toString()).isEqualTo("[\"XX-GTGS-004\",\"XX-SPJY-001\"]");
        assertThat(items.get(1).path("matters").toString()).isEqualTo("[\"XX-SPJY-001\"]");
        assertThat(j.path("supplement").path("deadline").isMissingNode()).isFalse();
        assertThat(j.has("dueDate")).isFalse();
    }

    @Test
    void aToleratedMaterialWithACommitmentOpensOneCaseForTheBundle() throws Exception {
        Answer a = post(request(", \"commitment\": { \"signed\": true, \"supplementBy\": \"2026-03-06\" }",
                "B01", "B02", "B03", "B04", "B05"));
        JsonNode j = a.json();
        assertThat(j.path("outcome").asString()).isEqualTo("ACCEPT_WITH_DEFICIENCY");
        assertThat(texts(j.path("supplement").path("materials"), "code")).containsExactly("B06");
        String caseId = j.path("caseId").asString();
        assertThat(caseId).startsWith("CASE-");
        Answer c = get("/api/v1/cases/" + caseId + "?asOf=2026-03-03");
        assertThat(c.status()).isEqualTo(200);
        assertThat(c.json().path("bundleCode").asString()).isEqualTo("XX-YJS-001");
        assertThat(texts(c.json().path("matters"), "matterCode")).containsExactly("XX-GTGS-004", "XX-SPJY-001");
        assertThat(c.json().path("state").asString()).isEqualTo("PENDING_SUPPLEMENT");
        assertThat(c.body()).doesNotContain(RESIDENT_ID);
        assertThat(c.json().path("history").get(0).path("reasons").toString()).contains("xinxiang.bundle.outcome.least-advanced");
        // The bundle material named in the notice, handed in before the deadline, moves the one case on.
        Answer supplied = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases/" + caseId
                        + "/supplements")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"date\":\"2026-03-05\",\"materials\":[\"B06\"]}",
                        StandardCharsets.UTF_8)));
        assertThat(supplied.status()).as(supplied.body()).isEqualTo(200);
        assertThat(supplied.json().path("state").asString()).isEqualTo("SUPPLEMENTED");
        assertThat(supplied.json().path("bundleCode").asString()).isEqualTo("XX-YJS-001");
    }

    @Test
    void aBundleMaterialHandedInNotConformingKeepsTheBundleCaseWaiting() throws Exception {
        Answer a = post(request(", \"commitment\": { \"signed\": true, \"supplementBy\": \"2026-03-06\" }",
                "B01", "B02", "B03", "B04", "B05"));
        String caseId = a.json().path("caseId").asString();
        Answer bad = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases/" + caseId
                        + "/supplements")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"date\":\"2026-03-05\",\"nonConforming\":[\"B06\"]}",
                        StandardCharsets.UTF_8)));
        assertThat(bad.status()).as(bad.body()).isEqualTo(200);
        assertThat(bad.json().path("state").asString()).isEqualTo("PENDING_SUPPLEMENT");
        assertThat(bad.json().path("missing").toString()).contains("B06");
        // A material the bundle's case is not waiting for is still refused, by name.
        Answer other = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases/" + caseId
                        + "/supplements")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"date\":\"2026-03-05\",\"nonConforming\":[\"B02\"]}",
                        StandardCharsets.UTF_8)));
        assertThat(other.status()).isEqualTo(400);
        assertThat(texts(other.json().path("errors"), "field")).containsExactly("nonConforming[0]");
    }

    @Test
    void badMaterialsAndStatusesAre400NamingTheField() throws Exception {
        Answer a = post(request("", "B01").replace("\"B01\", \"status\": \"PROVIDED\"", "\"M01\", \"status\": \"LOST\""));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(texts(a.json().path("errors"), "field")).containsExactlyInAnyOrder("materials[0].code", "materials[0].status");
        Answer twice = post(request("", "B01", "B01"));
        assertThat(texts(twice.json().path("errors"), "field")).containsExactly("materials[1].code");
        Answer none = post("{}");
        assertThat(texts(none.json().path("errors"), "field")).containsExactlyInAnyOrder("jurisdiction", "bundleCode");
        assertThat(post("").status()).isEqualTo(400);
        Answer badId = post(request("", "B01").replace(RESIDENT_ID, "410702194008152340"));
        assertThat(badId.status()).isEqualTo(400);
        assertThat(texts(badId.json().path("errors"), "field")).contains("applicant.id");
    }
}
