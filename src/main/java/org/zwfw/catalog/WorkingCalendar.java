package org.zwfw.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import cn.hutool.core.date.ChineseDate;
import cn.hutool.core.date.chinese.SolarTerms;

/**
 * Working days (工作日, 行政许可法 第八十二条) from the State Council's holiday schedule: HOLIDAY days are off,
 * WORKDAY weekend days (调休) are worked, other Saturdays and Sundays are off. Only years on file are known exactly.
 *
 * <p>A count that runs past the last year on file can be made provisionally by a {@link #tracking()} view: a day of
 * such a year is off when it is one of the statutory holidays 《全国年节及纪念日放假办法》 fixes (as amended 2024, in
 * force 2025; {@link #statutoryHolidays(int)}) or a Saturday or Sunday — the year's 调休 are not known until the State
 * Council publishes its schedule. The view records each year it counted that way ({@link #provisionalYears()}), so the
 * answer can say so. The shared calendar itself never guesses: it refuses ({@link CalendarMissingException}). A start
 * date outside the calendar on file is refused either way.
 */
public final class WorkingCalendar {
    public enum DayType { HOLIDAY, WORKDAY }

    private static final Map<Integer, Set<LocalDate>> STATUTORY = new ConcurrentHashMap<>();

    private final Map<LocalDate, DayType> days;
    private final SortedSet<Integer> years;
    /** Null for the shared calendar (refuses past the end); the years counted provisionally for a tracking view. */
    private final SortedSet<Integer> provisional;

    public WorkingCalendar(Map<LocalDate, DayType> days) {
        this.days = Map.copyOf(days);
        TreeSet<Integer> y = new TreeSet<>();
        days.keySet().forEach(d -> y.add(d.getYear()));
        this.years = Collections.unmodifiableSortedSet(y);
        this.provisional = null;
    }

    private WorkingCalendar(WorkingCalendar shared) {
        this.days = shared.days;
        this.years = shared.years;
        this.provisional = new TreeSet<>();
    }

    /**
     * A view for one evaluation that counts past the last year on file on the statutory holidays alone and records
     * each year it did. Not thread-safe: one per evaluation.
     */
    public WorkingCalendar tracking() {
        return new WorkingCalendar(this);
    }

    /** The years this view counted provisionally (without their 调休 schedule), in order; empty for the shared one. */
    public SortedSet<Integer> provisionalYears() {
        return provisional == null ? Collections.emptySortedSet() : Collections.unmodifiableSortedSet(provisional);
    }

    public Set<Integer> years() { return Set.copyOf(years); }

    /** The last day of the calendar on file (31 December of its last year), or null when nothing is on file. */
    public LocalDate lastDay() {
        return years.isEmpty() ? null : LocalDate.of(years.last(), 12, 31);
    }

    public boolean covers(LocalDate date) { return years.contains(date.getYear()); }

    public boolean isWorkingDay(LocalDate date) {
        if (!covers(date)) {
            if (provisional == null || years.isEmpty() || date.getYear() < years.last()) {
                throw new CalendarMissingException(date.getYear());
            }
            provisional.add(date.getYear());
            return !statutoryHolidays(date.getYear()).contains(date) && !weekend(date);
        }
        DayType t = days.get(date);
        if (t != null) {
            return t == DayType.WORKDAY;
        }
        return !weekend(date);
    }

    private static boolean weekend(LocalDate date) {
        DayOfWeek w = date.getDayOfWeek();
        return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
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
     * The working days from {@code from} to {@code to}: the working days after {@code from} up to and including
     * {@code to} when {@code to} is later (the days left to a due date), minus the working days after {@code to} up to
     * and including {@code from} when it is earlier (how far a due date is past), zero on the same day.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        requireCovered(from.isBefore(to) ? from : to);
        LocalDate lo = from.isBefore(to) ? from : to;
        LocalDate hi = from.isBefore(to) ? to : from;
        int n = 0;
        for (LocalDate d = lo.plusDays(1); !d.isAfter(hi); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return from.isAfter(to) ? -n : n;
    }

    /**
     * The statutory public holidays of a year (全体公民放假的节日) as 《全国年节及纪念日放假办法》 (as amended 2024, in
     * force 2025) fixes them: 元旦 1 January; 春节 农历除夕 and 正月初一至初三; 清明节 the 清明 solar-term day; 劳动节 1–2
     * May; 端午节 农历五月初五; 中秋节 农历八月十五; 国庆节 1–3 October. Lunar dates and the solar term come from hutool's
     * Chinese calendar. Without the State Council's yearly schedule: no 调休, no days joined to a weekend.
     */
    public static Set<LocalDate> statutoryHolidays(int year) {
        return STATUTORY.computeIfAbsent(year, WorkingCalendar::computeStatutory);
    }

    private static Set<LocalDate> computeStatutory(int year) {
        Set<LocalDate> s = new LinkedHashSet<>();
        s.add(LocalDate.of(year, 1, 1));
        LocalDate newYear = gregorian(new ChineseDate(year, 1, 1));
        s.add(newYear.minusDays(1));             // 除夕: the last day of the lunar year before 正月初一
        s.add(newYear);
        s.add(newYear.plusDays(1));
        s.add(newYear.plusDays(2));
        s.add(qingming(year));
        s.add(LocalDate.of(year, 5, 1));
        s.add(LocalDate.of(year, 5, 2));
        s.add(gregorian(new ChineseDate(year, 5, 5)));
        s.add(gregorian(new ChineseDate(year, 8, 15)));
        s.add(LocalDate.of(year, 10, 1));
        s.add(LocalDate.of(year, 10, 2));
        s.add(LocalDate.of(year, 10, 3));
        return Collections.unmodifiableSet(s);
    }

    private static LocalDate gregorian(ChineseDate c) {
        return LocalDate.of(c.getGregorianYear(), c.getGregorianMonthBase1(), c.getGregorianDay());
    }

    /** The day the sun enters the 清明 term (early April), as hutool's solar-term table gives it. */
    private static LocalDate qingming(int year) {
        for (LocalDate d = LocalDate.of(year, Month.APRIL, 1); d.getMonth() == Month.APRIL; d = d.plusDays(1)) {
            if ("清明".equals(SolarTerms.getTerm(d))) {
                return d;
            }
        }
        throw new IllegalStateException("no 清明 solar term found in April " + year);
    }

    private void requireCovered(LocalDate date) {
        if (!covers(date)) {
            throw new CalendarMissingException(date.getYear());
        }
    }
}
