package org.zwfw.cases.facts;

import java.time.LocalDate;
import java.util.Set;

/** A case as the transition rules see it (no personal identifiers). */
public record CaseFile(String caseId, String jurisdiction, LocalDate openedOn, String outcome, String state,
                       LocalDate deadline, String lateConsequence, Set<String> missing, LocalDate rectifyBy) {
    public String getState() { return state; }
    public String getOutcome() { return outcome; }
    public LocalDate getDeadline() { return deadline; }
    public String getLateConsequence() { return lateConsequence; }
    public Set<String> getMissing() { return missing; }
    public LocalDate getRectifyBy() { return rectifyBy; }
    public LocalDate getOpenedOn() { return openedOn; }
}
