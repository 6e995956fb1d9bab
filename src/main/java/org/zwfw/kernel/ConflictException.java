package org.zwfw.kernel;

import java.time.LocalDate;

/**
 * The request is valid but the state of the resource does not allow it (409), e.g. a supplement after the deadline;
 * {@code field} names what the conflict is about (the event's date, the case).
 */
public class ConflictException extends FieldFault {
    private final LocalDate deadline;

    public ConflictException(String field, String message, LocalDate deadline) {
        super(field, message, message);
        this.deadline = deadline;
    }

    public LocalDate getDeadline() { return deadline; }
}
