package org.zwfw.engine;

import org.zwfw.kernel.RulesFolders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.zwfw.TestApi;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reload under a load of concurrent acceptance decisions over HTTP: a good edit, then a broken one. No request
 * fails; each answer is wholly of one version (its due date is the one its version gives); once a reload has
 * answered, every request started after it is decided by the new version; after the broken reload the old version
 * keeps answering. Progress is counted in answers, never in time, so a slow machine only makes it slower.
 */
@Tag("slow") // a soak: reloads under concurrent load, on a context of its own; run by mvn test -Pslow
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReloadUnderLoadTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Path RULES;
    static final String MATTERS = "ningxia/yinchuan/catalog/matters.csv";
    static final String DRL = "ningxia/yinchuan/measures-2025/acceptance.drl";
    /** A 银川 application with every material: ACCEPT, due 5 working days after 2025-12-15 (6 after the edit). */
    static final String REQUEST = """
            {"jurisdiction":"640100","matterCode":"YC-SPJY-001","asOf":"2025-12-15",
             "applicant":{"type":"LEGAL_PERSON","id":"91640100MA76A1B2CR","groups":[]},
             "materials":[{"code":"M01","status":"PROVIDED"},{"code":"M03","status":"PROVIDED"},{"code":"M04","status":"PROVIDED"},
                          {"code":"M05","status":"PROVIDED"},{"code":"M06","status":"PROVIDED"}]}""";

    static {
        try {
            RULES = RulesFolders.copy(RulesFolder.SAMPLE, Files.createTempDirectory("rules-reload-"));
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void rulesDir(DynamicPropertyRegistry registry) {
        registry.add("zwfw.rules.dir", RULES::toString);
    }

    @AfterAll
    static void cleanUp() {
        RulesFolders.delete(RULES);
    }

    @Value("${local.server.port}")
    int port;

    record Answer(int phase, int status, String version, String dueDate) {}

    final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    final AtomicInteger phase = new AtomicInteger();
    final AtomicBoolean stop = new AtomicBoolean();

    HttpResponse<String> send(String path, String method, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").method(method,
                        HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return TestApi.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    void client() {
        while (!stop.get()) {
            int startedIn = phase.get();
            try {
                HttpResponse<String> r = TestApi.send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/v1/decisions/acceptance"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(REQUEST, StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() != 200) {
                    failures.add(r.statusCode() + " " + r.body());
                    continue;
                }
                JsonNode j = JSON.readTree(r.body());
                answers.add(new Answer(startedIn, r.statusCode(), j.path("ruleset").path("version").asString(),
                        j.path("dueDate").asString()));
            } catch (Exception e) {
                failures.add(e.toString());
            }
        }
    }

    void awaitAnswersStartedIn(int p, int count) throws InterruptedException {
        while (answers.stream().filter(a -> a.phase() == p).count() < count && failures.isEmpty()) {
            Thread.sleep(5);
        }
    }

    @Test
    void goodThenBrokenReloadUnderConcurrentDecisionsFailsNoRequest() throws Exception {
        String v0 = JSON.readTree(send("/api/v1/ruleset", "GET", null).body()).path("version").asString();
        JsonNode unchanged = JSON.readTree(send("/api/v1/ruleset/reload", "POST", null).body());
        assertThat(unchanged.path("outcome").asString()).isEqualTo("UNCHANGED");
        assertThat(unchanged.path("ruleset").path("version").asString()).isEqualTo(v0);

        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(this::client, "decision-client-" + i);
            t.start();
            clients.add(t);
        }
        try {
            awaitAnswersStartedIn(0, 20);

            // A good edit: 承诺办结时限 of YC-SPJY-001 from 5 to 6 working days.
            edit(MATTERS, s -> s.replace("YC-SPJY-001,食品经营许可（新办）,行政许可,NATURAL_PERSON|LEGAL_PERSON,10,5,",
                    "YC-SPJY-001,食品经营许可（新办）,行政许可,NATURAL_PERSON|LEGAL_PERSON,10,6,"));
            HttpResponse<String> good = send("/api/v1/ruleset/reload", "POST", null);
            phase.set(1);
            assertThat(good.statusCode()).as(good.body()).isEqualTo(200);
            JsonNode g = JSON.readTree(good.body());
            String v1 = g.path("ruleset").path("version").asString();
            assertThat(g.path("outcome").asString()).isEqualTo("LOADED");
            assertThat(g.path("previousVersion").asString()).isEqualTo(v0);
            assertThat(v1).matches("[0-9a-f]{64}").isNotEqualTo(v0).isEqualTo(org.zwfw.lawbook.Lawbook.read(RULES).version());
            assertThat(g.path("ruleset").path("inForce").path("640100").toString()).contains("银川市政务服务管理办法");
            assertThat(g.path("ruleset").path("rules").toString()).contains("\"clause\":\"银川市政务服务管理办法 第二十五条\"");
            awaitAnswersStartedIn(1, 20);

            // A broken edit: a rule on a fact type that does not exist.
            int line = lineCount(DRL) + 2;
            append(DRL, "\nrule \"坏规则\"\n    @ruleId(\"yinchuan.broken\")\n    @clause(\"银川市政务服务管理办法 第二十五条\")\n    @basis(\"TEXT\")\n"
                    + "when\n    NoSuchFact()\nthen\nend\n");
            HttpResponse<String> broken = send("/api/v1/ruleset/reload", "POST", null);
            phase.set(2);
            assertThat(broken.statusCode()).isEqualTo(422);
            assertThat(broken.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            JsonNode b = JSON.readTree(broken.body());
            assertThat(b.path("problems").toString()).containsPattern(DRL.replace(".", "\\.") + ":\\d+: ");
            assertThat(b.path("problems").get(0).asString()).startsWith(DRL + ":");
            int reported = Integer.parseInt(b.path("problems").get(0).asString().split(":")[1]);
            assertThat(reported).isBetween(line, line + 7);
            assertThat(JSON.readTree(send("/api/v1/ruleset", "GET", null).body()).path("version").asString())
                    .isEqualTo(v1);
            awaitAnswersStartedIn(2, 20);
            stop.set(true);
            for (Thread t : clients) {
                t.join();
            }

            assertThat(failures).as("failed requests").isEmpty();
            assertThat(answers).allSatisfy(a -> {
                assertThat(a.version()).isIn(v0, v1);
                // One request, one version: the due date is the one its own version gives.
                assertThat(a.dueDate()).isEqualTo(a.version().equals(v0) ? "2025-12-22" : "2025-12-23");
            });
            assertThat(answers).filteredOn(a -> a.phase() >= 1).extracting(Answer::version).containsOnly(v1);
            assertThat(answers).filteredOn(a -> a.phase() == 2).hasSizeGreaterThanOrEqualTo(20);

            JsonNode log = JSON.readTree(send("/api/v1/ruleset/reloads?limit=3", "GET", null).body());
            assertThat(log.get(0).path("outcome").asString()).isEqualTo("REJECTED");
            assertThat(log.get(0).path("oldVersion").asString()).isEqualTo(v1);
            assertThat(log.get(0).path("newVersion").isNull()).isTrue();
            assertThat(log.get(0).path("problems").toString()).contains(DRL + ":");
            assertThat(log.get(0).path("caller").asString()).isEqualTo("analyst-dev");
            assertThat(log.get(1).path("outcome").asString()).isEqualTo("LOADED");
            assertThat(log.get(1).path("oldVersion").asString()).isEqualTo(v0);
            assertThat(log.get(1).path("newVersion").asString()).isEqualTo(v1);
            assertThat(log.get(1).path("trigger").asString()).isEqualTo("API");
            assertThat(log.get(2).path("outcome").asString()).isEqualTo("UNCHANGED");
        } finally {
            stop.set(true);
            for (Thread t : clients) {
                t.join();
            }
        }
    }

    @Test
    void aBadAsOfIsNamed() throws Exception {
        HttpResponse<String> r = send("/api/v1/ruleset?asOf=2025-02-30", "GET", null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"asOf\"");
    }

    static void edit(String relative, java.util.function.UnaryOperator<String> change) throws IOException {
        Path f = RULES.resolve(relative);
        String before = Files.readString(f, StandardCharsets.UTF_8);
        String after = change.apply(before);
        assertThat(after).isNotEqualTo(before);
        Files.writeString(f, after, StandardCharsets.UTF_8);
    }

    static void append(String relative, String text) throws IOException {
        Files.writeString(RULES.resolve(relative), text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }

    static int lineCount(String relative) throws IOException {
        return Files.readAllLines(RULES.resolve(relative), StandardCharsets.UTF_8).size();
    }
}
