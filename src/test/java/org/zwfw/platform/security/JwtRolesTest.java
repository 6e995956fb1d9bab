package org.zwfw.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.zwfw.TestApi;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A non-default profile with an OAuth2 issuer's key and no tokens configured: JWTs signed by it are accepted, their
 * roles read from a nested claim, the caller the audit log records taken from the principal claim; the development
 * tokens, a foreign signature and an expired token are not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("oidc")
class JwtRolesTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final KeyPair ISSUER = rsa();
    static final KeyPair STRANGER = rsa();
    static final Path PUBLIC_KEY = publicKeyFile(ISSUER);
    static final String PERSON = "640104198807070023";

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry r) {
        r.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> PUBLIC_KEY.toUri().toString());
        r.add("zwfw.security.jwt.roles-claim", () -> "realm_access.roles");
        r.add("zwfw.security.jwt.principal-claim", () -> "preferred_username");
        // A profile other than the default one refuses the published development hash key.
        r.add("zwfw.privacy.hash-key", () -> "test-key-for-jwt-roles");
    }

    @Value("${local.server.port}")
    int port;

    @Test
    void aSignedTokensRolesAndNameDecideAccessAndTheAuditedCaller() throws Exception {
        String body = """
                {"jurisdiction":"640100","matterCode":"YC-SPJY-001","asOf":"2026-03-02",
                 "applicant":{"type":"NATURAL_PERSON","id":"%s"},"materials":[{"code":"M01","status":"PROVIDED"}]}"""
                .formatted(PERSON);
        HttpRequest decide = HttpRequest.newBuilder(uri("/api/v1/decisions/acceptance"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();

        // The analyst may try a case (the workbench); a supervisor reads the clock and the log but decides nothing.
        assertThat(send(decide, jwt(ISSUER, "rules-team", List.of("analyst"), 300)).statusCode()).isEqualTo(200);
        // The intake system's decision is the last one logged: the audit read below finds its caller.
        assertThat(send(decide, jwt(ISSUER, "portal-yinchuan", List.of("intake"), 300)).statusCode()).isEqualTo(200);
        assertThat(send(decide, jwt(ISSUER, "supervision-office", List.of("supervisor"), 300)).statusCode()).isEqualTo(403);
        assertThat(send(decide, jwt(ISSUER, "nobody", List.of("offline_access"), 300)).statusCode()).isEqualTo(403);

        HttpResponse<String> log = send(HttpRequest.newBuilder(uri("/api/v1/audit/decisions?applicantId=" + PERSON + "&limit=1"))
                .GET().build(), jwt(ISSUER, "audit-office", List.of("ROLE_AUDITOR"), 300));
        assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
        JsonNode entries = JSON.readTree(log.body());
        assertThat(entries.get(0).path("caller").asString()).isEqualTo("portal-yinchuan");
    }

    @Test
    void developmentTokensForeignSignaturesAndExpiredTokensAreRefused() throws Exception {
        HttpRequest list = HttpRequest.newBuilder(uri("/api/v1/jurisdictions")).GET().build();
        assertThat(send(list, jwt(ISSUER, "portal", List.of("intake"), 300)).statusCode()).isEqualTo(200);
        assertThat(TestApi.send(list).statusCode()).isEqualTo(401);
        HttpResponse<String> foreign = send(list, jwt(STRANGER, "portal", List.of("admin"), 300));
        assertThat(foreign.statusCode()).isEqualTo(401);
        assertThat(foreign.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(send(list, jwt(ISSUER, "portal", List.of("intake"), -120)).statusCode()).isEqualTo(401);
    }

    HttpResponse<String> send(HttpRequest r, String token) throws Exception {
        return TestApi.HTTP.send(HttpRequest.newBuilder(r, (n, v) -> true).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static String jwt(KeyPair key, String user, List<String> roles, long expiresInSeconds) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("subject-of-" + user)
                .claim("preferred_username", user).claim("realm_access", Map.of("roles", roles))
                .issueTime(Date.from(now.minusSeconds(600))).expirationTime(Date.from(now.plusSeconds(expiresInSeconds)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
        return jwt.serialize();
    }

    static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path publicKeyFile(KeyPair key) {
        try {
            Path f = Files.createTempFile("zwfw-issuer", ".pem");
            f.toFile().deleteOnExit();
            Files.writeString(f, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
