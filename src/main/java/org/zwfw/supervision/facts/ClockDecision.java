package org.zwfw.supervision.facts;

import java.time.LocalDate;

import org.kie.api.runtime.rule.RuleContext;
import org.zwfw.lawbook.ListRef;

/**
 * The supervision rules' answer for one case's clock (a global of the session): the clause of each limit, whether
 * and since when it is overdue (LEGAL outranks PROMISED: both are unlawful, 新乡 第三十六条（二）), whether it is due
 * soon, and for a move the new legal date or the completion date.
 */
public class ClockDecision extends Reasoned {
    private String promisedClause;
    private String legalClause;
    private String overdue = "NONE";
    private LocalDate overdueSince;
    private boolean dueSoon;
    private LocalDate newLegalDue;
    private LocalDate completedOn;
    private Integer excludedDays;
    private String verificationClause;
    private LocalDate verificationOverdueSince;

    public void promisedLimit(RuleContext ctx, String text, ListRef list) {
        promisedClause = clause(ctx);
        reason(ctx, text, list);
    }

    public void legalLimit(RuleContext ctx, String text) {
        legalLimit(ctx, text, null);
    }

    /** The legal limit, resting on a published list's row (e.g. a matter handled jointly). */
    public void legalLimit(RuleContext ctx, String text, ListRef list) {
        legalClause = clause(ctx);
        reason(ctx, text, list);
    }

    /** The commitment's verification duty: its clause (the list row's requiring article) and its reason. */
    public void verificationLimit(RuleContext ctx, String text, ListRef list) {
        verificationClause = clause(ctx);
        reason(ctx, text, list);
    }

    public void dueSoon(RuleContext ctx, String text, ListRef list) {
        dueSoon = true;
        reason(ctx, text, list);
    }

    /** Overdue on {@code which} (PROMISED or LEGAL) since {@code since}; LEGAL, once concluded, is kept. */
    public void overdue(RuleContext ctx, String which, LocalDate since, String text) {
        if (!"LEGAL".equals(overdue)) {
            overdue = which;
            overdueSince = since;
        }
        reason(ctx, text);
    }

    /** The verification duty not met by its due date: overdue since {@code since}. */
    public void verificationOverdue(RuleContext ctx, LocalDate since, String text, ListRef list) {
        verificationOverdueSince = since;
        reason(ctx, text, list);
    }

    public void extendTo(RuleContext ctx, LocalDate legalDue, String text) {
        extendTo(ctx, legalDue, text, null);
    }

    public void extendTo(RuleContext ctx, LocalDate legalDue, String text, ListRef list) {
        newLegalDue = legalDue;
        reason(ctx, text, list);
    }

    /** A listed special procedure whose {@code days} do not count toward the case's time limits (the list says). */
    public void exclude(RuleContext ctx, int days, String text, ListRef list) {
        excludedDays = days;
        reason(ctx, text, list);
    }

    /** A listed special procedure whose days count toward the limits: recorded, the dates stay. */
    public void include(RuleContext ctx, String text, ListRef list) {
        excludedDays = 0;
        reason(ctx, text, list);
    }

    public void complete(RuleContext ctx, LocalDate on, String text) {
        completedOn = on;
        reason(ctx, text);
    }

    private static String clause(RuleContext ctx) {
        Object c = ctx.getRule().getMetaData().get("clause");
        return c == null ? null : c.toString();
    }

    /** OVERDUE (on a due date or the verification duty), DUE_SOON or ON_TIME, from what the rules concluded. */
    public String getStatus() {
        return !"NONE".equals(overdue) || verificationOverdueSince != null ? "OVERDUE" : dueSoon ? "DUE_SOON" : "ON_TIME";
    }

    public String getPromisedClause() { return promisedClause; }
    public String getLegalClause() { return legalClause; }
    public String getOverdue() { return overdue; }
    public LocalDate getOverdueSince() { return overdueSince; }
    public boolean isDueSoon() { return dueSoon; }
    public LocalDate getNewLegalDue() { return newLegalDue; }
    public LocalDate getCompletedOn() { return completedOn; }
    public Integer getExcludedDays() { return excludedDays; }
    public String getVerificationClause() { return verificationClause; }
    public LocalDate getVerificationOverdueSince() { return verificationOverdueSince; }
}
