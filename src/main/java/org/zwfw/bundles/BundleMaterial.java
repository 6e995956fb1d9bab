package org.zwfw.bundles;

import java.util.List;

/**
 * One material of a bundle ({@code catalog/bundle-materials.csv}), asked of the applicant once, and the materials of
 * the bundle's matters it {@code serves}.
 */
public record BundleMaterial(String jurisdiction, String bundleCode, String code, String name, boolean main,
                             List<Served> serves) {

    /** A material of a matter of the bundle. */
    public record Served(String matter, String material) {
        @Override
        public String toString() { return matter + "/" + material; }
    }

    public List<String> matters() {
        return serves.stream().map(Served::matter).distinct().toList();
    }
}
