package org.zwfw.acceptance.facts;

/** A ground for 不予受理 found by a rule. kind: MATTER_NOT_PUBLISHED, APPLICANT_NOT_SERVED. */
public record Rejection(String kind, String text) {
    public String getKind() { return kind; }
    public String getText() { return text; }
}
