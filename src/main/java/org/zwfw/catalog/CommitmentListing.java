package org.zwfw.catalog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

import org.zwfw.lawbook.ListRef;

/**
 * A row of the 告知承诺事项清单 (domain.md §3): which materials (proofs, conditions) a signed 告知承诺书 replaces for
 * the matter, the conditions committed to, the liability, how the agency verifies it, the list's source, the article
 * that requires the list and the date it is published from. A commitment replaces only what {@code replaces} names.
 */
public record CommitmentListing(String matterCode, Set<String> replaces, String conditions, String liability,
                                String verification, String source, String requiringArticle,
                                LocalDate publishedFrom) {
    public static final String LIST = "告知承诺事项清单";

    public String getMatterCode() { return matterCode; }
    public Set<String> getReplaces() { return replaces; }
    public String getConditions() { return conditions; }
    public String getLiability() { return liability; }
    public String getVerification() { return verification; }

    public boolean replaces(String materialCode) {
        return replaces.contains(materialCode);
    }

    /** Published (relied upon) on the date: a list not yet published is no basis. */
    public boolean isPublishedOn(LocalDate date) {
        return publishedFrom == null || !date.isBefore(publishedFrom);
    }

    public ListRef ref() {
        return new ListRef(LIST, matterCode, source + "（依据" + requiringArticle
                + (publishedFrom == null ? "" : "，" + publishedFrom + " 起公布") + "）");
    }

    /** The material codes of the deficiencies, sorted and joined with 、 (for a reason's text). */
    public static String codes(Collection<?> deficiencies) {
        return String.join("、", deficiencies.stream().map(d -> ((org.zwfw.catalog.Coded) d).getCode()).sorted().toList());
    }
}
