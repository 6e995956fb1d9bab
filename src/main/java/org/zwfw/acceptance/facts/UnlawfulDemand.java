package org.zwfw.acceptance.facts;

/** A proof the catalog demands that is not on the retained proof list: flagged, and not demanded. */
public record UnlawfulDemand(Material material) {
    public Material getMaterial() { return material; }
    public String getCode() { return material.getCode(); }
}
