package org.zwfw.services.facts;

import java.time.LocalDate;
import java.util.List;

import org.zwfw.lawbook.ListRef;

/**
 * One row of a jurisdiction's 就近办 / 通办 / 全程网办 list ({@code catalog/service-lists.csv}): may the matter be applied
 * for at a 乡镇（街道）便民服务中心 ({@code township}) or a 村（社区）便民服务站 ({@code village}), from where
 * ({@code crossRegion}: NONE, CITY_WIDE, REGION_WIDE, CROSS_PROVINCE) and whether it is 全程网办; with the list's
 * source, the article(s) requiring the list and the date it is published from.
 */
public record ServiceListing(String jurisdiction, String matterCode, boolean township, boolean village,
                             String crossRegion, boolean wholeProcessOnline, String source,
                             String requiringArticle, List<String> requiringClauses, LocalDate publishedFrom,
                             String file, int line) {

    /** The name the answers give this list. */
    public static final String LIST = "就近办、通办、全程网办事项清单";

    public String getJurisdiction() { return jurisdiction; }
    public String getMatterCode() { return matterCode; }
    public boolean isTownship() { return township; }
    public boolean isVillage() { return village; }
    public String getCrossRegion() { return crossRegion; }
    public boolean isWholeProcessOnline() { return wholeProcessOnline; }
    public String getSource() { return source; }
    public LocalDate getPublishedFrom() { return publishedFrom; }

    /** Published on the date (a row without a date is published from the start). */
    public boolean isPublishedOn(LocalDate date) {
        return publishedFrom == null || !date.isBefore(publishedFrom);
    }

    /** The row as a reason cites it: the list, the matter, and where the list comes from. */
    public ListRef row() {
        return new ListRef(LIST, matterCode, source + "（依据 " + requiringArticle
                + (publishedFrom == null ? "" : "，自 " + publishedFrom + " 起公布") + "）");
    }
}
