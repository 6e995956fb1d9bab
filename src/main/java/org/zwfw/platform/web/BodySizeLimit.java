package org.zwfw.platform.web;

import org.zwfw.kernel.BodyTooLargeException;
import org.zwfw.kernel.FieldProblem;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps request bodies: JSON at {@code zwfw.limits.json-body} (what-if batches at {@code zwfw.limits.what-if-body}),
 * CSV (credit imports, population batches) at {@code zwfw.limits.csv-body}. A declared Content-Length over the cap is
 * answered 413 problem+json before a byte is read; a body without one is counted as it is read and fails with
 * {@link BodyTooLargeException}, answered 413 too (a population batch already streaming its answer is cut off
 * instead). Other bodies (multipart, zip uploads) have limits of their own. Runs after authentication, so an
 * anonymous caller learns nothing but 401.
 */
@Component
public class BodySizeLimit extends OncePerRequestFilter {
    private final long json;
    private final long whatIf;
    private final long csv;

    public BodySizeLimit(@Value("${zwfw.limits.json-body:1MB}") DataSize json,
                         @Value("${zwfw.limits.what-if-body:16MB}") DataSize whatIf,
                         @Value("${zwfw.limits.csv-body:64MB}") DataSize csv) {
        this.json = json.toBytes();
        this.whatIf = whatIf.toBytes();
        this.csv = csv.toBytes();
    }

    /** The cap for this request's body, or -1 when this filter does not cap it. */
    long limitOf(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return -1;
        }
        MediaType media;
        try {
            media = MediaType.parseMediaType(type);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        if (media.isCompatibleWith(MediaType.APPLICATION_JSON) || media.getSubtype().endsWith("+json")) {
            return request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/ruleset/what-if") ? whatIf : json;
        }
        if (media.isCompatibleWith(MediaType.parseMediaType("text/csv"))) {
            return csv;
        }
        return -1;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitOf(request);
        if (limit < 0) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > limit) {
            tooLarge(request, response, limit);
            return;
        }
        chain.doFilter(new Capped(request, limit), response);
    }

    public static void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        ProblemWriter.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Request body too large",
                "The request body is larger than the " + limit + " bytes allowed for it",
                Map.of("maxBytes", limit, "errors", List.of(new FieldProblem("body", "is larger than " + limit + " bytes"))));
    }

    private static final class Capped extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Capped(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String enc = getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    enc == null ? java.nio.charset.StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(enc)));
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        private int count(int n) throws BodyTooLargeException {
            if (n > 0) {
                read += n;
                if (read > limit) {
                    throw new BodyTooLargeException(limit);
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return count(in.read(b, off, len));
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
