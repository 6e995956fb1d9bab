package org.zwfw.acceptance.facts;

import java.time.LocalDate;

/**
 * Derived once per decision (rule national.facts.supplement-window) where only tolerable materials are missing and
 * the applicant signed the 容缺 commitment: the date the applicant committed to ({@code committed}, null when none
 * was given), the last day of the matter's 承诺办结时限 counted in working days from acceptance ({@code limit}, the
 * calendar on file), and whether the committed date is within it. The date arithmetic is done once, by the deriving
 * rule; clause rules compare, they never count.
 */
public record SupplementWindow(LocalDate committed, int promisedDays, LocalDate limit) {
    public LocalDate getCommitted() { return committed; }
    public int getPromisedDays() { return promisedDays; }
    public LocalDate getLimit() { return limit; }

    /** No date committed, or one not after the limit. */
    public boolean isWithinLimit() { return committed == null || !committed.isAfter(limit); }
}
