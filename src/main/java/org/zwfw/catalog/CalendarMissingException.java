package org.zwfw.catalog;

/** A working-day count reached a year the holiday calendar on file does not cover. */
public class CalendarMissingException extends RuntimeException {
    private final int year;

    public CalendarMissingException(int year) {
        super("the holiday calendar on file has no schedule for " + year
                + "; add the State Council's " + year + " holiday schedule to rules/calendar/cn-holidays.csv");
        this.year = year;
    }

    public int getYear() { return year; }
}
