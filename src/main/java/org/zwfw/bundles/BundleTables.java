package org.zwfw.bundles;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The 一件事一次办 lists of every jurisdiction: bundles by jurisdiction and code, and each bundle's materials. */
public record BundleTables(Map<String, Map<String, Bundle>> bundles, Map<String, List<BundleMaterial>> materials) {

    public List<Bundle> of(String jurisdiction) {
        return List.copyOf(bundles.getOrDefault(jurisdiction, Map.of()).values());
    }

    public Optional<Bundle> find(String jurisdiction, String code) {
        return Optional.ofNullable(bundles.getOrDefault(jurisdiction, Map.of()).get(code));
    }

    public List<BundleMaterial> materialsOf(Bundle b) {
        return materials.getOrDefault(key(b.jurisdiction(), b.code()), List.of());
    }

    static String key(String jurisdiction, String code) {
        return jurisdiction + "/" + code;
    }
}
