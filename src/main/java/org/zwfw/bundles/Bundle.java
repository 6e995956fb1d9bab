package org.zwfw.bundles;

import java.time.LocalDate;
import java.util.List;

import org.zwfw.lawbook.ListRef;

/**
 * One row of a jurisdiction's 一件事一次办 list ({@code catalog/bundles.csv}): the matters handled as one application,
 * the bundle's promised time in working days (null: none published), the materials one matter of the bundle produces
 * for another, the list's source and the article requiring the list.
 */
public record Bundle(String jurisdiction, String code, String name, List<String> matters, Integer promisedDays,
                     List<Produced> producedWithin, String source, String requiringArticle, LocalDate publishedFrom,
                     String file, long line) {

    /** The name of the published list every bundle row belongs to. */
    public static final String LIST = "一件事一次办事项清单";

    /** {@code material} of {@code matter} is what {@code producedBy}, another matter of the bundle, issues. */
    public record Produced(String matter, String material, String producedBy) {
        public String getMatter() { return matter; }
        public String getMaterial() { return material; }
        public String getProducedBy() { return producedBy; }
    }

    /** This bundle's row of the published list, with the list's source. */
    public ListRef row() {
        return new ListRef(LIST, jurisdiction + "/" + code, source);
    }

    // Getters in bean style for DRL constraints.
    public String getJurisdiction() { return jurisdiction; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public List<String> getMatters() { return matters; }
    public Integer getPromisedDays() { return promisedDays; }
    public List<Produced> getProducedWithin() { return producedWithin; }
    public boolean isPromised() { return promisedDays != null; }
    public String getSource() { return source; }
    public String getRequiringArticle() { return requiringArticle; }
}
