package org.zwfw.acceptance.facts;

import java.time.LocalDate;

/** 容缺受理 applies: accepted first, supplements due by the deadline, with what lateness means. */
public record ToleranceGranted(LocalDate deadline, String lateConsequence) {
    public LocalDate getDeadline() { return deadline; }
    public String getLateConsequence() { return lateConsequence; }
}
