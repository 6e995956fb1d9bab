package org.zwfw.engine;

import java.time.LocalDate;

/**
 * Asked to decide for a jurisdiction on a date when no instrument of its chain is in force: no rule could decide,
 * and an answer without a rule is no answer. The request is well-formed but asks about a date the rules do not cover.
 */
public class NoLawInForce extends RuntimeException {
    private final String field;

    public NoLawInForce(String field, String jurisdiction, LocalDate date, LocalDate earliest) {
        super("no instrument of jurisdiction " + jurisdiction + " or above is in force on " + date
                + (earliest == null ? "" : "; the earliest applies from " + earliest));
        this.field = field;
    }

    /** The request field that named the date. */
    public String field() {
        return field;
    }
}
