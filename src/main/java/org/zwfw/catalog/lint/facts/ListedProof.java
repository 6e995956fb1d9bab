package org.zwfw.catalog.lint.facts;

/** A proof on the catalog's 保留证明事项清单 (retained-proofs.csv). */
public record ListedProof(String name) {
    public String getName() { return name; }
}
