package org.zwfw.policies.facts;

/** A policy of the catalog that is valid on the evaluation date in the subject's jurisdiction chain. */
public record ActivePolicy(String code) {
    public String getCode() { return code; }
}
