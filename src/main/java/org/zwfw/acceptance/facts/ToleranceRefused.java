package org.zwfw.acceptance.facts;

/** A rule found the applicant's tolerance commitment invalid (e.g. a supplement date beyond the limit). */
public record ToleranceRefused(String text) {
    public String getText() { return text; }
}
