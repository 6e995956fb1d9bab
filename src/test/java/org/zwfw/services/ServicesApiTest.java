package org.zwfw.services;

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

/** POST /api/v1/decisions/services as api.md fixes it, through the real service on a random port. */
@ServiceTest
class ServicesApiTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SERVICES = "/api/v1/decisions/services";

    @Value("${local.server.port}")
    int port;

    record Answer(int status, String contentType, String body, JsonNode json) {}

    Answer post(String body) throws Exception {
        HttpResponse<String> r = TestApi.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + SERVICES))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String ct = r.headers().firstValue("Content-Type").orElse("");
        return new Answer(r.statusCode(), ct, r.body(), r.body().isBlank() ? null : JSON.readTree(r.body()));
    }

    /** 新乡, 2026-01-15: {@code more} is added to the body's members. */
    static String request(String matter, String more) {
        return """
                { "jurisdiction": "410700", "matterCode": "%s", "asOf": "2026-01-15"%s }
                """.formatted(matter, more.isEmpty() ? "" : ", " + more);
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.path(field).asString()));
        return out;
    }

    static List<String> fields(Answer a) {
        return texts(a.json().path("errors"), "field");
    }

    @Test
    void aSoleTraderRegistrationAtAVillageStationFromNingxiaWithEveryFieldOfTheContract() throws Exception {
        Answer a = post(request("XX-GTGS-004", """
                "channel": "ONLINE", "place": { "level": "VILLAGE", "code": "410702001001" }, "applicantRegion": "640104",
                "applicant": { "type": "NATURAL_PERSON", "id": "410702194008152347", "groups": ["ELDERLY"], "mobilityImpaired": true },
                "project": { "kinds": [] }"""));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode j = a.json();
        assertThat(j.path("mayApplyHere").asBoolean()).isTrue();
        assertThat(j.path("mayApplyFromRegion").asBoolean()).isTrue();
        assertThat(j.path("wholeProcessOnline").asBoolean()).isTrue();
        assertThat(j.path("crossRegion").asString()).isEqualTo("CROSS_PROVINCE");
        assertThat(j.path("assistance").path("kinds").toString()).isEqualTo("[\"ON_APPLICATION\",\"CONSULTATION\"]");
        assertThat(j.path("assistance").path("kind").asString()).isEqualTo("ON_APPLICATION");
        assertThat(j.path("assistance").path("free").asBoolean()).isTrue();
        assertThat(j.path("assistance").path("discretionary").asBoolean()).isFalse();
        assertThat(j.path("homeVisit").path("available").asBoolean()).isTrue();
        assertThat(j.path("homeVisit").path("discretionary").asBoolean()).isTrue();
        assertThat(j.path("priorityService").asBoolean()).isTrue();
        assertThat(texts(j.path("reasons"), "clause")).contains("新乡市政务服务条例 第十三条", "新乡市政务服务条例 第七条",
                "新乡市政务服务条例 第二十六条", "新乡市政务服务条例 第二十七条");
        JsonNode nearby = null;
        for (JsonNode r : j.path("reasons")) {
            if (r.path("rule").asString().equals("xinxiang.services.nearby-listed")) {
                nearby = r;
            }
        }
        assertThat(nearby).as("reasons %s", j.path("reasons")).isNotNull();
        assertThat(nearby.path("basis").asString()).isEqualTo("LIST");
        assertThat(nearby.path("discretionary").asBoolean()).isTrue();
        assertThat(nearby.path("list").path("name").asString()).isEqualTo("就近办、通办、全程网办事项清单");
        assertThat(nearby.path("list").path("row").asString()).isEqualTo("XX-GTGS-004");
        assertThat(nearby.path("list").path("source").asString()).contains("示例数据", "新乡市政务服务条例 第七条、第十三条", "2024-03-01");
        assertThat(j.path("ruleset").path("instruments").toString()).contains("新乡市政务服务条例");
        assertThat(a.body()).doesNotContain("410702194008152347");
    }

    @Test
    void aFoodLicenceAtATownshipCentreMayNotBeAppliedFor() throws Exception {
        JsonNode j = post(request("XX-SPJY-001", "\"place\": { \"level\": \"TOWNSHIP\" }")).json();
        assertThat(j.path("mayApplyHere").asBoolean()).isFalse();
        assertThat(j.has("mayApplyFromRegion")).isFalse();
        assertThat(texts(j.path("reasons"), "rule")).contains("xinxiang.services.nearby-not-sent-down");
    }

    @Test
    void aKeyInvestmentProjectGetsFreeFullProcessAssistance() throws Exception {
        JsonNode j = post(request("XX-SGXK-002", "\"project\": { \"kinds\": [\"KEY_INVESTMENT\"] }")).json();
        assertThat(j.path("assistance").path("kind").asString()).isEqualTo("FULL_PROCESS");
        assertThat(j.path("assistance").path("free").asBoolean()).isTrue();
        assertThat(j.path("assistance").path("discretionary").asBoolean()).isFalse();
        assertThat(texts(j.path("reasons"), "clause")).contains("新乡市政务服务条例 第二十六条");
    }

    @Test
    void anUnknownJurisdictionAndEveryBadEnumAreNamedAtOnce() throws Exception {
        Answer a = post("""
                { "jurisdiction": "999999", "matterCode": "XX-SPJY-001", "asOf": "2026-01-15", "channel": "POST",
                  "place": { "level": "HOME", "code": "12ab" }, "applicantRegion": "6401",
                  "applicant": { "type": "ALIEN", "id": "x", "groups": ["VIP"] }, "project": { "kinds": ["KEY_INVESTMENT", "BIG"] } }
                """);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(fields(a)).contains("jurisdiction", "channel", "place.level", "place.code", "applicantRegion",
                "applicant.type", "project.kinds[1]").doesNotContain("project.kinds[0]");
    }

    @Test
    void aMissingBodyOrRequiredFieldIsA400() throws Exception {
        Answer a = post("{ \"asOf\": \"2026-02-30\" }");
        assertThat(a.status()).isEqualTo(400);
        assertThat(fields(a)).contains("jurisdiction", "matterCode", "asOf");
        assertThat(post("").status()).isEqualTo(400);
    }

    @Test
    void aMisspelledFieldIsNamedByItsPath() throws Exception {
        Answer a = post(request("XX-GTGS-004", "\"place\": { \"levl\": \"VILLAGE\" }"));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(fields(a)).containsExactly("place.levl");
    }

    @Test
    void aPlaceOutsideTheJurisdictionIsNamed() throws Exception {
        Answer a = post(request("XX-GTGS-004", "\"place\": { \"level\": \"TOWNSHIP\", \"code\": \"640104001\" }"));
        assertThat(a.status()).isEqualTo(400);
        assertThat(fields(a)).containsExactly("place.code");
    }

    @Test
    void anUnknownMatterIsA404NamingIt() throws Exception {
        Answer a = post(request("XX-NOPE-999", ""));
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.body()).contains("matterCode");
    }

    @Test
    void noLawInForceIsA400NamingAsOf() throws Exception {
        // In 2000 the matter is not yet on the catalog: a 404 naming it, before any law is looked for.
        Answer a = post(request("XX-SPJY-001", "").replace("2026-01-15", "2000-01-03"));
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.contentType()).startsWith("application/problem+json");
        // 银川 before 2025-12-01: national law is in force, but none of it speaks to where a matter is handled.
        Answer yc = post("""
                { "jurisdiction": "640100", "matterCode": "YC-SPJY-001", "asOf": "2025-06-02" }
                """);
        assertThat(yc.status()).isEqualTo(400);
        assertThat(fields(yc)).containsExactly("asOf");
    }
}
