package org.zwfw.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.zwfw.kernel.FieldProblem;
import org.zwfw.platform.web.ProblemWriter;

/**
 * Every {@code /api/v1} call needs {@code Authorization: Bearer <token>} of a role {@link AccessRules} allows;
 * health and the OpenAPI description are open. Stateless: no session, no cookie, so no CSRF to guard against.
 */
@Configuration
public class SecurityConfig {
    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    @Bean
    Credentials credentials(Environment env) {
        Credentials c = Credentials.from(env);
        if (c.development()) {
            log.warn("Accepting the development tokens ({}): default profile only, never in production",
                    String.join(", ", Credentials.DEV_TOKENS.keySet()));
        } else {
            log.info("Accepting {} configured token(s){}", c.tokenCount(),
                    c.jwt() ? " and JWTs (roles from the '" + c.rolesClaim() + "' claim)" : "");
        }
        return c;
    }

    /**
     * A URL Spring Security's firewall refuses (an encoded slash or percent, a semicolon, a control character …) is a
     * 400 problem naming the path, as every 4xx here is, not an empty 400.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, e) -> ProblemWriter.write(request, response, HttpStatus.BAD_REQUEST,
                "invalid-request", "Invalid request", "The request has 1 invalid field(s): path",
                Map.of("errors", List.of(new FieldProblem("path", "contains a character or sequence that is not "
                        + "accepted (an encoded slash or percent, a semicolon, a control character …)"))));
    }

    /**
     * Spring Security observes nothing: by default, with an observation registry present (Actuator), it wraps each of
     * its filters, the chain and every authorization check in an observation of its own — about 15 timers started and
     * stopped per request, a sixth of the liveness probe's CPU (docs/performance.md, 2026-12-06). Requests stay
     * counted and timed once each by Spring MVC ({@code http.server.requests}, by status) and decisions by
     * {@code zwfw.decisions}.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, Credentials credentials, ObjectProvider<JwtDecoder> jwtDecoder)
            throws Exception {
        List<AuthenticationProvider> providers = new ArrayList<>();
        providers.add(new TokenAuthenticationProvider(credentials));
        JwtDecoder decoder = credentials.jwt() ? jwtDecoder.getIfAvailable() : null;
        if (decoder != null) {
            JwtAuthenticationProvider jwt = new JwtAuthenticationProvider(decoder);
            jwt.setJwtAuthenticationConverter(new JwtRoles(credentials.rolesClaim(), credentials.principalClaim()));
            providers.add(jwt);
        }
        AuthenticationManager manager = new ProviderManager(providers);
        ProblemResponses problems = new ProblemResponses();
        http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(AccessRules::apply)
                .oauth2ResourceServer(o -> o.authenticationManagerResolver(request -> manager)
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }
}
