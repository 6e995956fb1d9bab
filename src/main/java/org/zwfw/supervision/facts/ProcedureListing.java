package org.zwfw.supervision.facts;

import java.time.LocalDate;

import org.zwfw.lawbook.ListRef;

/**
 * A row of a jurisdiction's published list of special procedures (现场勘验、技术审查、听证论证 等; 新乡 第十八条第二款):
 * the matter, the procedure's kind and name, its own time limit in working days, and whether its days count toward
 * the matter's time limits — which no text on file says, so the list row does.
 */
public record ProcedureListing(String jurisdiction, String matterCode, String kind, String name, int workingDays,
                               boolean countsTowardLimit, String article, String source, LocalDate publishedFrom,
                               String file, long line) {
    public String getJurisdiction() { return jurisdiction; }
    public String getMatterCode() { return matterCode; }
    public String getKind() { return kind; }
    public String getName() { return name; }
    public int getWorkingDays() { return workingDays; }
    public boolean isCountsTowardLimit() { return countsTowardLimit; }

    public ListRef row() {
        return new ListRef("特别程序清单", file + ":" + line, source);
    }
}
