package org.zwfw.services.facts;

import java.time.LocalDate;

import org.zwfw.lawbook.ListRef;

/**
 * One row of a jurisdiction's list of complex matters for 帮办代办 ({@code catalog/complex-matters.csv}): the matter
 * and the field it belongs to ({@code 企业开办}, {@code 工程建设} — the fields 新乡 第二十六条（二） and 银川 第三十一条（二）
 * name — or another field the agency counts as complex), with the list's source, the requiring article and the date.
 */
public record ComplexMatter(String jurisdiction, String matterCode, String field, String source,
                            String requiringArticle, LocalDate publishedFrom) {

    public static final String LIST = "帮办代办复杂事项清单";

    public String getJurisdiction() { return jurisdiction; }
    public String getMatterCode() { return matterCode; }
    public String getField() { return field; }

    public boolean isPublishedOn(LocalDate date) {
        return publishedFrom == null || !date.isBefore(publishedFrom);
    }

    public ListRef row() {
        return new ListRef(LIST, matterCode, source + "（依据 " + requiringArticle
                + (publishedFrom == null ? "" : "，自 " + publishedFrom + " 起公布") + "）");
    }
}
