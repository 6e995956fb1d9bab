package org.zwfw.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.zwfw.ServiceTest;
import org.zwfw.TestApi;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;

/**
 * No log line carries a clear 身份证号 or 统一社会信用代码: requests bringing known identifiers (in bodies, query
 * parameters, paths, a CSV import and a population batch; valid, mistyped and refused) run with every logger at
 * DEBUG — where Spring prints request URLs and the bodies it reads — and all that the console appender's layout
 * writes meanwhile is captured: the identifiers appear only masked, and no part of one (region and birth date, birth
 * date and sequence) appears at all. The answers carry none either.
 */
@ServiceTest
class MaskingConsoleEncoderTest {
    static final String PERSON = "640102199003150046";
    static final String PAYER = "610103197506200115";
    static final String SUBJECT = "410702198304120030";
    static final String MISTYPED = "640102199003150047";
    static final String COMPANY = "91640100MA76A1B2CR";
    static final String WITH_X = "64010219450302123X";
    static final List<String> IDS = List.of(PERSON, PAYER, SUBJECT, MISTYPED, COMPANY, WITH_X);

    @Value("${local.server.port}")
    int port;

    @Test
    @SuppressWarnings("unchecked")
    void noIdentifierReachesTheLogInClearEvenAtDebug() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        Appender<ILoggingEvent> console = root.getAppender("CONSOLE");
        assertThat(console).as("the console appender of logback-spring.xml").isInstanceOf(OutputStreamAppender.class);
        Encoder<ILoggingEvent> encoder = ((OutputStreamAppender<ILoggingEvent>) console).getEncoder();
        assertThat(encoder).isInstanceOf(MaskingConsoleEncoder.class);
        assertThat(((MaskingConsoleEncoder) encoder).getLayout()).isInstanceOf(MaskingPatternLayout.class);

        // What the console writes, written here too: the console's own encoder.
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        OutputStreamAppender<ILoggingEvent> capture = new OutputStreamAppender<>();
        capture.setName("masking-test-capture");
        capture.setContext(context);
        capture.setEncoder(encoder);
        capture.setOutputStream(captured);
        capture.start();
        Level before = root.getLevel();
        List<String> answers = new ArrayList<>();
        root.addAppender(capture);
        root.setLevel(Level.DEBUG);
        try {
            answers.addAll(requestsCarryingIdentifiers());
            Thread.sleep(300); // lines a request thread writes after its answer has gone
        } finally {
            root.setLevel(before);
            root.detachAppender(capture);
            capture.stop();
        }

        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).as("DEBUG lines were captured").contains("/api/v1/decisions/acceptance");
        assertThat(log).as("the identifiers did reach the log, masked").contains(Identifiers.mask(PERSON),
                Identifiers.mask(PAYER));
        for (String id : IDS) {
            // Nor a part of one: Spring cuts a logged body short, and a cut identifier no pattern can find.
            for (String part : List.of(id, id.substring(0, 10), id.substring(6))) {
                assertThat(log).as("the log").doesNotContain(part);
                for (String answer : answers) {
                    assertThat(answer).as("an answer").doesNotContain(part);
                }
            }
        }
    }

    List<String> requestsCarryingIdentifiers() throws Exception {
        List<String> answers = new ArrayList<>();
        answers.add(post("/api/v1/decisions/acceptance", "application/json", """
                {"jurisdiction":"640100","matterCode":"YC-SPJY-001","asOf":"2026-03-02",
                 "applicant":{"type":"NATURAL_PERSON","id":"%s"},"materials":[{"code":"M01","status":"PROVIDED"}]}"""
                .formatted(PERSON), 200));
        answers.add(post("/api/v1/decisions/acceptance", "application/json", """
                {"jurisdiction":"640100","matterCode":"YC-SPJY-001","asOf":"2026-03-02",
                 "applicant":{"type":"NATURAL_PERSON","id":"%s"}}""".formatted(MISTYPED), 400));
        answers.add(post("/api/v1/decisions/fee", "application/json", """
                {"jurisdiction":"640100","matterCode":"YC-BDC-003","asOf":"2026-01-15",
                 "applicant":{"type":"LEGAL_PERSON","id":"%s","enterpriseScale":"LARGE"}}""".formatted(COMPANY), 200));
        String opened = post("/api/v1/cases", "application/json", """
                {"jurisdiction":"640100","matterCode":"YC-SPJY-001","asOf":"2025-12-15",
                 "applicant":{"type":"NATURAL_PERSON","id":"%s"},
                 "materials":[{"code":"M01","status":"PROVIDED"},{"code":"M04","status":"PROVIDED"},
                              {"code":"M05","status":"PROVIDED"},{"code":"M06","status":"MISSING"}],
                 "commitment":{"signed":true,"supplementBy":"2025-12-22"}}""".formatted(PERSON), 201);
        answers.add(opened);
        answers.add(get("/api/v1/cases/" + opened.replaceAll(".*\"caseId\":\"([^\"]+)\".*", "$1") + "?asOf=2025-12-16", 200));
        answers.add(post("/api/v1/policies/matches", "application/json", """
                {"jurisdiction":"410700","asOf":"2026-03-02","subject":{"type":"NATURAL_PERSON","id":"%s",
                 "attributes":{"age":30},"sources":{"age":"SHARED"}}}""".formatted(SUBJECT), 200));
        answers.add(post("/api/v1/policies/matches:batch?jurisdiction=610100&asOf=2026-03-02", "text/csv",
                "key,type,age\n" + SUBJECT + ",NATURAL_PERSON,30\n" + MISTYPED + ",NATURAL_PERSON,x\n", 200));
        answers.add(post("/api/v1/credit-records:import", "text/csv",
                "subject_id,record,severity,recorded_on,repaired_on,source\n" + PAYER + ",行政处罚（一般）,MINOR,2026-01-05,,信用平台\n"
                        + MISTYPED + ",行政处罚（一般）,MINOR,2026-01-05,,信用平台\n", 200));
        answers.add(get("/api/v1/credit-records?subjectId=" + PAYER + "&reason=log-test", 200));
        answers.add(get("/api/v1/credit-records/reads?subjectId=" + PAYER, 200));
        answers.add(get("/api/v1/audit/decisions?applicantId=" + PERSON + "&limit=5", 200));
        answers.add(post("/api/v1/credit-records/" + WITH_X + "/repair", "application/json", "{\"date\":\"2026-03-02\"}", 400));
        answers.add(get("/api/v1/no-such-thing/" + WITH_X, 404));
        answers.add(TestApi.sendAnonymously(HttpRequest.newBuilder(uri("/api/v1/credit-records?subjectId=" + PAYER))
                .GET().build()).body());
        return answers;
    }

    String post(String path, String type, String body, int expected) throws Exception {
        HttpResponse<String> r = TestApi.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(expected);
        return r.body();
    }

    String get(String path, int expected) throws Exception {
        HttpResponse<String> r = TestApi.send(HttpRequest.newBuilder(uri(path)).GET().build());
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(expected);
        return r.body();
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
