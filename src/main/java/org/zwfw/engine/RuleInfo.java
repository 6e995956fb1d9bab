package org.zwfw.engine;

/** A compiled rule with the clause it applies and the instrument that clause belongs to. */
public record RuleInfo(String id, String name, String packageName, String clause, String instrument) {}
