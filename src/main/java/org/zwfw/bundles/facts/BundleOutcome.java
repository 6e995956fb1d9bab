package org.zwfw.bundles.facts;

/** The bundle's outcome, once a rule has decided it, for the rules of the later phases. */
public record BundleOutcome(String value) {
    public String getValue() { return value; }
}
