package org.zwfw.supervision.facts;

import java.time.LocalDate;

/** What was done about a review by {@code asOf}: its callback, the set rectification date, the feedback. */
public record ReviewStanding(LocalDate asOf, LocalDate callbackDue, LocalDate callbackOn, String finding,
                             LocalDate rectifyBy, LocalDate feedbackOn) {
    public LocalDate getAsOf() { return asOf; }
    public LocalDate getCallbackDue() { return callbackDue; }
    public LocalDate getCallbackOn() { return callbackOn; }
    public String getFinding() { return finding; }
    public LocalDate getRectifyBy() { return rectifyBy; }
    public LocalDate getFeedbackOn() { return feedbackOn; }

    /** The callback was due before {@code asOf} and none was made by its due date. */
    public boolean isCallbackMissed() {
        return callbackDue != null && asOf.isAfter(callbackDue) && (callbackOn == null || callbackOn.isAfter(callbackDue));
    }

    /** A set rectification date passed on {@code asOf} without the result fed back by it. */
    public boolean isRectificationMissed() {
        return rectifyBy != null && asOf.isAfter(rectifyBy) && (feedbackOn == null || feedbackOn.isAfter(rectifyBy));
    }
}
