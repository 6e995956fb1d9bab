package org.zwfw.catalog;

import java.time.LocalDate;

/**
 * A credit record of the applicant, as the rules see it (without the subject's identifier). severity: MINOR
 * (一般不良信用记录), SERIOUS (严重失信), FALSE_COMMITMENT (曾作出虚假承诺). It counts from its recorded date until its
 * repair date: from the repair day on it no longer does.
 */
public record CreditRecord(String record, String severity, LocalDate recordedOn, LocalDate repairedOn, String source) {
    public String getRecord() { return record; }
    public String getSeverity() { return severity; }
    public LocalDate getRecordedOn() { return recordedOn; }
    public LocalDate getRepairedOn() { return repairedOn; }
    public String getSource() { return source; }

    public boolean isInEffectOn(LocalDate date) {
        return !date.isBefore(recordedOn) && (repairedOn == null || date.isBefore(repairedOn));
    }
}
