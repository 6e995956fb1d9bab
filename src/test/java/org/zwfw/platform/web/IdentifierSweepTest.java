package org.zwfw.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.zwfw.ServiceTest;
import org.zwfw.TestApi;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * No identifier in clear anywhere it lands (issue 13): to every JSON endpoint (listed from the controllers, so a new
 * one without a sample body here fails), a valid body is posted with a 身份证号 planted in each string field in turn
 * (not the designated identifier fields applicant.id, subject.id, subjectId); each answer is a 400 naming that field,
 * and the number appears nowhere: not in the answer, not in what the loggers were given (captured unmasked), not in any
 * table of the database. The same for path and query parameters, and an unknown field is named on every endpoint.
 */
@ServiceTest
class IdentifierSweepTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Planted: used by no other test, so the database check cannot be fooled by another test's data. */
    static final String PLANTED = "53010219771123883X";
    /** The issue's own example. */
    static final String DONE_MEANS = "64010219450302123X";
    static final Pattern DESIGNATED = Pattern.compile("(^|.*\\.)(applicant|subject)\\.id|subjectId");
    static final String[] TABLES = {"decision_audit", "case_file", "case_event", "credit_record", "credit_read_audit",
            "ruleset_reload_audit"};

    static final String ACCEPTANCE = """
            {"jurisdiction":"640100","matterCode":"YC-SPJY-001","asOf":"2025-12-15","route":"ORDINARY","channel":"ONLINE",
             "receivedOn":"2025-12-15",
             "applicant":{"type":"LEGAL_PERSON","id":"91640100MA76A1B2CR","groups":["ELDERLY"]},
             "materials":[{"code":"M01","status":"PROVIDED"},{"code":"M04","status":"PROVIDED"},
                          {"code":"M05","status":"PROVIDED"},{"code":"M06","status":"MISSING"}],
             "commitment":{"signed":true,"supplementBy":"2025-12-22"}}""";

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final List<String> logged = new CopyOnWriteArrayList<>();
    final AppenderBase<ILoggingEvent> capture = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent e) {
            // What the loggers were given, before any masking layout: a leak masked on the console is still a leak.
            logged.add(e.getFormattedMessage() + (e.getThrowableProxy() == null ? ""
                    : ThrowableProxyUtil.asString(e.getThrowableProxy())) + e.getMDCPropertyMap());
        }
    };

    @BeforeEach
    void captureLogs() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        capture.setContext(context);
        capture.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(capture);
    }

    @AfterEach
    void stopCapture() {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(capture);
        capture.stop();
    }

    HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return TestApi.send(b.build());
    }

    String caseId;
    long creditId;
    String reviewId;

    /** Every JSON body the service reads, with a valid sample, by its endpoint as the controllers map it. */
    Map<String, String> samples() throws Exception {
        HttpResponse<String> opened = send("POST", "/api/v1/cases", ACCEPTANCE);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        caseId = JSON.readTree(opened.body()).path("caseId").asString();
        HttpResponse<String> credit = send("POST", "/api/v1/credit-records", """
                {"subjectId":"91640100MA76Q3R4TH","record":"行政处罚（扫描）%d","severity":"MINOR","recordedOn":"2026-01-05",
                 "source":"信用平台"}""".formatted(System.nanoTime()));
        assertThat(credit.statusCode()).as(credit.body()).isEqualTo(201);
        creditId = JSON.readTree(credit.body()).path("id").asLong();
        Map<String, String> s = new LinkedHashMap<>();
        s.put("POST /api/v1/decisions/acceptance", ACCEPTANCE);
        s.put("POST /api/v1/cases", ACCEPTANCE);
        s.put("POST /api/v1/decisions/fee", """
                {"jurisdiction":"640100","matterCode":"YC-BDC-003","asOf":"2026-01-15","channel":"WINDOW",
                 "applicant":{"type":"LEGAL_PERSON","id":"91640100MA76A1B2CR","enterpriseScale":"SMALL","groups":["MILITARY"]},
                 "certificates":1,"housingType":"COMMODITY","registrationReason":"OTHER"}""");
        s.put("POST /api/v1/decisions/services", """
                {"jurisdiction":"410700","matterCode":"XX-GTGS-004","asOf":"2026-01-15","channel":"ONLINE",
                 "place":{"level":"VILLAGE","code":"410702001001"},"applicantRegion":"640104",
                 "applicant":{"type":"NATURAL_PERSON","id":"410702194008152347","groups":["ELDERLY"],"mobilityImpaired":false},
                 "project":{"kinds":["KEY_INVESTMENT"]}}""");
        s.put("POST /api/v1/decisions/bundle-acceptance", """
                {"jurisdiction":"410700","bundleCode":"XX-YJS-001","asOf":"2026-03-02","route":"ORDINARY","channel":"WINDOW",
                 "applicant":{"type":"NATURAL_PERSON","id":"410702194008152347","groups":[]},
                 "materials":[{"code":"B01","status":"PROVIDED"},{"code":"B06","status":"MISSING"}],
                 "commitment":{"signed":true,"supplementBy":"2026-03-06"}}""");
        s.put("POST /api/v1/cases/{caseId}/supplements", """
                {"date":"2025-12-16","materials":["M06"],"nonConforming":["M05"]}""");
        s.put("POST /api/v1/cases/{caseId}/verifications", """
                {"date":"2025-12-20","result":"NOT_FULFILLED","rectifyBy":"2026-01-10"}""");
        s.put("POST /api/v1/cases/{caseId}/extensions", """
                {"date":"2025-12-16","workingDays":5,"reason":"需现场核查","approvedBy":"AGENCY_HEAD",
                 "applicantToldOn":"2025-12-16"}""");
        s.put("POST /api/v1/cases/{caseId}/procedures", """
                {"kind":"ON_SITE_INSPECTION","from":"2025-12-16","to":"2025-12-17"}""");
        s.put("POST /api/v1/cases/{caseId}/completion", "{\"date\":\"2025-12-20\"}");
        String review = """
                {"jurisdiction":"410700","matterCode":"XX-SPJY-001","channel":"ONLINE","date":"2026-03-06",
                 "rating":"BAD","realName":true,"applicant":{"id":"91410700MA47D3E4F1"}}""";
        HttpResponse<String> posted = send("POST", "/api/v1/reviews", review);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        reviewId = JSON.readTree(posted.body()).path("reviewId").asString();
        s.put("POST /api/v1/reviews", review);
        s.put("POST /api/v1/reviews/{reviewId}/callback", "{\"date\":\"2026-03-09\",\"finding\":\"COMPLEX\"}");
        s.put("POST /api/v1/reviews/{reviewId}/rectification", """
                {"date":"2026-03-09","kind":"BY_DATE","by":"2026-03-20"}""");
        s.put("POST /api/v1/reviews/{reviewId}/feedback", "{\"date\":\"2026-03-19\"}");
        s.put("POST /api/v1/policies/matches", """
                {"jurisdiction":"410700","asOf":"2026-03-02","nearMisses":true,
                 "subject":{"type":"NATURAL_PERSON","id":"410702198304120030","attributes":{"age":30},
                            "sources":{"age":"SHARED"}}}""");
        s.put("POST /api/v1/credit-records", """
                {"subjectId":"91640100MA76Q3R4TH","record":"行政处罚（一般）","severity":"MINOR","recordedOn":"2026-01-05",
                 "repairedOn":"2026-02-05","source":"信用平台"}""");
        s.put("POST /api/v1/credit-records/{id}/repair", "{\"date\":\"2026-02-01\"}");
        s.put("POST /api/v1/catalog/lint", """
                {"jurisdiction":"640100","asOf":"2026-01-15","catalog":{"matters":"matter_code,name\\n"}}""");
        s.put("POST /api/v1/ruleset/what-if", """
                {"base":"CURRENT","proposal":"CURRENT","cases":[{"case":"one","acceptance":%s},
                 {"case":"two","policyMatch":{"jurisdiction":"410700","asOf":"2026-03-02",
                   "subject":{"type":"NATURAL_PERSON","id":"410702198304120030","attributes":{"age":30}}}}]}"""
                .formatted(ACCEPTANCE));
        s.put("POST /api/v1/ruleset/what-if/replay", """
                {"base":"CURRENT","proposal":"CURRENT","from":"2025-12-01","to":"2025-12-31","matterCode":"YC-SPJY-001",
                 "outcome":"ACCEPT","limit":5}""");
        return s;
    }

    /** "POST /api/v1/cases/{caseId}/supplements" for every handler method that reads a JSON body. */
    TreeSet<String> jsonEndpoints() {
        TreeSet<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            boolean body = false;
            for (var p : method.getMethodParameters()) {
                body |= p.hasParameterAnnotation(RequestBody.class);
            }
            boolean json = info.getConsumesCondition().getConsumableMediaTypes().stream()
                    .anyMatch(m -> m.getSubtype().equals("json"));
            if (body && json) {
                for (var m : info.getMethodsCondition().getMethods()) {
                    for (String pattern : info.getPatternValues()) {
                        endpoints.add(m.name() + " " + pattern);
                    }
                }
            }
        });
        return endpoints;
    }


    @Test
    void anIdentifierInAnyStringFieldOfAnyEndpointIsA400AndLandsNowhere() throws Exception {
        Map<String, String> samples = samples();
        assertThat(samples.keySet()).as("every JSON endpoint has a sample body here")
                .containsExactlyInAnyOrderElementsOf(jsonEndpoints());
        List<String> answers = new ArrayList<>();
        int planted = 0;
        for (Map.Entry<String, String> sample : samples.entrySet()) {
            String method = sample.getKey().substring(0, sample.getKey().indexOf(' '));
            String path = sample.getKey().substring(sample.getKey().indexOf(' ') + 1)
                    .replace("{caseId}", caseId).replace("{id}", String.valueOf(creditId))
                    .replace("{reviewId}", reviewId);
            HttpResponse<String> valid = send(method, path, sample.getValue());
            assertThat(valid.body()).as(sample.getKey() + " sample").doesNotContain("personal identifier");
            JsonNode body = JSON.readTree(sample.getValue());
            List<String> fields = new ArrayList<>();
            strings(body, "", fields);
            assertThat(fields).as(sample.getKey()).isNotEmpty();
            for (String field : fields) {
                JsonNode spoiled = body.deepCopy();
                plant(spoiled, field, PLANTED);
                HttpResponse<String> r = send(method, path, JSON.writeValueAsString(spoiled));
                answers.add(r.body());
                assertThat(r.statusCode()).as(sample.getKey() + " " + field + ": " + r.body()).isEqualTo(400);
                assertThat(JSON.readTree(r.body()).path("errors").toString()).as(sample.getKey() + " " + field)
                        .contains("\"field\":\"" + field + "\"").contains("personal identifier")
                        .contains("53**************3X");
                planted++;
            }
            // An unknown field is named on every endpoint too.
            ObjectNode unknown = ((ObjectNode) body.deepCopy()).put("zzUnknown", 1);
            HttpResponse<String> r = send(method, path, JSON.writeValueAsString(unknown));
            assertThat(r.statusCode()).as(sample.getKey() + " unknown field: " + r.body()).isEqualTo(400);
            assertThat(r.body()).contains("\"field\":\"zzUnknown\"");
        }
        assertThat(planted).isGreaterThan(40);

        // Path and query parameters.
        String q = URLEncoder.encode(PLANTED, StandardCharsets.UTF_8);
        Map<String, String> gets = Map.of("/api/v1/cases/" + q, "caseId",
                "/api/v1/jurisdictions/640100/matters/" + q, "matterCode",
                "/api/v1/jurisdictions/" + q + "/matters", "code",
                "/api/v1/jurisdictions?asOf=" + q, "asOf",
                "/api/v1/audit/decisions?matterCode=" + q, "matterCode",
                "/api/v1/policies/lists?jurisdiction=" + q, "jurisdiction");
        for (Map.Entry<String, String> g : gets.entrySet()) {
            HttpResponse<String> r = send("GET", g.getKey(), null);
            answers.add(r.body());
            assertThat(r.statusCode()).as(g.getKey() + ": " + r.body()).isEqualTo(400);
            assertThat(r.body()).contains("\"field\":\"" + g.getValue() + "\"");
        }
        // The designated query parameters still take one.
        assertThat(send("GET", "/api/v1/audit/decisions?applicantId=" + q, null).statusCode()).isEqualTo(200);

        Thread.sleep(300); // lines a request thread writes after its answer has gone
        assertThat(answers).noneMatch(a -> a.contains(PLANTED) || a.contains(PLANTED.substring(0, 12))
                || a.contains(PLANTED.substring(6)));
        assertThat(logged).as("log events").noneMatch(l -> l.contains(PLANTED) || l.contains(PLANTED.substring(6)));
        assertThat(database()).as("database").doesNotContain(PLANTED).doesNotContain(PLANTED.substring(6));
    }

    @Test
    void anIdentifierAsAMatterCodeIsA400AndAppearsNowhere() throws Exception {
        for (String path : List.of("/api/v1/decisions/acceptance", "/api/v1/cases")) {
            HttpResponse<String> r = send("POST", path, ACCEPTANCE.replace("\"YC-SPJY-001\"", "\"" + DONE_MEANS + "\""));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
            assertThat(r.body()).contains("\"field\":\"matterCode\"").contains("64**************3X")
                    .doesNotContain(DONE_MEANS).doesNotContain(DONE_MEANS.substring(6));
        }
        HttpResponse<String> r = send("POST", "/api/v1/decisions/acceptance",
                ACCEPTANCE.replace("\"code\":\"M04\"", "\"code\":\"" + DONE_MEANS + "\""));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"materials[1].code\"").doesNotContain(DONE_MEANS);
        Thread.sleep(200);
        assertThat(logged).noneMatch(l -> l.contains(DONE_MEANS) || l.contains(DONE_MEANS.substring(6)));
        assertThat(database()).doesNotContain(DONE_MEANS).doesNotContain(DONE_MEANS.substring(6));
    }

    String database() {
        StringBuilder all = new StringBuilder();
        for (String table : TABLES) {
            jdbc.sql("select * from " + table).query().listOfRows().forEach(row -> all.append(row).append('\n'));
        }
        return all.toString();
    }

    /** The path of every string value (and string array element), the designated identifier fields left out. */
    static void strings(JsonNode node, String path, List<String> out) {
        if (node.isString()) {
            if (!DESIGNATED.matcher(path).matches()) {
                out.add(path);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                strings(node.get(i), path + "[" + i + "]", out);
            }
        } else if (node.isObject()) {
            node.properties().forEach(e -> strings(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out));
        }
    }

    static void plant(JsonNode root, String path, String value) {
        JsonNode parent = root;
        String[] steps = path.split("\\.|(?=\\[)");
        for (int i = 0; i < steps.length - 1; i++) {
            parent = step(parent, steps[i]);
        }
        String last = steps[steps.length - 1];
        if (last.startsWith("[")) {
            ((ArrayNode) parent).set(Integer.parseInt(last.substring(1, last.length() - 1)), value);
        } else {
            ((ObjectNode) parent).put(last, value);
        }
    }

    private static JsonNode step(JsonNode node, String step) {
        return step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1, step.length() - 1))) : node.get(step);
    }
}
