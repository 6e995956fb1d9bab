package org.zwfw.bundles.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the acceptance rules decided for one matter of the bundle, under its own law: the outcome, its due date, the
 * deadline of its supplement notice and the codes of its materials to supplement.
 */
public class MatterOutcome {
    private final String matterCode;
    private final String outcome;
    private final LocalDate dueDate;
    private final LocalDate legalDueDate;
    private final LocalDate supplementDeadline;
    private final Set<String> missing;
    private final boolean provisional;

    public MatterOutcome(String matterCode, String outcome, LocalDate dueDate, LocalDate supplementDeadline,
                         Set<String> missing) {
        this(matterCode, outcome, dueDate, supplementDeadline, missing, false);
    }

    /**
     * {@code provisional}: the matter's answer counted a date past the last year of the holiday calendar on file (its
     * answer says so and names the year).
     */
    public MatterOutcome(String matterCode, String outcome, LocalDate dueDate, LocalDate supplementDeadline,
                         Set<String> missing, boolean provisional) {
        this(matterCode, outcome, dueDate, null, supplementDeadline, missing, provisional);
    }

    /** {@code legalDueDate}: the matter's 法定办结 date under its own law (null where none was fixed). */
    public MatterOutcome(String matterCode, String outcome, LocalDate dueDate, LocalDate legalDueDate,
                         LocalDate supplementDeadline, Set<String> missing, boolean provisional) {
        this.provisional = provisional;
        this.legalDueDate = legalDueDate;
        this.matterCode = matterCode;
        this.outcome = outcome;
        this.dueDate = dueDate;
        this.supplementDeadline = supplementDeadline;
        this.missing = Set.copyOf(missing);
    }

    public String getMatterCode() { return matterCode; }
    public String getOutcome() { return outcome; }
    public LocalDate getDueDate() { return dueDate; }
    public boolean hasDueDate() { return dueDate != null; }
    public LocalDate getLegalDueDate() { return legalDueDate; }
    public LocalDate getSupplementDeadline() { return supplementDeadline; }
    public Set<String> getMissing() { return missing; }
    public boolean isProvisional() { return provisional; }

    /** Whether this matter is to supplement one of {@code codes} (materials of this matter). */
    public boolean missesAnyOf(List<String> codes) {
        return codes.stream().anyMatch(missing::contains);
    }
}
