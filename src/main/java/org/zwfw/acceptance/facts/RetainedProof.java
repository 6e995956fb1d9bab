package org.zwfw.acceptance.facts;

/** A proof on the jurisdiction's published 证明事项清单 (retained proofs). */
public record RetainedProof(String name) {
    public String getName() { return name; }
}
