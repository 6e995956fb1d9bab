package org.zwfw.policies;

/** The 免申即享 policies and their data dictionary (filled in by the policies work). */
public record PolicyTables() {}
