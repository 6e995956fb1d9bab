package org.zwfw.engine;

/**
 * A compiled rule with the clause it applies, the instrument that clause belongs to, and where the analysts wrote it:
 * the rule file (relative to the rules folder) and the line of its {@code rule "…"} header (0 for a row of a decision
 * table, which Drools generates).
 */
public record RuleInfo(String id, String name, String packageName, String clause, String instrument, String file,
                       int line) {}
