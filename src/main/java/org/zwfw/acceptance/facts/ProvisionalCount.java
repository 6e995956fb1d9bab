package org.zwfw.acceptance.facts;

/**
 * A working-day count of this evaluation ran into {@code year}, which the holiday calendar on file does not cover: it
 * was counted on the statutory holidays of 《全国年节及纪念日放假办法》 alone, without that year's 调休 schedule.
 * Inserted by the engine after the phases ran; a "service" rule marks the answer provisional and names the year.
 */
public record ProvisionalCount(int year) {
    public int getYear() { return year; }
}
