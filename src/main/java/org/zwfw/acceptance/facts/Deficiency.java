package org.zwfw.acceptance.facts;

/** A required material that is missing or not in legal form. problem: MISSING or NOT_LEGAL_FORM. */
public record Deficiency(Material material, String problem) implements org.zwfw.catalog.Coded {
    public Material getMaterial() { return material; }
    @Override
    public String getCode() { return material.getCode(); }
    public String getMatterCode() { return material.getMatterCode(); }
    public boolean isMain() { return material.isMain(); }
    public String getProblem() { return problem; }
}
