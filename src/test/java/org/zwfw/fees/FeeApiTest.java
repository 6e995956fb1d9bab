package org.zwfw.fees;

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

/** POST /api/v1/decisions/fee as api.md fixes it, through the real service on a random port. */
@ServiceTest
class FeeApiTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String FEE = "/api/v1/decisions/fee";
    static final String CREDIT_CODE = "91640100MA76A1B2CR";
    static final String RESIDENT_ID = "64010219450302123X";

    @Value("${local.server.port}")
    int port;

    record Answer(int status, String contentType, String body, JsonNode json) {}

    Answer post(String body) throws Exception {
        HttpResponse<String> r = TestApi.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + FEE))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String ct = r.headers().firstValue("Content-Type").orElse("");
        return new Answer(r.statusCode(), ct, r.body(), r.body().isBlank() ? null : JSON.readTree(r.body()));
    }

    static String request(String scale, String certificates) {
        return """
                {
                  "jurisdiction": "640100",
                  "matterCode": "YC-BDC-003",
                  "asOf": "2026-01-15",
                  "applicant": { "type": "LEGAL_PERSON", "id": "%s", "enterpriseScale": %s, "groups": [] }%s
                }
                """.formatted(CREDIT_CODE, scale == null ? "null" : "\"" + scale + "\"",
                certificates == null ? "" : ", \"certificates\": " + certificates);
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.path(field).asString()));
        return out;
    }

    @Test
    void oneCertificateIs80YuanWithBasisReceiptAndPaymentMethods() throws Exception {
        Answer a = post(request("LARGE", null));
        assertThat(a.status()).isEqualTo(200);
        JsonNode j = a.json();
        assertThat(j.path("amountYuan").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(a.body()).contains("\"amountYuan\":80.00");
        assertThat(texts(j.path("items"), "fee")).containsExactly("BDC-RESIDENTIAL", "BDC-CERT-EXTRA");
        assertThat(texts(j.path("items"), "basis")).allMatch(b -> b.contains("发改价格规〔2016〕2559号"));
        assertThat(texts(j.path("exemptions"), "reason")).containsExactly("第一本证书免收");
        assertThat(j.path("lawful").asBoolean()).isTrue();
        assertThat(texts(j.path("paymentMethods"), "x")).hasSize(3);
        assertThat(j.path("paymentMethods").toString()).isEqualTo("[\"CASH\",\"BANK_CARD\",\"E_PAYMENT\"]");
        assertThat(texts(j.path("reasons"), "clause")).contains("银川市政务服务管理办法 第三十三条");
        assertThat(texts(j.path("reasons"), "rule")).contains("yinchuan.fee.receipt-and-payment");
        assertThat(texts(j.path("reasons"), "text")).anyMatch(t -> t.contains("合法凭证"));
        assertThat(j.path("ruleset").path("instruments").toString()).contains("银川市政务服务管理办法", "中华人民共和国行政许可法");
        assertThat(j.path("ruleset").path("version").asString()).hasSize(64);
    }

    @Test
    void aConfirmationsFeeRestsOnThePublishedStandardNotOnTheLicensingLaw() throws Exception {
        JsonNode j = post(request("LARGE", null)).json();
        assertThat(texts(j.path("reasons"), "clause")).noneMatch(c -> c.startsWith("中华人民共和国行政许可法"));
        JsonNode reason = null;
        for (JsonNode r : j.path("reasons")) {
            if (r.path("rule").asString().equals("national.fee.non-licence-per-standard")) {
                reason = r;
            }
        }
        assertThat(reason).as("reasons %s", j.path("reasons")).isNotNull();
        assertThat(reason.path("clause").asString()).isEqualTo("国务院关于在线政务服务的若干规定 第四条");
        assertThat(reason.path("basis").asString()).isEqualTo("LIST");
        assertThat(reason.path("interpretation").asString()).isEqualTo("NAT-OS-04");
        assertThat(reason.path("list").path("name").asString()).isEqualTo("收费标准");
        assertThat(reason.path("list").path("row").asString()).isEqualTo("BDC-RESIDENTIAL");
        assertThat(reason.path("list").path("source").asString()).contains("发改价格规〔2016〕2559号");
    }

    @Test
    void onlineTheCountersPaymentMethodsAreNotOffered() throws Exception {
        Answer a = post(request("LARGE", null).replace("\"asOf\": \"2026-01-15\",", "\"asOf\": \"2026-01-15\", \"channel\": \"ONLINE\","));
        assertThat(a.status()).isEqualTo(200);
        JsonNode j = a.json();
        assertThat(j.path("amountYuan").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(j.path("paymentMethods").isArray()).isTrue();
        assertThat(j.path("paymentMethods").size()).isZero();
        assertThat(texts(j.path("reasons"), "rule")).contains("yinchuan.fee.receipt-online")
                .doesNotContain("yinchuan.fee.receipt-and-payment");
        assertThat(texts(j.path("reasons"), "text")).anyMatch(t -> t.contains("线下办理") && t.contains("合法凭证"));
        Answer window = post(request("LARGE", null).replace("\"asOf\": \"2026-01-15\",", "\"asOf\": \"2026-01-15\", \"channel\": \"WINDOW\","));
        assertThat(window.json().path("paymentMethods").size()).isEqualTo(3);
    }

    @Test
    void anUnknownChannelIsNamed() throws Exception {
        Answer a = post(request(null, null).replace("\"asOf\": \"2026-01-15\",", "\"asOf\": \"2026-01-15\", \"channel\": \"POST\","));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(texts(a.json().path("errors"), "field")).containsExactly("channel");
    }

    @Test
    void twoCertificatesAre90Yuan() throws Exception {
        JsonNode j = post(request(null, "2")).json();
        assertThat(j.path("amountYuan").decimalValue()).isEqualByComparingTo("90.00");
        assertThat(j.path("items").get(1).path("amountYuan").decimalValue()).isEqualByComparingTo("10.00");
    }

    @Test
    void aMicroEnterprisePaysNothingAndTheExemptionIsListed() throws Exception {
        JsonNode j = post(request("MICRO", "1")).json();
        assertThat(j.path("amountYuan").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(texts(j.path("exemptions"), "reason")).contains("小微企业（含个体工商户）免收");
        assertThat(texts(j.path("exemptions"), "basis")).allMatch(b -> b.contains("2559号"));
        assertThat(texts(j.path("reasons"), "clause")).contains("银川市政务服务管理办法 第三十三条");
        assertThat(j.path("paymentMethods").size()).isZero();
    }

    @Test
    void aMatterWithoutFeeAnswersZeroAndSaysWhy() throws Exception {
        Answer a = post(request(null, null).replace("YC-BDC-003", "YC-SPJY-001"));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("amountYuan").decimalValue()).isEqualByComparingTo("0");
        assertThat(a.json().path("items").size()).isZero();
        assertThat(texts(a.json().path("reasons"), "text")).anyMatch(t -> t.contains("未列收费项目"));
    }

    @Test
    void housingTypeAndRegistrationReasonAreRead() throws Exception {
        String base = request(null, null).replace("\"groups\": [] }", "\"groups\": [] }, \"housingType\": \"%s\", \"registrationReason\": \"%s\"");
        assertThat(post(base.formatted("LOW_RENT", "OTHER")).json().path("amountYuan").decimalValue()).isEqualByComparingTo("0");
        assertThat(post(base.formatted("COMMODITY", "SAME_HOLDER_PARTITION")).json().path("amountYuan").decimalValue())
                .isEqualByComparingTo("40.00");
    }

    @Test
    void badInputNamesEveryField() throws Exception {
        Answer a = post("""
                {
                  "jurisdiction": "640100",
                  "matterCode": "YC-BDC-003",
                  "asOf": "2026-02-30",
                  "applicant": { "type": "LEGAL_PERSON", "id": "91640100MA76A1B2CX", "enterpriseScale": "TINY", "groups": ["VIP"] },
                  "certificates": 0,
                  "housingType": "CASTLE",
                  "registrationReason": "GIFT"
                }
                """);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(texts(a.json().path("errors"), "field")).containsExactlyInAnyOrder("asOf", "applicant.id",
                "applicant.enterpriseScale", "applicant.groups[0]", "certificates", "housingType", "registrationReason");
        assertThat(a.body()).doesNotContain("91640100MA76A1B2CX");
    }

    @Test
    void tooManyCertificatesAndABadResidentIdAreNamed() throws Exception {
        String body = request(null, "100").replace("LEGAL_PERSON", "NATURAL_PERSON").replace(CREDIT_CODE, RESIDENT_ID.replace('X', '1'));
        Answer a = post(body);
        assertThat(a.status()).isEqualTo(400);
        assertThat(texts(a.json().path("errors"), "field")).containsExactlyInAnyOrder("certificates", "applicant.id");
    }

    @Test
    void certificatesOfTheWrongTypeAreNamed() throws Exception {
        Answer a = post(request(null, "\"two\""));
        assertThat(a.status()).isEqualTo(400);
        assertThat(texts(a.json().path("errors"), "field")).containsExactly("certificates");
    }

    @Test
    void anUnknownJurisdictionAndMissingFieldsAre400() throws Exception {
        Answer a = post("{\"jurisdiction\": \"999999\"}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(texts(a.json().path("errors"), "field")).containsExactlyInAnyOrder("jurisdiction", "matterCode", "applicant");
        assertThat(post("").status()).isEqualTo(400);
    }

    @Test
    void anUnknownMatterIs404() throws Exception {
        Answer a = post(request(null, null).replace("YC-BDC-003", "YC-NOPE-999"));
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().path("detail").asString()).contains("YC-NOPE-999").doesNotContain(CREDIT_CODE);
    }

    @Test
    void aNaturalPersonIsAnsweredToo() throws Exception {
        String body = request(null, null).replace("LEGAL_PERSON", "NATURAL_PERSON").replace(CREDIT_CODE, RESIDENT_ID);
        Answer a = post(body);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("amountYuan").decimalValue()).isEqualByComparingTo("80.00");
    }

    @Test
    void theEndpointIsInTheOpenApiDocument() throws Exception {
        HttpResponse<String> r = TestApi.sendAnonymously(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).GET().build());
        JsonNode doc = JSON.readTree(r.body());
        assertThat(doc.path("paths").has(FEE)).isTrue();
        assertThat(r.body()).contains("housingType", "registrationReason", "enterpriseScale", "channel");
    }
}
