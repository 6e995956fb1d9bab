package org.zwfw.supervision.facts;

import java.time.LocalDate;

/**
 * A change asked of a case's clock: EXTENSION (of {@code workingDays}, dated {@code date}, approved by
 * {@code approvedBy}: AGENCY_HEAD 本行政机关负责人, GOVERNMENT_HEAD 本级人民政府负责人 or OTHER, the reason told to the
 * applicant on {@code applicantToldOn}), PROCEDURE (a special procedure {@code procedure} from {@code date} to
 * {@code until}, lasting {@code workingDays}) or COMPLETION (the result issued on {@code date}).
 */
public record ClockMove(String kind, LocalDate date, int workingDays, String reason, String approvedBy,
                        LocalDate applicantToldOn, String procedure, LocalDate until) {

    public ClockMove(String kind, LocalDate date, int workingDays, String reason, String approvedBy,
                     LocalDate applicantToldOn) {
        this(kind, date, workingDays, reason, approvedBy, applicantToldOn, null, null);
    }

    /** A special procedure of kind {@code procedure} held from {@code from} to {@code until}: its working days. */
    public static ClockMove procedure(String procedure, LocalDate from, LocalDate until, int workingDays) {
        return new ClockMove("PROCEDURE", from, workingDays, null, null, null, procedure, until);
    }

    public String getProcedure() { return procedure; }
    public LocalDate getUntil() { return until; }
    public String getKind() { return kind; }
    public LocalDate getDate() { return date; }
    public int getWorkingDays() { return workingDays; }
    public String getReason() { return reason; }
    public String getApprovedBy() { return approvedBy; }
    public LocalDate getApplicantToldOn() { return applicantToldOn; }

    /** A reason is given and the applicant was told it (on a date). */
    public boolean isReasonTold() { return reason != null && !reason.isBlank() && applicantToldOn != null; }
}
