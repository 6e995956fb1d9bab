package org.zwfw.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zwfw.catalog.CommitmentListing;
import org.zwfw.catalog.Matter;
import org.zwfw.catalog.RetainedProof;
import org.zwfw.catalog.ToleranceListing;

/** What one jurisdiction publishes: its matters, their materials, its 容缺 list and its retained proofs. */
public record JurisdictionCatalog(Map<String, Matter> matters,
                                  Map<String, List<CatalogMaterial>> materials,
                                  Map<String, List<ToleranceListing>> tolerance,
                                  Set<String> retainedProofs,
                                  List<RetainedProof> retainedProofRows,
                                  Map<String, CommitmentListing> commitment) {

    public static JurisdictionCatalog empty() {
        return new JurisdictionCatalog(new LinkedHashMap<>(), Map.of(), Map.of(), Set.of(), List.of(), Map.of());
    }

    /** The matter's row of the 告知承诺事项清单, if it has one. */
    public java.util.Optional<CommitmentListing> commitmentOf(String matterCode) {
        return java.util.Optional.ofNullable(commitment.get(matterCode));
    }

    public List<CatalogMaterial> materialsOf(String matterCode) {
        return materials.getOrDefault(matterCode, List.of());
    }

    public List<ToleranceListing> toleranceOf(String matterCode) {
        return tolerance.getOrDefault(matterCode, List.of());
    }
}
