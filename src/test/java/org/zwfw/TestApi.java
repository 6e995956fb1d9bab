package org.zwfw;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.zwfw.platform.security.AccessMatrix;
import org.zwfw.platform.security.Credentials;
import org.zwfw.platform.security.Role;

/**
 * The one place tests choose a credential. {@link #send} signs a request with the development token of the least
 * privileged role the access matrix ({@link AccessMatrix}) lets call it — acceptance as intake, the audit log as
 * auditor, credit writes as admin — so a test says what it does, not who it must pretend to be. {@link #sendAs} and
 * {@link #sendAnonymously} are for tests of access itself; {@link #CONFIGURED_TOKENS} for a profile that refuses the
 * development tokens.
 */
public final class TestApi {
    public static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The documented development tokens of the default profile. */
    public static final Map<Role, String> DEV_TOKENS = tokens("%s-dev-token");

    /**
     * Tokens for a non-default profile: configure them with {@link #configuredTokensProperty()}; their callers are
     * named {@code intake-ci}, {@code analyst-ci} …
     */
    public static final Map<Role, String> CONFIGURED_TOKENS = tokens("%s-ci-token-4b1f0c27e9d3a8");

    private TestApi() {}

    /** The value of {@code zwfw.security.tokens} that makes {@link #CONFIGURED_TOKENS} valid. */
    public static String configuredTokensProperty() {
        return CONFIGURED_TOKENS.entrySet().stream()
                .map(e -> e.getKey().label() + "-ci:" + e.getKey().name() + ":" + Credentials.sha256(e.getValue()))
                .collect(Collectors.joining(","));
    }

    /** The least privileged role that may send this request. */
    public static Role roleFor(HttpRequest r) {
        return AccessMatrix.leastRoleFor(r.method(), r.uri().getPath());
    }

    /** The request with the bearer token of {@code role} from {@code tokens}. */
    public static HttpRequest as(Role role, HttpRequest r, Map<Role, String> tokens) {
        return HttpRequest.newBuilder(r, (name, value) -> !name.equalsIgnoreCase("Authorization"))
                .header("Authorization", "Bearer " + tokens.get(role)).build();
    }

    /**
     * The {@code Authorization} header value for a client other than {@link #HTTP} (a multipart upload through
     * RestClient): the development token of the least privileged role that may send {@code method path}.
     */
    public static String bearerFor(String method, String path) {
        return "Bearer " + DEV_TOKENS.get(AccessMatrix.leastRoleFor(method, path));
    }

    /** The {@code Authorization} header value of {@code role}'s development token. */
    public static String bearer(Role role) {
        return "Bearer " + DEV_TOKENS.get(role);
    }

    /** The request with the development token of the least privileged role that may send it. */
    public static HttpRequest authorized(HttpRequest r) {
        return authorized(r, DEV_TOKENS);
    }

    /** The request with the token, from {@code tokens}, of the least privileged role that may send it. */
    public static HttpRequest authorized(HttpRequest r, Map<Role, String> tokens) {
        return as(roleFor(r), r, tokens);
    }

    public static HttpResponse<String> send(HttpRequest r) throws IOException, InterruptedException {
        return send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public static <T> HttpResponse<T> send(HttpRequest r, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        return HTTP.send(authorized(r), body);
    }

    public static HttpResponse<String> sendAs(Role role, HttpRequest r) throws IOException, InterruptedException {
        return HTTP.send(as(role, r, DEV_TOKENS), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public static HttpResponse<String> sendAnonymously(HttpRequest r) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(r, (name, value) -> !name.equalsIgnoreCase("Authorization")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Map<Role, String> tokens(String format) {
        Map<Role, String> m = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            m.put(r, format.formatted(r.label()));
        }
        return Map.copyOf(m);
    }
}
