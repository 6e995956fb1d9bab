package org.zwfw.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.zwfw.ServiceTest;
import org.zwfw.TestApi;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole role × endpoint matrix over HTTP, for every endpoint the service maps (read from its handler mappings, so
 * a new endpoint cannot be left out): 401 problem+json without a credential or with an unknown one, 403 problem+json
 * to a role the matrix does not allow, neither to one it does.
 */
@ServiceTest
class AccessMatrixTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Values for path variables: requests reach the handler, which may answer 400 or 404, never 401/403. */
    static final Map<String, String> SAMPLES = Map.of("caseId", "CASE-MATRIX-0", "code", "640100",
            "matterCode", "YC-SPJY-001", "id", "999999", "bundleCode", "YC-YJS-001", "article", "%E7%AC%AC%E4%B8%80%E6%9D%A1",
            "reviewId", "REV-MATRIX-0");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Value("${local.server.port}")
    int port;

    record Endpoint(String method, String pattern, String contentType) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    List<Endpoint> apiEndpoints() {
        Set<Endpoint> found = new java.util.LinkedHashSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            Set<MediaType> consumes = info.getConsumesCondition().getConsumableMediaTypes();
            String type = consumes.isEmpty() ? "application/json" : consumes.iterator().next().toString();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                assertThat(methods).as("%s maps no HTTP method: give it one", pattern).isNotEmpty();
                methods.forEach(m -> found.add(new Endpoint(m.name(), pattern, type)));
            }
        }
        return List.copyOf(found);
    }

    @Test
    void everyMappedEndpointIsInTheMatrix() {
        List<Endpoint> endpoints = apiEndpoints();
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(25);
        List<String> missing = endpoints.stream().filter(e -> AccessMatrix.forMapping(e.method(), e.pattern()) == null)
                .map(Endpoint::toString).toList();
        assertThat(missing).as("endpoints missing from AccessMatrix (and so admin-only in AccessRules)").isEmpty();
    }

    @Test
    void everyEndpointRefusesNoCredentialAndWrongRolesAndServesTheRightOnes() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Endpoint e : apiEndpoints()) {
            AccessMatrix.Entry entry = AccessMatrix.forMapping(e.method(), e.pattern());
            if (entry == null) {
                continue; // reported by everyMappedEndpointIsInTheMatrix
            }
            HttpRequest request = request(e);
            check(failures, e, "no credential", TestApi.sendAnonymously(request), 401);
            check(failures, e, "unknown token", TestApi.HTTP.send(HttpRequest.newBuilder(request, (n, v) -> true)
                    .header("Authorization", "Bearer not-a-token").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)), 401);
            for (Role role : Role.values()) {
                HttpResponse<String> r = TestApi.sendAs(role, request);
                if (entry.allows(role)) {
                    if (r.statusCode() == 401 || r.statusCode() == 403) {
                        failures.add(e + " as " + role + ": " + r.statusCode() + " but the role may call it");
                    }
                } else if (check(failures, e, "as " + role, r, 403)) {
                    Set<String> allowed = strings(JSON.readTree(r.body()).path("allowedRoles"));
                    Set<String> expected = new TreeSet<>();
                    for (Role x : Role.values()) {
                        if (entry.allows(x)) {
                            expected.add(x.label());
                        }
                    }
                    if (!allowed.equals(expected)) {
                        failures.add(e + " as " + role + ": allowedRoles " + allowed + ", expected " + expected);
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void healthAndTheOpenApiDescriptionAreOpenAndOtherActuatorEndpointsAreNot() throws Exception {
        for (String open : List.of("/actuator/health", "/actuator/health/liveness", "/v3/api-docs", "/swagger-ui.html",
                "/swagger-ui/index.html")) {
            assertThat(TestApi.sendAnonymously(get(open)).statusCode()).as(open).isIn(200, 302);
        }
        assertThat(TestApi.sendAnonymously(get("/actuator/info")).statusCode()).isEqualTo(401);
        assertThat(TestApi.sendAs(Role.INTAKE, get("/actuator/info")).statusCode()).isEqualTo(403);
        assertThat(TestApi.sendAs(Role.ADMIN, get("/actuator/info")).statusCode()).isEqualTo(200);
    }

    @Test
    void aUrlTheFirewallRefusesIsA400ProblemNamingThePath() throws Exception {
        HttpResponse<String> r = TestApi.sendAs(Role.ADMIN, get("/api/v1/cases/640102199003150046%3Bjsessionid=x"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).contains("\"field\":\"path\"").doesNotContain("640102199003150046");
    }

    @Test
    void theOpenApiDescriptionNamesTheBearerSchemeAndEachOperationsRoles() throws Exception {
        JsonNode doc = JSON.readTree(TestApi.sendAnonymously(get("/v3/api-docs")).body());
        assertThat(doc.path("components").path("securitySchemes").path("bearer").path("scheme").asString())
                .isEqualTo("bearer");
        List<String> failures = new ArrayList<>();
        for (Endpoint e : apiEndpoints()) {
            JsonNode op = doc.path("paths").path(e.pattern()).path(e.method().toLowerCase());
            AccessMatrix.Entry entry = AccessMatrix.forMapping(e.method(), e.pattern());
            if (entry == null) {
                continue; // reported by everyMappedEndpointIsInTheMatrix
            }
            if (op.isMissingNode()) {
                failures.add(e + " is not in the OpenAPI description");
                continue;
            }
            Set<String> roles = strings(op.path("x-roles"));
            Set<String> expected = new TreeSet<>();
            for (Role x : Role.values()) {
                if (entry.allows(x)) {
                    expected.add(x.label());
                }
            }
            if (!roles.equals(expected) || !op.path("security").toString().contains("bearer")
                    || !op.path("responses").has("401") || !op.path("responses").has("403")) {
                failures.add(e + ": x-roles " + roles + " (expected " + expected + "), security " + op.path("security"));
            }
        }
        assertThat(failures).isEmpty();
    }

    private boolean check(List<String> failures, Endpoint e, String who, HttpResponse<String> r, int expected) {
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (r.statusCode() != expected || !type.startsWith("application/problem+json")
                || !r.body().contains("\"status\":" + expected)) {
            failures.add(e + " " + who + ": " + r.statusCode() + " " + type + " (expected " + expected
                    + " problem+json)");
            return false;
        }
        return true;
    }

    private HttpRequest request(Endpoint e) {
        String path = e.pattern();
        for (Map.Entry<String, String> s : SAMPLES.entrySet()) {
            path = path.replace("{" + s.getKey() + "}", s.getValue());
        }
        assertThat(path).as("a sample value for each path variable of " + e.pattern()).doesNotContain("{");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (e.method().equals("GET")) {
            return b.GET().build();
        }
        return b.header("Content-Type", e.contentType())
                .method(e.method(), HttpRequest.BodyPublishers.ofString("{}", StandardCharsets.UTF_8)).build();
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new TreeSet<>();
        for (JsonNode n : array) {
            out.add(n.asString());
        }
        return out;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
    }
}
