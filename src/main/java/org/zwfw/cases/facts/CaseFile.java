package org.zwfw.cases.facts;

import java.time.LocalDate;
import java.util.Set;

/** A case as the transition rules see it (no personal identifiers). */
public record CaseFile(String caseId, String jurisdiction, LocalDate openedOn, String outcome, String state,
                       LocalDate deadline, String lateConsequence, Set<String> missing, LocalDate rectifyBy,
                       LocalDate verificationDue, LocalDate verifiedOn) {
    /** A case without a verification duty on file (or before one is read). */
    public CaseFile(String caseId, String jurisdiction, LocalDate openedOn, String outcome, String state,
                    LocalDate deadline, String lateConsequence, Set<String> missing, LocalDate rectifyBy) {
        this(caseId, jurisdiction, openedOn, outcome, state, deadline, lateConsequence, missing, rectifyBy, null, null);
    }

    /** The date the 告知承诺事项清单 row's days give for verifying the commitment (null: none on file). */
    public LocalDate getVerificationDue() { return verificationDue; }
    /** The first verification recorded (null: none yet). */
    public LocalDate getVerifiedOn() { return verifiedOn; }

    public String getState() { return state; }
    public String getOutcome() { return outcome; }
    public LocalDate getDeadline() { return deadline; }
    public String getLateConsequence() { return lateConsequence; }
    public Set<String> getMissing() { return missing; }
    public LocalDate getRectifyBy() { return rectifyBy; }
    public LocalDate getOpenedOn() { return openedOn; }
}
