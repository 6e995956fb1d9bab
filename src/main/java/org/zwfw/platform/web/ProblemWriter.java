package org.zwfw.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.zwfw.identity.PersonalData;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem from a servlet filter (security, body limits), where Spring MVC's exception handlers do
 * not reach: the same shape as {@link ProblemHandler}'s answers.
 */
public final class ProblemWriter {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemWriter() {}

    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
                             String title, String detail, Map<String, ?> properties) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ProblemHandler.TYPE_BASE + type);
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", PersonalData.mask(detail));
        body.put("instance", PersonalData.mask(request.getRequestURI()));
        body.putAll(properties);
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
        response.flushBuffer();
    }
}
