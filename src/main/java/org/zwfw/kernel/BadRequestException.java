package org.zwfw.kernel;

import java.util.List;

/** A request that cannot be decided on as it stands, with every bad field named. */
public class BadRequestException extends RuntimeException {
    private final List<FieldProblem> errors;

    public BadRequestException(List<FieldProblem> errors) {
        super("invalid request: " + errors.size() + " field(s)");
        this.errors = List.copyOf(errors);
    }

    public List<FieldProblem> getErrors() { return errors; }

    /** A request without a body (or with {@code null} as its JSON) is a 400 naming the body. */
    public static <T> T requireBody(T body) {
        if (body == null) {
            throw new BadRequestException(List.of(new FieldProblem("body", "a JSON request body is required")));
        }
        return body;
    }
}
