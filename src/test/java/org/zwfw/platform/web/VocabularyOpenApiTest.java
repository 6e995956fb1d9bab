package org.zwfw.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.zwfw.TestApi;
import org.zwfw.engine.RuleSetHolder;
import org.zwfw.lawbook.vocabulary.Vocabulary;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI enums of priority groups, applicant types and material statuses are the codes of the rule set in
 * service's vocabulary (rules/vocabulary/*.csv). Same context as
 * {@link StrictContractTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VocabularyOpenApiTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;
    @Autowired
    RuleSetHolder rules;

    /** The OpenAPI document as the service serves it now. */
    JsonNode apiDocs() throws Exception {
        return JSON.readTree(TestApi.sendAnonymously(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/v3/api-docs")).GET().build()).body());
    }

    @Test
    void theEnumsAreTheVocabularysCodes() throws Exception {
        JsonNode schemas = apiDocs().path("components").path("schemas");
        Vocabulary v = rules.current().table(Vocabulary.class);
        List<JsonNode> applicants = new ArrayList<>();
        schemas.properties().forEach(e -> {
            if (e.getValue().path("properties").has("groups")) {
                applicants.add(e.getValue());
            }
        });
        // Each request's applicant has a schema of its own (Applicant, FeeApplicant, ServicesApplicant).
        assertThat(applicants).as("the applicants").hasSizeGreaterThanOrEqualTo(3);
        for (JsonNode a : applicants) {
            assertThat(codes(a.path("properties").path("groups").path("items").path("enum")))
                    .containsExactlyElementsOf(v.groupCodes());
            assertThat(codes(a.path("properties").path("type").path("enum")))
                    .containsExactlyElementsOf(v.applicantTypeCodes());
        }
        assertThat(codes(schemas.path("MaterialEntry").path("properties").path("status").path("enum")))
                .containsExactlyElementsOf(v.materialStatusCodes());
        org.zwfw.fees.FeeTables fees = rules.current().table(org.zwfw.fees.FeeTables.class);
        assertThat(codes(schemas.path("FeeRequest").path("properties").path("housingType").path("enum")))
                .containsExactlyElementsOf(fees.valuesOf("HOUSING_TYPE"));
        assertThat(codes(schemas.path("FeeRequest").path("properties").path("registrationReason").path("enum")))
                .containsExactlyElementsOf(fees.valuesOf("REGISTRATION_REASON"));
        assertThat(codes(schemas.path("FeeApplicant").path("properties").path("enterpriseScale").path("enum")))
                .containsExactlyElementsOf(fees.valuesOf("ENTERPRISE_SCALE"));
    }

    /** The fields every decision request opens with are documented once (DecisionRequestOpenApi), in each of them. */
    @Test
    void everyDecisionRequestDocumentsItsCommonFields() throws Exception {
        JsonNode schemas = apiDocs().path("components").path("schemas");
        for (String request : List.of("AcceptanceRequest", "FeeRequest", "ServicesRequest", "BundleRequest")) {
            JsonNode s = schemas.path(request);
            String code = request.equals("BundleRequest") ? "bundleCode" : "matterCode";
            assertThat(codes(s.path("required"))).as(request).contains("jurisdiction", code);
            assertThat(s.path("properties").path("jurisdiction").path("description").asString()).as(request)
                    .contains("行政区划代码");
            assertThat(s.path("properties").path("asOf").path("format").asString()).as(request).isEqualTo("date");
            assertThat(codes(s.path("properties").path("channel").path("enum"))).as(request)
                    .containsExactlyInAnyOrderElementsOf(org.zwfw.lawbook.vocabulary.Fields.CHANNELS);
        }
        // A request's own word on a field stands: the fee request says which counter methods are owed offline.
        assertThat(schemas.path("FeeRequest").path("properties").path("channel").path("description").asString())
                .contains("线下办理时");
        assertThat(codes(schemas.path("AcceptanceRequest").path("properties").path("route").path("enum")))
                .containsExactly("ORDINARY", "COMMITMENT");
    }

    /** The services request's documented example is whole, and one the service decides (not a 400). */
    @Test
    void theServicesRequestsExampleIsARequestTheServiceDecides() throws Exception {
        JsonNode example = apiDocs().path("components").path("schemas").path("ServicesRequest")
                .path("example");
        assertThat(example.path("matterCode").asString()).isEqualTo("XX-GTGS-004");
        HttpResponse<String> r = TestApi.sendAs(org.zwfw.platform.security.Role.INTAKE, HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/decisions/services"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(example))).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).path("mayApplyFromRegion").asBoolean()).isTrue();
    }

    /**
     * The supervision list's query (ClockService.CaseQuery, bound as one object) is documented parameter by parameter,
     * each in the query and none required.
     */
    @Test
    void theSupervisionListsQueryParametersAreDocumented() throws Exception {
        JsonNode parameters = apiDocs().path("paths").path("/api/v1/supervision/cases").path("get")
                .path("parameters");
        assertThat(codes(parameters.findValues("name"))).containsExactlyInAnyOrder("asOf", "status", "jurisdiction",
                "matterCode", "acceptedFrom", "acceptedTo", "size", "cursor");
        for (JsonNode p : parameters) {
            assertThat(p.path("in").asString()).as(p.path("name").asString()).isEqualTo("query");
            assertThat(p.path("required").asBoolean(false)).as(p.path("name").asString()).isFalse();
            assertThat(p.path("description").asString()).as(p.path("name").asString()).isNotBlank();
        }
    }

    /**
     * The workbench reads the same words from GET /api/v1/vocabulary (any role, an intake clerk included), with the
     * labels of rules/vocabulary/*.csv, instead of building the whole OpenAPI description.
     */
    @Test
    void theVocabularyEndpointGivesTheRuleSetsWordsWithTheirLabels() throws Exception {
        HttpResponse<String> r = TestApi.sendAs(org.zwfw.platform.security.Role.INTAKE, HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/vocabulary")).GET().build());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        Vocabulary v = rules.current().table(Vocabulary.class);
        assertThat(body.path("version").asString()).isEqualTo(rules.current().version());
        assertThat(codes(body.path("priorityGroups").findValues("code"))).containsExactlyElementsOf(v.groupCodes());
        assertThat(codes(body.path("applicantTypes").findValues("code"))).containsExactlyElementsOf(v.applicantTypeCodes());
        assertThat(codes(body.path("materialStatuses").findValues("code"))).containsExactlyElementsOf(v.materialStatusCodes());
        assertThat(body.path("applicantTypes").get(0).path("label").asString())
                .isEqualTo(v.applicantTypes().values().iterator().next().label());
        org.zwfw.fees.FeeTables fees = rules.current().table(org.zwfw.fees.FeeTables.class);
        assertThat(codes(body.path("feeConditions").path("ENTERPRISE_SCALE")))
                .containsExactlyElementsOf(fees.valuesOf("ENTERPRISE_SCALE"));
        assertThat(codes(body.path("routes"))).containsExactly("ORDINARY", "COMMITMENT");
        assertThat(codes(body.path("channels"))).containsExactly("WINDOW", "ONLINE");
        assertThat(codes(body.path("placeLevels"))).containsExactly("CENTER", "TOWNSHIP", "VILLAGE");
        assertThat(codes(body.path("projectKinds"))).contains("KEY_INVESTMENT", "OTHER_INVESTMENT");
        assertThat(codes(body.path("outcomes"))).contains("ACCEPT_WITH_DEFICIENCY", "REJECT");
    }

    static List<String> codes(List<JsonNode> nodes) {
        return nodes.stream().map(JsonNode::asString).toList();
    }

    static List<String> codes(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
