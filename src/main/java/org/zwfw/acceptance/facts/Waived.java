package org.zwfw.acceptance.facts;

/** A material that must not be demanded: obtained by data sharing or from an 电子证照. */
public record Waived(Material material) {
    public Material getMaterial() { return material; }
    public String getCode() { return material.getCode(); }
}
