package org.zwfw.engine;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Reused sessions of one rule set's KieBase: Drools' own {@link KieSessionsPool}. {@link #take()} gives a session to
 * one thread; its {@code dispose()} resets it — facts, agenda, globals and listeners cleared,
 * node memories reset in place — and returns it to the pool. A new session per decision spent most of its time
 * creating the node and segment memories Drools builds lazily: reuse cut the in-process acceptance decision from ~175
 * to ~120 µs of CPU (docs/performance.md). Tried and dropped: keeping sessions and only deleting their facts (same
 * speed, but a fee rule with {@code exists} and {@code from collect} then failed to fire on a reused session —
 * FeeRulesTest caught it; clearing the agenda as well made acceptance decisions see earlier decisions' facts —
 * SessionReuseTest caught that). The pool holds at most as many sessions as threads ever decided at once; a reload
 * builds a new rule set with a new pool, and the old one goes with the old rule set.
 */
public final class SessionPool {
    private final KieBase kieBase;
    private final KieSessionsPool pool;

    /** @param reuse false: every decision gets a new session and disposes it (what the engines did before) */
    SessionPool(KieBase kieBase, boolean reuse) {
        this.kieBase = kieBase;
        this.pool = kieBase != null && reuse ? kieBase.newKieSessionsPool(0) : null;
    }

    /**
     * A clean session for one decision; {@code dispose()} it in a finally block. A pooled session's {@code dispose()}
     * resets it and returns it to the pool, whether its decision finished or threw (the reset clears everything).
     */
    public KieSession take() {
        if (kieBase == null) {
            throw new IllegalStateException("this rule set has no compiled rules");
        }
        return pool != null ? pool.newKieSession() : kieBase.newKieSession();
    }
}
