package org.zwfw.supervision.facts;

import java.time.LocalDate;

/**
 * One case's clock on a date, as the supervision rules see it (no personal identifiers): its two due dates as they
 * stand on {@code asOf} (the legal one moved by an extension granted by then), the working days left to each
 * (negative when past; counted by the working calendar, not by the rules) and whether it was extended or completed.
 */
public record Clock(String caseId, String jurisdiction, String matterCode, boolean licence, LocalDate openedOn,
                    LocalDate promisedDue, LocalDate legalDue, boolean extended, LocalDate completedOn,
                    LocalDate asOf, Integer promisedLeft, Integer legalLeft) {
    public String getCaseId() { return caseId; }
    public String getJurisdiction() { return jurisdiction; }
    public boolean isLicence() { return licence; }
    public LocalDate getOpenedOn() { return openedOn; }
    public LocalDate getPromisedDue() { return promisedDue; }
    public LocalDate getLegalDue() { return legalDue; }
    public boolean isExtended() { return extended; }
    public LocalDate getCompletedOn() { return completedOn; }
    public boolean isCompleted() { return completedOn != null; }
    public LocalDate getAsOf() { return asOf; }
    public Integer getPromisedLeft() { return promisedLeft; }
    public Integer getLegalLeft() { return legalLeft; }

    /** The promised date has passed on {@code asOf} (the limit ends with its last day). */
    public boolean isPromisePassed() { return promisedDue != null && asOf.isAfter(promisedDue); }

    /** The legal date has passed on {@code asOf}. */
    public boolean isLegalPassed() { return legalDue != null && asOf.isAfter(legalDue); }
}
