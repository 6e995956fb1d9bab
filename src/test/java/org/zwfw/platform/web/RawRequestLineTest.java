package org.zwfw.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zwfw.ServiceTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request lines a client library would refuse to send, written byte for byte on a socket: characters RFC 3986 does
 * not allow unencoded (which Tomcat refuses before the application sees the request) and broken percent-encoding
 * (which it refuses when a parameter is read). Each is a 400 problem+json naming the part of the URL at fault (the url, the query, or the parameter), never
 * Tomcat's HTML page or a 500, and never repeating the request target (it may carry an identifier).
 */
@ServiceTest
class RawRequestLineTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private String[] send(String target) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + target + " HTTP/1.0\r\nHost: localhost\r\nAuthorization: Bearer intake-dev-token\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            return new String[] {answer.substring(0, end), answer.substring(end + 4)};
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/v1/jurisdictions?q=a|b", "/api/v1/jurisdictions?q={x}", "/api/v1/jurisdictions?q=\"x\"",
            "/api/v1/jurisdictions?q=<x>", "/api/v1/jurisdictions?q=a^b", "/api/v1/jurisdictions?q=`x`",
            "/api/v1/jurisdictions?q=a\\b", "/api/v1/jurisdictions?q=银川", "/api/v1/juris|dictions",
            "/api/v1/jurisdictions/%zz", "/api/v1/jurisdictions/640100/matters?q=%zz", "/api/v1/jurisdictions?%zz",
            "/api/v1/jurisdictions?q=64010219450302123X%", "/api/v1/jurisdictions/640100/matters?asOf=%G1"})
    void aRequestLineThatCannotBeReadIsAProblemNamingTheUrl(String target) throws Exception {
        String[] answer = send(target);
        String head = answer[0];
        assertThat(head).as(target).startsWith("HTTP/1.1 400");
        assertThat(head.toLowerCase()).as(target).contains("content-type: application/problem+json");
        JsonNode p = JSON.readTree(answer[1]);
        assertThat(p.path("status").asInt()).isEqualTo(400);
        assertThat(p.path("title").asString()).isEqualTo("Invalid request");
        assertThat(p.path("errors").get(0).path("field").asString()).as(answer[1]).isNotBlank();
        assertThat(p.path("errors").get(0).path("message").asString()).isNotBlank();
        assertThat(answer[1]).doesNotContain("64010219450302123X").doesNotContain("银川");
    }
}
