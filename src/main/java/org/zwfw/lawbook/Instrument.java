package org.zwfw.lawbook;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One legal instrument as its manifest describes it. Which instruments apply to a decision is read from these
 * dates and statuses, never from the wall clock. {@code citedWhole}: cited by its title alone (no articles).
 */
public record Instrument(String id, String title, String documentNumber, String jurisdiction,
                         LocalDate inForceFrom, LocalDate inForceTo, Status status, String folder,
                         Set<String> articles, boolean citedWhole, List<String> notes) {

    public enum Status { IN_FORCE, TRIAL, DRAFT }

    /** In force on the date, and law (a draft never is). */
    public boolean appliesOn(LocalDate date) {
        return status != Status.DRAFT && inForceOn(date);
    }

    /** Within its dates, whatever its status (a draft has no commencement and so is never within them). */
    public boolean inForceOn(LocalDate date) {
        return inForceFrom != null && !date.isBefore(inForceFrom) && (inForceTo == null || !date.isAfter(inForceTo));
    }
}
