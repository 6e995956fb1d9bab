package org.zwfw.supervision.facts;

import java.time.LocalDate;

/**
 * The verification duty of a 告知承诺 approval on a date (domain.md §3), as the supervision rules see it while no
 * verification is recorded by {@code asOf}: decided on {@code decidedOn}, to be verified by {@code dueDate} (null: the
 * list row states no limit), {@code daysLeft} to it in the days the row counts ({@code dayKind} CALENDAR or WORKING;
 * negative when past; counted by java.time or the working calendar, not by the rules).
 */
public record VerificationDuty(String matterCode, LocalDate decidedOn, LocalDate dueDate, String dayKind,
                               Integer daysLeft, LocalDate asOf) {

    /** Not verified by the end of the due date, on {@code asOf}. */
    public boolean isPassed() { return dueDate != null && asOf.isAfter(dueDate); }
}
