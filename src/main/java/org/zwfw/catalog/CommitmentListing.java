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
                                LocalDate publishedFrom, Verification duty) {
    public static final String LIST = "告知承诺事项清单";
    public static final Set<String> DAY_KINDS = Set.of("CALENDAR", "WORKING");

    /**
     * The verification duty the row states: within {@code days} of the decision (null: the row states no limit),
     * counted in CALENDAR or WORKING days, by {@code method} (e.g. 现场核查; may be null).
     */
    public record Verification(Integer days, String dayKind, String method) {
        public static final Verification NONE = new Verification(null, null, null);
    }

    public CommitmentListing(String matterCode, Set<String> replaces, String conditions, String liability,
                             String verification, String source, String requiringArticle, LocalDate publishedFrom) {
        this(matterCode, replaces, conditions, liability, verification, source, requiringArticle, publishedFrom,
                Verification.NONE);
    }

    public Integer getVerificationDays() { return duty.days(); }
    public boolean isVerificationInWorkingDays() { return "WORKING".equals(duty.dayKind()); }
    public String getVerificationMethod() { return duty.method(); }
    public String getRequiringArticle() { return requiringArticle; }

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
