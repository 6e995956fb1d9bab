package org.zwfw.engine;

import java.time.LocalDate;

/**
 * The append-only log every decision family writes its decisions to (the platform keeps it; families see only this).
 * The request is logged with the applicant's identifier already replaced by its hash.
 */
public interface DecisionLog {

    /** One decision as it is logged; {@code kind} is the family's name for the question it answers. */
    record Logged(String kind, String caller, String jurisdiction, String matterCode, LocalDate asOf, String route,
                  String outcome, String applicantHash, String rulesetVersion, Object reasons, Object hashedRequest,
                  String caseId) {}

    /** Appends the decision within the caller's transaction (a case and its decision are kept together). */
    long append(Logged decision);

    /**
     * Appends the decision in a transaction of the log's own and returns only once that transaction is committed: a
     * caller answers its client after this, so no answered decision is missing from the log if the process dies. The
     * platform's log commits the decisions that arrive together in one transaction (group commit).
     */
    void appendCommitted(Logged decision);
}
