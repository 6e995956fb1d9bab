package org.zwfw.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own error page, written as problem+json instead of HTML. Tomcat answers by itself, before the application
 * sees the request, when the request line cannot be parsed — a character RFC 3986 does not allow unencoded in the
 * path or query ({@code |}, {@code {}}, {@code "}, raw non-ASCII …). Those answers are the caller's input errors
 * too, and intake systems read problem+json, not an HTML page; the request target is not echoed (it may carry an
 * identifier). Answers the application wrote itself are left as they are.
 */
public class ProblemReportValve extends ErrorReportValve {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemHandler.TYPE_BASE + (status == 400 ? "invalid-request" : "http-" + status));
        problem.put("title", status == 400 ? "Invalid request" : title);
        problem.put("status", status);
        if (status == 400) {
            problem.put("detail", "The request line could not be read: the path or query has a character that must "
                    + "be percent-encoded (RFC 3986)");
            problem.put("errors", List.of(Map.of("field", "url", "message",
                    "has a character not allowed unencoded in a URL: percent-encode each byte outside "
                            + "[A-Za-z0-9-._~:/?#@!$&'()*+,;=] as %XX of its UTF-8")));
        } else {
            problem.put("detail", "The server could not read the request (" + title + ")");
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer w = response.getReporter();
            if (w != null) {
                w.write(JSON.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the answer already started: nothing more can be said to the caller.
        }
    }
}
