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
}
