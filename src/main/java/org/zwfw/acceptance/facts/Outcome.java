package org.zwfw.acceptance.facts;

/** The outcome a rule reached, as a fact later rules (service, explanations) can see. */
public record Outcome(String value) {
    public String getValue() { return value; }
}
