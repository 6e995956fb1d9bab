package org.zwfw.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.zwfw.ServiceTest;
import org.zwfw.kernel.RuleSetException;
import org.zwfw.engine.RuleSetHolder;
import org.zwfw.governance.reload.RuleSetReloadLog;
import org.zwfw.governance.reload.RuleSetReloader;
import org.zwfw.engine.RulesFolder;
import org.zwfw.TestApi;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Operations through the running service: liveness and readiness (rule set with its version, database), and the
 * Prometheus scrape after decisions — counts per kind, jurisdiction and outcome, latency histograms, reloads and the
 * serving rule-set version. Counts are compared before and after, since the context is shared with other tests.
 */
@ServiceTest
class OperationsTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String ACCEPTANCE = org.zwfw.ApiExamples.ACCEPTANCE;
    static final String FEE = """
            {"jurisdiction":"640100","matterCode":"YC-BDC-003","asOf":"2026-01-15",
             "applicant":{"type":"LEGAL_PERSON","id":"91640100MA76A1B2CR","enterpriseScale":"LARGE","groups":[]},
             "certificates":2}""";

    @Value("${local.server.port}")
    int port;

    HttpResponse<String> send(String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        b = body == null ? b.GET() : b.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return HTTP.send(TestApi.authorized(b.build()), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    String scrape() throws Exception {
        HttpResponse<String> r = send("/actuator/prometheus", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        return r.body();
    }

    /** The value of the one sample of {@code name} whose labels include every {@code label="value"} given (0 if none). */
    static double sample(String scrape, String name, String... labels) {
        List<String> lines = scrape.lines().filter(l -> (l.startsWith(name + "{") || l.startsWith(name + " "))
                && List.of(labels).stream().allMatch(l::contains)).toList();
        assertThat(lines).as(name + " " + List.of(labels)).hasSizeLessThanOrEqualTo(1);
        return lines.isEmpty() ? 0 : Double.parseDouble(lines.get(0).substring(lines.get(0).lastIndexOf(' ') + 1));
    }

    @Test
    void readinessNamesTheServingRuleSetAndTheDatabaseLivenessNeither() throws Exception {
        String version = JSON.readTree(send("/api/v1/ruleset", null).body()).path("version").asString();

        // Anyone sees the status of each component; the details (versions, the database, disk paths) are the admin's.
        HttpResponse<String> anonymous = TestApi.sendAnonymously(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health")).GET().build());
        JsonNode open = JSON.readTree(anonymous.body());
        assertThat(open.path("status").asString()).isEqualTo("UP");
        assertThat(open.path("components").path("ruleSet").path("status").asString()).isEqualTo("UP");
        assertThat(anonymous.body()).doesNotContain("details").doesNotContain("diskSpace\":{\"details").doesNotContain(version);

        HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/actuator/health/readiness")).header("Authorization", TestApi.bearer(org.zwfw.platform.security.Role.ADMIN))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(ready.statusCode()).isEqualTo(200);
        JsonNode r = JSON.readTree(ready.body());
        assertThat(r.path("status").asString()).isEqualTo("UP");
        assertThat(r.path("components").path("ruleSet").path("status").asString()).isEqualTo("UP");
        assertThat(r.path("components").path("ruleSet").path("details").path("version").asString()).isEqualTo(version);
        assertThat(r.path("components").path("ruleSet").path("details").path("rules").asInt()).isPositive();
        assertThat(r.path("components").path("databaseReadiness").path("status").asString()).isEqualTo("UP");
        assertThat(r.path("components").path("databaseReadiness").path("details").path("database").asString())
                .isEqualTo("H2");
        assertThat(r.path("components").path("readinessState").path("status").asString()).isEqualTo("UP");

        JsonNode live = JSON.readTree(send("/actuator/health/liveness", null).body());
        assertThat(live.path("status").asString()).isEqualTo("UP");
        assertThat(live.path("components").has("ruleSet")).isFalse();
        assertThat(live.path("components").has("databaseReadiness")).isFalse();

        JsonNode all = JSON.readTree(send("/actuator/health", null).body());
        assertThat(all.path("status").asString()).isEqualTo("UP");
        assertThat(all.path("components").path("db").path("status").asString()).isEqualTo("UP");
    }

    @Test
    void decisionsAreCountedAndTimedPerKindJurisdictionAndOutcome() throws Exception {
        String[] acceptance = {"kind=\"ACCEPTANCE\"", "jurisdiction=\"640100\"", "outcome=\"ACCEPT_WITH_DEFICIENCY\""};
        String[] fee = {"kind=\"FEE\"", "jurisdiction=\"640100\"", "outcome=\"CHARGED\""};
        String before = scrape();

        assertThat(send("/api/v1/decisions/acceptance", ACCEPTANCE).statusCode()).isEqualTo(200);
        assertThat(send("/api/v1/cases", ACCEPTANCE).statusCode()).isEqualTo(201);
        assertThat(send("/api/v1/decisions/fee", FEE).statusCode()).isEqualTo(200);
        // Rejected input is not a decision: not counted under any outcome.
        assertThat(send("/api/v1/decisions/acceptance", ACCEPTANCE.replace("2025-12-15", "2025-02-30")).statusCode())
                .isEqualTo(400);

        String after = scrape();
        assertThat(sample(after, "zwfw_decisions_seconds_count", acceptance)
                - sample(before, "zwfw_decisions_seconds_count", acceptance)).isEqualTo(2);
        assertThat(sample(after, "zwfw_decisions_seconds_count", fee)
                - sample(before, "zwfw_decisions_seconds_count", fee)).isEqualTo(1);
        assertThat(sample(after, "zwfw_decisions_seconds_sum", fee)).isPositive();
        // A latency histogram: cumulative buckets ending in +Inf, which holds every decision.
        String[] inf = {"kind=\"ACCEPTANCE\"", "jurisdiction=\"640100\"", "outcome=\"ACCEPT_WITH_DEFICIENCY\"",
                "le=\"+Inf\""};
        assertThat(sample(after, "zwfw_decisions_seconds_bucket", inf))
                .isEqualTo(sample(after, "zwfw_decisions_seconds_count", acceptance));
        assertThat(after.lines().filter(l -> l.startsWith("zwfw_decisions_seconds_bucket{")
                && l.contains("kind=\"FEE\"")).count()).isGreaterThan(20);
        // The HTTP layer's own timers carry a histogram too, 400s included.
        assertThat(sample(after, "http_server_requests_seconds_bucket", "uri=\"/api/v1/decisions/acceptance\"",
                "status=\"400\"", "le=\"+Inf\"")).isPositive();
    }

    @Test
    void requestsAreTimedOnceBySpringMvcNotFilterByFilterBySpringSecurity() throws Exception {
        assertThat(send("/api/v1/decisions/acceptance", ACCEPTANCE).statusCode()).isEqualTo(200);
        assertThat(TestApi.sendAnonymously(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health/liveness")).GET().build()).statusCode())
                .isEqualTo(200);
        String scrape = scrape();
        assertThat(sample(scrape, "http_server_requests_seconds_count", "uri=\"/api/v1/decisions/acceptance\"",
                "status=\"200\"", "method=\"POST\"")).isGreaterThanOrEqualTo(1);
        // Spring Security's own observations (a timer per filter, per chain, per authorization) are off.
        assertThat(scrape.lines().filter(l -> l.startsWith("spring_security_"))).isEmpty();
    }

    @Test
    void theServingRuleSetVersionAndReloadsAreExposed() throws Exception {
        String version = JSON.readTree(send("/api/v1/ruleset", null).body()).path("version").asString();
        String before = scrape();
        assertThat(sample(before, "zwfw_ruleset_active", "version=\"" + version + "\"")).isEqualTo(1);
        assertThat(before.lines().filter(l -> l.startsWith("zwfw_ruleset_active{")).count()).isEqualTo(1);
        assertThat(sample(before, "zwfw_ruleset_rules")).isPositive();

        HttpResponse<String> reload = send("/api/v1/ruleset/reload", "");
        assertThat(reload.statusCode()).as(reload.body()).isEqualTo(200);
        assertThat(JSON.readTree(reload.body()).path("outcome").asString()).isEqualTo("UNCHANGED");
        String after = scrape();
        String[] unchanged = {"result=\"success\"", "outcome=\"UNCHANGED\""};
        assertThat(sample(after, "zwfw_ruleset_reloads_total", unchanged)
                - sample(before, "zwfw_ruleset_reloads_total", unchanged)).isEqualTo(1);
        assertThat(after).contains("zwfw_ruleset_reloads_total{outcome=\"REJECTED\",result=\"failure\"}");
    }

    @Test
    void aRejectedReloadCountsAsAFailureAndALoadedOneMovesTheVersionGauge(@TempDir Path dir) {
        RulesFolder folder = RulesFolder.copyOfSample(dir);
        RuleSetHolder holder = new RuleSetHolder(folder.root().toString());
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new RuleSetMetrics(registry, holder);
        RuleSetReloader reloader = new RuleSetReloader(holder, new RuleSetReloadLog(null) {
            @Override
            public void append(String caller, String trigger, String oldVersion, String newVersion, String outcome,
                               List<String> problems) {}
        }, registry);
        String v0 = holder.current().version();

        folder.write("ningxia/yinchuan/measures-2025/broken.drl", """
                package rules.broken
                rule "坏规则"
                    @clause("银川市政务服务管理办法 第二十五条")
                    @basis("TEXT")
                when
                    NoSuchFact()
                then
                end
                """);
        try {
            reloader.reload("test", RuleSetReloader.Trigger.API);
        } catch (RuleSetException expected) {
            // the last good set keeps serving
        }
        assertThat(registry.get("zwfw.ruleset.reloads").tags("result", "failure").counter().count()).isEqualTo(1);
        assertThat(registry.get("zwfw.ruleset.active").tag("version", v0).gauge().value()).isEqualTo(1);

        folder.edit("ningxia/yinchuan/measures-2025/broken.drl", s -> "");
        reloader.reload("test", RuleSetReloader.Trigger.API);
        String v1 = holder.current().version();
        assertThat(v1).isNotEqualTo(v0);
        assertThat(registry.get("zwfw.ruleset.reloads").tags("result", "success", "outcome", "LOADED").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("zwfw.ruleset.active").tag("version", v1).gauge().value()).isEqualTo(1);
        assertThat(registry.find("zwfw.ruleset.active").tag("version", v0).gauge()).isNull();
    }


    @Test
    void everyAnswerNamesItsReplicaAndRuleSetAndASingleInstanceListsItselfAlone() throws Exception {
        String version = JSON.readTree(send("/api/v1/ruleset", null).body()).path("version").asString();
        String host = defaultReplicaName(port);
        for (HttpResponse<String> r : List.of(send("/api/v1/decisions/acceptance", ACCEPTANCE),
                send("/actuator/health/liveness", null), send("/api/v1/cases/CASE-none", null))) {
            assertThat(r.headers().firstValue("X-Zwfw-Ruleset")).as(r.uri().toString()).contains(version);
            assertThat(r.headers().firstValue("X-Zwfw-Replica")).as(r.uri().toString()).contains(host);
        }
        // The default (embedded, single-instance) store has no replica sync: the list is this instance alone.
        JsonNode replicas = JSON.readTree(send("/api/v1/ruleset/replicas", null).body());
        assertThat(replicas.path("answeredBy").asString()).isEqualTo(host);
        assertThat(replicas.path("replicas").findValuesAsString("replica")).containsExactly(host);
        assertThat(replicas.path("replicas").findValuesAsString("rulesetVersion")).containsExactly(version);
    }

    /** The default replica name: the host name and the port the service listens on. */
    static String defaultReplicaName(int port) throws Exception {
        String h = System.getenv("HOSTNAME");
        return (h != null && !h.isBlank() ? h.trim() : java.net.InetAddress.getLocalHost().getHostName()) + ":" + port;
    }
}
