package org.zwfw.platform.web;

import java.net.URI;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.zwfw.identity.PersonalData;

/**
 * The last check on every problem answer: an identifier in its detail or instance (a case id, a path a caller got
 * wrong, a framework message quoting a value) goes out masked.
 */
@RestControllerAdvice
public class ProblemMasking implements ResponseBodyAdvice<Object> {
    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof ProblemDetail p) {
            p.setDetail(PersonalData.mask(p.getDetail()));
            if (p.getInstance() != null) {
                p.setInstance(URI.create(PersonalData.mask(p.getInstance().toString())));
            }
        }
        return body;
    }
}
