package org.zwfw.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Working days (工作日, 行政许可法 第八十二条) from the State Council's holiday schedule: HOLIDAY days are off,
 * WORKDAY weekend days (调休) are worked, other Saturdays and Sundays are off. Only years on file are known.
 */
public final class WorkingCalendar {
    public enum DayType { HOLIDAY, WORKDAY }

    private final Map<LocalDate, DayType> days;
    private final SortedSet<Integer> years;

    public WorkingCalendar(Map<LocalDate, DayType> days) {
        this.days = Map.copyOf(days);
        this.years = new TreeSet<>();
        days.keySet().forEach(d -> years.add(d.getYear()));
    }

    public Set<Integer> years() { return Set.copyOf(years); }

    public boolean covers(LocalDate date) { return years.contains(date.getYear()); }

    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        DayType t = days.get(date);
        if (t != null) {
            return t == DayType.WORKDAY;
        }
        DayOfWeek w = date.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
    }

    /**
     * The day on which a limit of {@code n} working days ends, counting from the day after {@code start}
     * (the day of the act itself is not counted). Zero working days ends on {@code start}.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a time limit cannot be negative: " + n);
        }
        requireCovered(start);
        LocalDate d = start;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * The same, or null when the count runs into a year whose holiday schedule is not on file: for a date the answer
     * can do without (the legal due date beside the promised one), which the rule then says it could not count.
     */
    public LocalDate addWorkingDaysIfCovered(LocalDate start, int n) {
        try {
            return addWorkingDays(start, n);
        } catch (CalendarMissingException e) {
            return null;
        }
    }

    private void requireCovered(LocalDate date) {
        if (!covers(date)) {
            throw new CalendarMissingException(date.getYear());
        }
    }
}
