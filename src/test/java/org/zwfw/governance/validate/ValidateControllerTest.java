package org.zwfw.governance.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.zwfw.ServiceTest;
import org.zwfw.TestApi;
import org.zwfw.engine.RuleSetHolder;
import org.zwfw.engine.RulesFolder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** POST /api/v1/ruleset/validate: an uploaded folder is checked, never put in service; bad uploads are 400s. */
@ServiceTest
class ValidateControllerTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    RuleSetHolder holder;

    @TempDir
    Path tmp;

    static byte[] zip(Path dir, String prefix) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes); Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(new ZipEntry(prefix + dir.relativize(p).toString().replace('\\', '/')));
                z.write(Files.readAllBytes(p));
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    HttpResponse<String> postZip(byte[] body) throws Exception {
        return TestApi.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/ruleset/validate"))
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    record Answer(int status, String type, JsonNode body) {}

    Answer postMultipart(byte[] zip) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        if (zip != null) {
            parts.add("rules", new ByteArrayResource(zip) {
                @Override
                public String getFilename() { return "rules.zip"; }
            });
        } else {
            parts.add("note", "no file");
        }
        return RestClient.create().post().uri("http://localhost:" + port + "/api/v1/ruleset/validate")
                .header("Authorization", TestApi.bearerFor("POST", "/api/v1/ruleset/validate"))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts).exchange((req, res) -> new Answer(res.getStatusCode().value(),
                        String.valueOf(res.getHeaders().getContentType()),
                        JSON.readTree(res.getBody().readAllBytes())));
    }

    @Test
    void theSampleFolderZippedIsValidAndTheServiceKeepsItsRuleSet() throws Exception {
        String serving = holder.current().version();
        HttpResponse<String> r = postZip(zip(RulesFolder.SAMPLE, "rules/"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(r.body());
        assertThat(report.path("valid").asBoolean()).isTrue();
        assertThat(report.path("rules").asInt()).isEqualTo(holder.current().rules().size());
        assertThat(report.path("problems").size()).isZero();
        assertThat(holder.current().version()).isEqualTo(serving);
    }

    @Test
    void aBrokenRuleUploadedAsMultipartIsReportedByFileAndLine() throws Exception {
        String file = "ningxia/yinchuan/measures-2025/acceptance.drl";
        RulesFolder f = RulesFolder.copyOfSample(tmp.resolve("rules"))
                .edit(file, s -> s.replaceFirst("Application\\(commitmentSigned == true", "Application(commitmentSignd == true"));
        int line = ValidateCommandTest.lineOf(f, file, "commitmentSignd");
        String serving = holder.current().version();
        Answer a = postMultipart(zip(f.root(), ""));
        assertThat(a.status()).as(a.body().toString()).isEqualTo(200);
        assertThat(a.body().path("valid").asBoolean()).isFalse();
        JsonNode p = a.body().path("problems").get(0);
        assertThat(p.path("file").asString()).isEqualTo(file);
        assertThat(p.path("line").asInt()).isEqualTo(line);
        assertThat(p.path("check").asString()).isEqualTo("compile");
        assertThat(p.path("message").asString()).contains("commitmentSignd");
        assertThat(holder.current().version()).isEqualTo(serving);
    }

    @Test
    void anEntryLeavingTheFolderIsRefusedAndNothingIsWrittenOutside() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("rules/jurisdictions.csv"));
            z.write("code,name,parent,folder\n".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("../../zwfw-zip-slip-" + port + ".txt"));
            z.write("x".getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = postZip(bytes.toByteArray());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.path("errors").get(0).path("field").asString()).isEqualTo("body");
        assertThat(body.path("errors").get(0).path("message").asString()).contains("outside the rules folder");
        Path tmpRoot = Path.of(System.getProperty("java.io.tmpdir"));
        assertThat(tmpRoot.resolve("zwfw-zip-slip-" + port + ".txt")).doesNotExist();
        assertThat(tmpRoot.getParent() == null ? tmpRoot : tmpRoot.getParent().resolve("zwfw-zip-slip-" + port + ".txt"))
                .doesNotExist();
    }

    @Test
    void somethingThatIsNotAZipIsA400() throws Exception {
        HttpResponse<String> r = postZip("code,name\n".getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).path("errors").get(0).path("field").asString()).isEqualTo("body");
    }

    @Test
    void aZipBombStopsAtTheUnpackedLimit() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("rules/big.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i <= ZipUpload.MAX_BYTES >> 20; i++) {
                z.write(zeros);
            }
        }
        assertThat(bytes.size()).isLessThan((int) ZipUpload.MAX_UPLOAD);
        HttpResponse<String> r = postZip(bytes.toByteArray());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("unpacks to more than");
    }

    @Test
    void aMultipartFormWithoutTheRulesPartIsA400NamingIt() {
        Answer a = postMultipart(null);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.type()).startsWith("application/problem+json");
        assertThat(a.body().path("errors").get(0).path("field").asString()).isEqualTo("rules");
    }
}
