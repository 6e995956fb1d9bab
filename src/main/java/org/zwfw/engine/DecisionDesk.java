package org.zwfw.engine;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.zwfw.identity.IdentifierHasher;

/**
 * What a decision family's service needs around its engine: the rule set in service, today's date in Asia/Shanghai
 * (a request's default {@code asOf}), the keyed hash that replaces an applicant's identifier before anything is
 * kept, and the audit log, appended once the decision is made (the rules read no store) and committed before the answer.
 */
@Component
public class DecisionDesk {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final RuleSetHolder rules;
    private final DecisionLog audit;
    private final IdentifierHasher hasher;
    private final TransactionOperations tx;
    private final Clock clock;

    @Autowired
    public DecisionDesk(RuleSetHolder rules, DecisionLog audit, IdentifierHasher hasher,
                        PlatformTransactionManager transactions) {
        this(rules, audit, hasher, new TransactionTemplate(transactions), Clock.system(SHANGHAI));
    }

    public DecisionDesk(RuleSetHolder rules, DecisionLog audit, IdentifierHasher hasher, TransactionOperations tx,
                        Clock clock) {
        this.rules = rules;
        this.audit = audit;
        this.hasher = hasher;
        this.tx = tx;
        this.clock = clock;
    }

    /** The rule set in service: a decision takes it once and is made, logged and answered on that version. */
    public RuleSet rules() {
        return rules.current();
    }

    /** Today in Asia/Shanghai. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(SHANGHAI));
    }

    /** The keyed hash kept in place of an identifier (the empty identifier for a question asked without one). */
    public String hash(String identifier) {
        return hasher.hash(identifier == null ? "" : identifier);
    }

    /**
     * Appends a decision to the audit log in a transaction of its own, returning once it is committed (possibly
     * together with other callers' decisions: {@link DecisionLog#appendCommitted}).
     */
    public void log(DecisionLog.Logged decision) {
        audit.appendCommitted(decision);
    }

    /** Appends a decision to the audit log within the transaction the caller is in ({@link #inTransaction}). */
    public void append(DecisionLog.Logged decision) {
        audit.append(decision);
    }

    /** Runs {@code work} in one transaction: what it writes (cases, audit rows) is kept together or not at all. */
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        return tx.execute(status -> work.get());
    }

    /**
     * A desk without a store (benchmarks, what-if): decisions are evaluated and hashed, never logged — {@link #log}
     * and {@link #append} must not be called.
     */
    public static DecisionDesk withoutStore(RuleSetHolder rules, IdentifierHasher hasher) {
        return new DecisionDesk(rules, null, hasher, TransactionOperations.withoutTransaction(), Clock.system(SHANGHAI));
    }
}
