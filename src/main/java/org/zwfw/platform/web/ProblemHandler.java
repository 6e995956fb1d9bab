package org.zwfw.platform.web;

import org.zwfw.kernel.BadRequestException;
import org.zwfw.kernel.BodyProblems;
import org.zwfw.kernel.BodyTooLargeException;
import org.zwfw.kernel.ConflictException;
import org.zwfw.kernel.FieldProblem;
import org.zwfw.kernel.NotFoundException;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.dao.DataAccessException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.zwfw.catalog.CalendarMissingException;
import org.zwfw.kernel.RuleSetException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error leaves as RFC 9457 {@code application/problem+json}; bad input names each bad field in
 * {@code errors}, and no stack trace or request value (which may be personal data) is ever echoed.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    static final String TYPE_BASE = "https://zwfw-rules.example/problems/";

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPE_BASE + type));
        p.setTitle(title);
        return p;
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ProblemDetail> badRequest(BadRequestException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "The request has " + e.getErrors().size() + " invalid field(s): "
                        + String.join(", ", e.getErrors().stream().map(FieldProblem::field).toList()));
        p.setProperty("errors", e.getErrors());
        return ResponseEntity.badRequest().body(p);
    }

    /** A date no law of the jurisdiction covers: a well-formed request the rules cannot decide, named by its field. */
    @ExceptionHandler(org.zwfw.engine.NoLawInForce.class)
    ResponseEntity<ProblemDetail> noLawInForce(org.zwfw.engine.NoLawInForce e) {
        return badRequest(new BadRequestException(List.of(new FieldProblem(e.field(), e.getMessage()))));
    }

    /**
     * A query string that is not valid percent-encoding (e.g. {@code %zz}, a lone {@code %}): Tomcat refuses to decode
     * it when a parameter is first read. The caller's input, named as the query; the value is not echoed.
     */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<ProblemDetail> badQuery(org.apache.tomcat.util.http.InvalidParameterException e) {
        return badRequest(new BadRequestException(List.of(new FieldProblem("query",
                "is not valid percent-encoding: write each byte outside [A-Za-z0-9-._~] as %XX of its UTF-8"))));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        ProblemDetail p = problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
        p.setProperty("errors", List.of(new FieldProblem(e.getField(), e.getProblem())));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(p);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "state-conflict", "Not allowed in this state", e.getMessage());
        if (e.getDeadline() != null) {
            p.setProperty("deadline", e.getDeadline().toString());
        }
        p.setProperty("errors", List.of(new FieldProblem(e.getField(), e.getProblem())));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(p);
    }

    @ExceptionHandler(CalendarMissingException.class)
    ResponseEntity<ProblemDetail> calendarMissing(CalendarMissingException e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "calendar-missing", "Holiday calendar missing",
                e.getMessage());
        p.setProperty("missingYear", e.getYear());
        p.setProperty("errors", List.of(new FieldProblem("asOf",
                "a time limit from this date runs into " + e.getYear() + ", which the holiday calendar does not cover")));
        return ResponseEntity.unprocessableContent().body(p);
    }

    @ExceptionHandler(RuleSetException.class)
    ResponseEntity<ProblemDetail> ruleSetRejected(RuleSetException e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "ruleset-rejected", "Rule set rejected",
                "The rule set has " + e.getProblems().size() + " problem(s); the last good rule set keeps serving");
        p.setProperty("problems", e.getProblems().stream().map(Object::toString).toList());
        // The bad "fields" of a rule set are its files (with the line, where there is one).
        p.setProperty("errors", e.getProblems().stream().map(x -> new FieldProblem(
                x.line() > 0 ? x.file() + ":" + x.line() : x.file(), x.message())).toList());
        return ResponseEntity.unprocessableContent().body(p);
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<ProblemDetail> bodyTooLarge(BodyTooLargeException e) {
        ProblemDetail p = problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Request body too large",
                "The request body is larger than the " + e.getLimit() + " bytes allowed for it");
        p.setProperty("maxBytes", e.getLimit());
        p.setProperty("errors", List.of(new FieldProblem("body", "is larger than " + e.getLimit() + " bytes")));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    /** A value that cannot be converted (a path or query parameter) is named, never echoed: it may be an identifier. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "The request has 1 invalid field(s): " + field);
        p.setProperty("errors", List.of(new FieldProblem(field, "has the wrong type"
                + (ex.getRequiredType() == null ? "" : " (" + ex.getRequiredType().getSimpleName() + " expected)"))));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        BodyTooLargeException tooLarge = BodyTooLargeException.in(ex);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(bodyTooLarge(tooLarge).getBody());
        }
        List<FieldProblem> errors = new ArrayList<>();
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof StreamReadException sre) {
            errors.add(new FieldProblem(BodyProblems.pathOf(sre).isEmpty() ? "body" : BodyProblems.pathOf(sre),
                    "malformed JSON at line " + lineOf(sre)));
        } else if (cause instanceof JacksonException je) {
            errors.add(BodyProblems.bodyProblem(je, ""));
        } else {
            errors.add(new FieldProblem("body", "a JSON request body is required"));
        }
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "The request body cannot be read: " + errors.get(0).field());
        p.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    /**
     * Spring's own 4xx answers (a missing or mistyped parameter, a wrong Content-Type, an unknown path, a method the
     * path does not take…) name their field too, as every 4xx here does; nothing of the rejected value is echoed.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail p && statusCode.is4xxClientError()
                && (p.getProperties() == null || !p.getProperties().containsKey("errors"))) {
            HttpStatus known = HttpStatus.resolve(statusCode.value());
            FieldProblem named = new FieldProblem("request", statusCode.value() == 400 ? "cannot be read"
                    : "is refused: " + (known == null ? statusCode.value() : known.getReasonPhrase()));
            if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
                // The path itself is not echoed: it may carry an identifier.
                named = new FieldProblem("path", "names no resource of this API");
            } else if (ex instanceof HttpRequestMethodNotSupportedException m) {
                named = new FieldProblem("method", m.getSupportedHttpMethods() == null ? "is not supported on this path"
                        : "must be one of " + String.join(", ",
                                m.getSupportedHttpMethods().stream().map(HttpMethod::name).sorted().toList()));
            } else if (ex instanceof MaxUploadSizeExceededException) {
                named = new FieldProblem("body", "is larger than allowed");
            } else if (ex instanceof MissingServletRequestParameterException m) {
                named = new FieldProblem(m.getParameterName(), "is required");
            } else if (ex instanceof MethodArgumentTypeMismatchException m) {
                named = new FieldProblem(m.getName(), m.getRequiredType() == null ? "has the wrong type"
                        : "must be a valid " + m.getRequiredType().getSimpleName());
            } else if (ex instanceof TypeMismatchException m) {
                named = new FieldProblem(String.valueOf(m.getPropertyName()), "has the wrong type");
            } else if (ex instanceof HttpMediaTypeNotSupportedException m) {
                named = new FieldProblem("Content-Type", "must be one of " + m.getSupportedMediaTypes());
            } else if (ex instanceof HttpMediaTypeNotAcceptableException m) {
                named = new FieldProblem("Accept", "must accept one of " + m.getSupportedMediaTypes());
            } else if (ex instanceof MissingPathVariableException m) {
                named = new FieldProblem(m.getVariableName(), "is required");
            }
            p.setProperty("errors", List.of(named));
        }
        if (answer != null && answer.getBody() instanceof ProblemDetail p
                && (p.getType() == null || "about:blank".equals(p.getType().toString()))) {
            // Every error answer names its kind (RFC 9457 type), the framework's own ones too (405, 406, 415 …).
            HttpStatus known = HttpStatus.resolve(statusCode.value());
            p.setType(URI.create(TYPE_BASE + (known == null ? "http-" + statusCode.value()
                    : known.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))));
        }
        return answer;
    }

    private static int lineOf(JacksonException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }


    /**
     * The store cannot be reached (down, restarting, network, pool exhausted): 503 with Retry-After, not a 500 — the
     * request was fine and may be sent again; nothing of it was kept (its transaction never committed). The
     * connection pool reconnects by itself once the database is back.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> storeFailure(RuntimeException e) {
        if (!storeUnavailable(e)) {
            return unexpected(e);
        }
        log.warn("store unavailable: {}", e.getClass().getName());
        ProblemDetail p = problem(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "Store unavailable",
                "The database cannot be reached; nothing was recorded. Try again shortly");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    /**
     * A failure to reach the database, as Spring, the pool or the driver report it: SQLState class 08 (connection) or
     * 57P (the server shutting down or starting). A rollback that failed hides the first error in its
     * application exception, which is looked at too.
     */
    static boolean storeUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLException sql && sql.getSQLState() != null
                            && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (t instanceof TransactionSystemException tse && tse.getApplicationException() != null
                    && storeUnavailable(tse.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (storeUnavailable(e)) {
            return storeFailure(new DataAccessResourceFailureException("store unavailable", e));
        }
        if (BodyProblems.csvCause(e) != null) {
            // An uploaded CSV that cannot be read on, found while streaming its answer: the caller's input, not a 500.
            return badRequest(new BadRequestException(List.of(BodyProblems.unreadableCsv(e))));
        }
        log.error("unexpected error: {}", e.getClass().getName(), e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "internal", "Internal error", "The service could not answer; the error has been logged"));
    }
}
