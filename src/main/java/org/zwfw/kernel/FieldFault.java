package org.zwfw.kernel;

/**
 * A refusal about one named field of a request (the path parameter or body member it concerns): {@code problem} is
 * what is wrong with that field, said without its value (which may be an identifier); the message is the detail of
 * the answer.
 */
public abstract class FieldFault extends RuntimeException {
    private final String field;
    private final String problem;

    protected FieldFault(String field, String problem, String message) {
        super(message);
        this.field = field;
        this.problem = problem;
    }

    public String getField() { return field; }

    public String getProblem() { return problem; }
}
