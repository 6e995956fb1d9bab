package org.zwfw.fees;

/** The fee standards of a rule set (filled in by the fees work). */
public record FeeTables() {}
