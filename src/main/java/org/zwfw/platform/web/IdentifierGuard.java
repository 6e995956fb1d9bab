package org.zwfw.platform.web;

import org.zwfw.kernel.BadRequestException;
import org.zwfw.kernel.FieldProblem;

import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.AbstractJacksonHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import org.zwfw.identity.PersonalData;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * No identifier in clear anywhere it lands (README "Personal data"): every value of every request — each string of a
 * JSON body, nested or in an array, each object key, each path and query parameter — is checked for an
 * identifier-shaped value ({@link PersonalData}: 身份证号 18/15 digits, 统一社会信用代码) before any validator, service,
 * log line, audit entry or case sees it. Only the designated identifier fields may carry one: {@code applicant.id},
 * {@code subject.id} (also inside a what-if case), a credit record's {@code subjectId}, and the {@code applicantId} /
 * {@code subjectId} query parameters an auditor reads by. Anywhere else it is a 400 naming the field, the value masked.
 */
@RestControllerAdvice
public class IdentifierGuard extends RequestBodyAdviceAdapter {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** JSON paths (relative to a body, or to a what-if case inside one) that are meant to carry an identifier. */
    private static final Pattern DESIGNATED = Pattern.compile("(^|.*\\.)(applicant|subject)\\.id|subjectId");
    /** Query parameters that are meant to carry one (the auditor's reads). */
    static final Set<String> DESIGNATED_PARAMETERS = Set.of("applicantId", "subjectId");

    @Override
    public boolean supports(MethodParameter methodParameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return AbstractJacksonHttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        List<FieldProblem> errors = new ArrayList<>();
        check(JSON.valueToTree(body), "", errors);
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return body;
    }

    /** Adds a problem for each identifier-shaped value or key under {@code node} outside the designated fields. */
    public static void check(JsonNode node, String path, List<FieldProblem> errors) {
        if (node == null) {
            return;
        }
        if (node.isString()) {
            String value = node.asString();
            if (!DESIGNATED.matcher(path).matches() && PersonalData.contains(value)) {
                errors.add(problem(path.isEmpty() ? "body" : path, value));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]", errors);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String name = e.getKey();
                String at = path.isEmpty() ? name : path + "." + name;
                if (PersonalData.contains(name)) {
                    errors.add(problem(PersonalData.mask(at), name));
                } else {
                    check(e.getValue(), at, errors);
                }
            }
        }
    }

    static FieldProblem problem(String field, String value) {
        return new FieldProblem(field, "holds what looks like a personal identifier (" + String.join(", ",
                PersonalData.masked(value)) + "), which is not a valid value here: only applicant.id, subject.id and "
                + "a credit record's subjectId may carry a 身份证号 or 统一社会信用代码; nothing of it was kept");
    }

    /** Path and query parameters, checked before the handler runs (and before anything is logged or stored). */
    static final class Parameters implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws IOException {
            List<FieldProblem> errors = new ArrayList<>();
            if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> vars) {
                vars.forEach((k, v) -> {
                    if (v instanceof String s && PersonalData.contains(s)) {
                        errors.add(problem(String.valueOf(k), s));
                    }
                });
            }
            String query = request.getQueryString();
            if (query != null) {
                for (String pair : query.split("&")) {
                    int eq = pair.indexOf('=');
                    String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                    String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                    if (PersonalData.contains(name)) {
                        errors.add(problem(PersonalData.mask(name), name));
                    } else if (!DESIGNATED_PARAMETERS.contains(name) && PersonalData.contains(value)) {
                        errors.add(problem(name, value));
                    }
                }
            }
            if (!errors.isEmpty()) {
                throw new BadRequestException(errors);
            }
            return true;
        }

        private static String decode(String s) {
            try {
                return URLDecoder.decode(s, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return s;
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration implements WebMvcConfigurer {
        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(new Parameters()).addPathPatterns("/api/**");
        }
    }
}
