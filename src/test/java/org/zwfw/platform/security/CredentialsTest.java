package org.zwfw.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;
import org.zwfw.TestApi;
import org.zwfw.ZwfwRulesApplication;

/**
 * The default profile alone accepts the development tokens; any other profile needs configured tokens or an OAuth2
 * issuer, and refuses to start without them, saying what to set.
 */
class CredentialsTest {
    @Test
    void theDefaultProfileWithNothingConfiguredAcceptsTheDevelopmentTokens() {
        Credentials c = Credentials.from(new MockEnvironment());
        assertThat(c.development()).isTrue();
        assertThat(c.holderOf("intake-dev-token")).isEqualTo(new Credentials.TokenHolder("intake-dev", Role.INTAKE));
        assertThat(c.holderOf("analyst-dev-token").role()).isEqualTo(Role.ANALYST);
        assertThat(c.holderOf("auditor-dev-token").role()).isEqualTo(Role.AUDITOR);
        assertThat(c.holderOf("supervisor-dev-token").role()).isEqualTo(Role.SUPERVISOR);
        assertThat(c.holderOf("admin-dev-token").role()).isEqualTo(Role.ADMIN);
        assertThat(c.holderOf("intake-dev-token ")).isNull();
        assertThat(c.holderOf("")).isNull();
        MockEnvironment named = new MockEnvironment();
        named.setActiveProfiles("default");
        assertThat(Credentials.from(named).development()).isTrue();
    }

    @Test
    void anotherProfileWithoutCredentialsIsRefusedSayingWhatToSet() {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("postgres");
        assertThatThrownBy(() -> Credentials.from(env)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("profile(s) postgres").hasMessageContaining("ZWFW_TOKENS")
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri");
    }

    @Test
    void configuredTokensReplaceTheDevelopmentOnesInAnyProfile() {
        MockEnvironment env = new MockEnvironment().withProperty(Credentials.TOKENS, TestApi.configuredTokensProperty());
        env.setActiveProfiles("postgres");
        Credentials c = Credentials.from(env);
        assertThat(c.development()).isFalse();
        assertThat(c.holderOf(TestApi.CONFIGURED_TOKENS.get(Role.AUDITOR)))
                .isEqualTo(new Credentials.TokenHolder("auditor-ci", Role.AUDITOR));
        assertThat(c.holderOf("auditor-dev-token")).isNull();
        // Configured tokens in the default profile also switch the development ones off.
        Credentials d = Credentials.from(new MockEnvironment().withProperty(Credentials.TOKENS, TestApi.configuredTokensProperty()));
        assertThat(d.development()).isFalse();
        assertThat(d.holderOf("intake-dev-token")).isNull();
    }

    @Test
    void anotherProfileWithTheDevelopmentHashKeyIsRefusedAndTheDefaultProfileKeepsIt() throws Exception {
        MockEnvironment env = new MockEnvironment().withProperty("zwfw.privacy.hash-key", CredentialsGuard.DEVELOPMENT_HASH_KEY);
        env.setActiveProfiles("json-logs");
        assertThatThrownBy(() -> CredentialsGuard.requireOwnHashKey(env)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("profile(s) json-logs").hasMessageContaining("ZWFW_HASH_KEY");
        MockEnvironment own = new MockEnvironment().withProperty("zwfw.privacy.hash-key", "a-deployment-secret-key");
        own.setActiveProfiles("json-logs");
        CredentialsGuard.requireOwnHashKey(own);
        CredentialsGuard.requireOwnHashKey(new MockEnvironment().withProperty("zwfw.privacy.hash-key",
                CredentialsGuard.DEVELOPMENT_HASH_KEY));
        // The key the default profile ships is the one the guard knows.
        try (var in = TestApi.class.getResourceAsStream("/application.properties")) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("zwfw.privacy.hash-key=" + CredentialsGuard.DEVELOPMENT_HASH_KEY + "\n");
        }
    }

    @Test
    void anIssuerAloneIsEnough() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "https://idp.example/realms/zwfw");
        env.setActiveProfiles("postgres");
        Credentials c = Credentials.from(env);
        assertThat(c.jwt()).isTrue();
        assertThat(c.tokenCount()).isZero();
        assertThat(c.rolesClaim()).isEqualTo("roles");
    }

    @Test
    void aMalformedOrPublishedTokenEntryIsRefusedByItsPosition() {
        String sha = Credentials.sha256("a-secret-token-of-some-length");
        assertThatThrownBy(() -> Credentials.parse("portal:INTAKE")).hasMessageContaining("entry 1 is not name:ROLE:sha256-hex");
        assertThatThrownBy(() -> Credentials.parse("portal:INTAKE:" + sha + ",x:CLERK:" + sha))
                .hasMessageContaining("entry 2: the role must be one of INTAKE, ANALYST, AUDITOR, SUPERVISOR, ADMIN");
        assertThatThrownBy(() -> Credentials.parse("portal:INTAKE:a-secret-token"))
                .hasMessageContaining("entry 1: the token must be given as its SHA-256");
        assertThatThrownBy(() -> Credentials.parse("portal:INTAKE:" + Credentials.sha256("intake-dev-token")))
                .hasMessageContaining("published development token");
        assertThatThrownBy(() -> Credentials.parse("a:INTAKE:" + sha + ", a:ADMIN:" + Credentials.sha256("other")))
                .hasMessageContaining("the name a is given twice");
        assertThat(Credentials.parse(" portal:intake:" + sha.toUpperCase() + " ").values())
                .containsExactly(new Credentials.TokenHolder("portal", Role.INTAKE));
    }

    @Test
    void theServiceRefusesToStartInTheProductionProfileWithoutCredentials() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(ZwfwRulesApplication.class)
                .web(WebApplicationType.SERVLET).profiles("postgres")
                .properties("server.port=0", "ZWFW_DB_URL=jdbc:postgresql://127.0.0.1:1/none", "ZWFW_DB_USER=x",
                        "ZWFW_DB_PASSWORD=x", "ZWFW_HASH_KEY=a-hash-key-for-this-test");
        assertThatThrownBy(app::run).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("No credentials are configured for profile(s) postgres")
                .hasMessageContaining("ZWFW_TOKENS");
    }
}
