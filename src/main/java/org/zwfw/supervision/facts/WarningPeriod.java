package org.zwfw.supervision.facts;

import org.zwfw.lawbook.ListRef;

/**
 * How many working days before a due date the electronic supervision warns (a row of an instrument's
 * {@code warning-periods.csv}: the agency's own setting, which the article requiring warnings leaves to it).
 */
public record WarningPeriod(String instrument, int workingDays, String article, String source, String file, long line) {
    public String getInstrument() { return instrument; }
    public int getWorkingDays() { return workingDays; }
    public String getArticle() { return article; }

    public ListRef row() {
        return new ListRef("电子监察预警期限表", file + ":" + line, source);
    }
}
