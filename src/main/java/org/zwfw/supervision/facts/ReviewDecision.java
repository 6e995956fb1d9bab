package org.zwfw.supervision.facts;

import java.time.LocalDate;

import org.kie.api.runtime.rule.RuleContext;

/**
 * The 好差评 rules' answer (a global of the session): for a new review its callback due date, if the law in force sets
 * one; for a review on a date, what is late (a missed callback, a missed set rectification date — nothing else).
 */
public class ReviewDecision extends Reasoned {
    private LocalDate callbackDue;
    private boolean callbackLate;
    private boolean rectificationLate;

    public void callbackDue(RuleContext ctx, LocalDate due, String text) {
        callbackDue = due;
        reason(ctx, text);
    }

    public void callbackLate(RuleContext ctx, String text) {
        callbackLate = true;
        reason(ctx, text);
    }

    public void rectificationLate(RuleContext ctx, String text) {
        rectificationLate = true;
        reason(ctx, text);
    }

    public LocalDate getCallbackDue() { return callbackDue; }
    public boolean isCallbackLate() { return callbackLate; }
    public boolean isRectificationLate() { return rectificationLate; }
    public boolean isLate() { return callbackLate || rectificationLate; }
}
