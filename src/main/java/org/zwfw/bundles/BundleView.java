package org.zwfw.bundles;

import java.time.LocalDate;
import java.util.List;

/** A published bundle as {@code GET …/bundles[/{bundleCode}]} shows it. */
public record BundleView(String bundleCode, String name, List<MatterRef> matters, List<MaterialView> materials,
                         Integer promisedDays, List<Produced> producedWithin, String source, String requiringArticle,
                         LocalDate publishedFrom) {

    public record MatterRef(String matterCode, String name) {}

    /** A bundle material, asked once, with the matters and the matter materials it serves. */
    public record MaterialView(String code, String name, boolean main, List<String> matters, List<String> serves) {}

    /** A material of a matter produced by another matter of the bundle. */
    public record Produced(String matterCode, String materialCode, String name, String producedBy) {}

    public static BundleView of(Bundle b, List<BundleMaterial> materials, org.zwfw.catalog.JurisdictionCatalog cat) {
        return new BundleView(b.code(), b.name(),
                b.matters().stream().map(m -> new MatterRef(m, cat.matters().get(m).getName())).toList(),
                materials.stream().map(x -> new MaterialView(x.code(), x.name(), x.main(), x.matters(),
                        x.serves().stream().map(BundleMaterial.Served::toString).toList())).toList(),
                b.promisedDays(),
                b.producedWithin().stream().map(p -> new Produced(p.matter(), p.material(),
                        cat.materialsOf(p.matter()).stream().filter(c -> c.code().equals(p.material()))
                                .map(org.zwfw.catalog.CatalogMaterial::name).findFirst().orElse(null),
                        p.producedBy())).toList(),
                b.source(), b.requiringArticle(), b.publishedFrom());
    }
}
