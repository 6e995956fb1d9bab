package org.zwfw.web;

import java.time.LocalDate;

/** The request is valid but the state of the resource does not allow it (409), e.g. a supplement after the deadline. */
public class ConflictException extends RuntimeException {
    private final LocalDate deadline;

    public ConflictException(String message, LocalDate deadline) {
        super(message);
        this.deadline = deadline;
    }

    public LocalDate getDeadline() { return deadline; }
}
