package org.zwfw.kernel;

/** A refusal about one named field of a request (the path parameter or body member it concerns). */
public abstract class FieldFault extends RuntimeException {
    private final String field;

    protected FieldFault(String field, String message) {
        super(message);
        this.field = field;
    }

    public String getField() { return field; }
}
