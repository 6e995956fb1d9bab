package org.zwfw.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zwfw.kernel.Problem;

/**
 * 行政许可法 第八十二条: limits run in working days. Expected dates are read off the State Council schedules as
 * rules/calendar/cn-holidays.csv records them (2025 and 2026 only).
 */
class WorkingCalendarTest {
    static WorkingCalendar calendar;

    @BeforeAll
    static void load() {
        List<Problem> problems = new ArrayList<>();
        calendar = CatalogLoader.load(Path.of("rules"), problems).calendar();
        assertThat(problems).isEmpty();
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theCalendarOnFileCovers2025And2026Only() {
        assertThat(calendar.years()).containsExactlyInAnyOrder(2025, 2026);
    }

    @Test
    void countStartsTheDayAfterAndSkipsAnOrdinaryWeekend() {
        assertThat(calendar.addWorkingDays(d("2025-12-19"), 1)).isEqualTo(d("2025-12-22"));
        assertThat(calendar.addWorkingDays(d("2025-12-15"), 5)).isEqualTo(d("2025-12-22"));
    }

    @Test
    void springFestival2026WorkingSaturdayBeforeTheHolidayCounts() {
        // Fri 02-13 → Sat 02-14 is a 调休 working day.
        assertThat(calendar.isWorkingDay(d("2026-02-14"))).isTrue();
        assertThat(calendar.addWorkingDays(d("2026-02-13"), 1)).isEqualTo(d("2026-02-14"));
    }

    @Test
    void springFestival2026NineDaysOffAreSkipped() {
        // 02-15 (Sun) … 02-23 (Mon) are all off, weekdays included.
        for (LocalDate day = d("2026-02-15"); !day.isAfter(d("2026-02-23")); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(calendar.addWorkingDays(d("2026-02-13"), 2)).isEqualTo(d("2026-02-24"));
        assertThat(calendar.addWorkingDays(d("2026-02-14"), 1)).isEqualTo(d("2026-02-24"));
        assertThat(calendar.addWorkingDays(d("2026-02-18"), 1)).as("counting from a holiday").isEqualTo(d("2026-02-24"));
    }

    @Test
    void springFestival2026WorkingSaturdayAfterTheHolidayCounts() {
        // Fri 02-27 → Sat 02-28 调休; then Sun 03-01 off, Mon 03-02.
        assertThat(calendar.addWorkingDays(d("2026-02-27"), 1)).isEqualTo(d("2026-02-28"));
        assertThat(calendar.addWorkingDays(d("2026-02-27"), 2)).isEqualTo(d("2026-03-02"));
        assertThat(calendar.isWorkingDay(d("2026-03-07"))).as("an ordinary Saturday").isFalse();
    }

    @Test
    void nationalDay2025BothWorkingWeekendsCountAndTheEightDaysOffDoNot() {
        // Fri 09-26 → Sun 09-28 (调休) is the first working day.
        assertThat(calendar.addWorkingDays(d("2025-09-26"), 1)).isEqualTo(d("2025-09-28"));
        // From Tue 09-30: 10-01…10-08 off, Thu 10-09, Fri 10-10, Sat 10-11 (调休), Mon 10-13.
        assertThat(calendar.addWorkingDays(d("2025-09-30"), 1)).isEqualTo(d("2025-10-09"));
        assertThat(calendar.addWorkingDays(d("2025-09-30"), 2)).isEqualTo(d("2025-10-10"));
        assertThat(calendar.addWorkingDays(d("2025-09-30"), 3)).isEqualTo(d("2025-10-11"));
        assertThat(calendar.addWorkingDays(d("2025-09-30"), 4)).isEqualTo(d("2025-10-13"));
        assertThat(calendar.isWorkingDay(d("2025-10-08"))).as("Wed 10-08, a weekday holiday").isFalse();
    }

    @Test
    void zeroWorkingDaysEndOnTheStartDayEvenAHoliday() {
        assertThat(calendar.addWorkingDays(d("2025-12-15"), 0)).isEqualTo(d("2025-12-15"));
        assertThat(calendar.addWorkingDays(d("2026-02-17"), 0)).isEqualTo(d("2026-02-17"));
    }

    @Test
    void negativeLimitIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(d("2025-12-15"), -1));
    }

    @Test
    void countEndingOnTheLastDayOnFileIsAnswered() {
        // Fri 12-25 → 12-28, 12-29, 12-30, 12-31.
        assertThat(calendar.addWorkingDays(d("2026-12-25"), 4)).isEqualTo(d("2026-12-31"));
    }

    @Test
    void countRunningPast2026IsRefusedNaming2027() {
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2026-12-28"), 5))
                .isInstanceOf(CalendarMissingException.class)
                .hasMessageContaining("2027")
                .satisfies(e -> assertThat(((CalendarMissingException) e).getYear()).isEqualTo(2027));
    }

    @Test
    void countStartingIn2024IsRefusedNaming2024() {
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2024-12-31"), 1))
                .isInstanceOf(CalendarMissingException.class)
                .hasMessageContaining("2024")
                .satisfies(e -> assertThat(((CalendarMissingException) e).getYear()).isEqualTo(2024));
        assertThatThrownBy(() -> calendar.isWorkingDay(d("2027-01-04"))).isInstanceOf(CalendarMissingException.class);
    }

    @Test
    void aYearWithoutRowsIsUnknownEvenForPlainWeekdays() {
        WorkingCalendar only2025 = new WorkingCalendar(Map.of(d("2025-01-01"), WorkingCalendar.DayType.HOLIDAY));
        assertThat(only2025.covers(d("2025-07-01"))).isTrue();
        assertThat(only2025.covers(d("2026-07-01"))).isFalse();
        assertThatThrownBy(() -> only2025.addWorkingDays(d("2025-12-31"), 1))
                .isInstanceOf(CalendarMissingException.class).hasMessageContaining("2026");
    }

    @Test
    void trackingViewCountsPast2026OnTheStatutoryHolidaysAndRecords2027() {
        // Mon 2026-12-28: 12-29, 12-30, 12-31; Fri 2027-01-01 元旦 is off, 01-02/01-03 a weekend; 01-04, 01-05.
        WorkingCalendar view = calendar.tracking();
        assertThat(view.provisionalYears()).isEmpty();
        assertThat(view.addWorkingDays(d("2026-12-28"), 5)).isEqualTo(d("2027-01-05"));
        assertThat(view.provisionalYears()).containsExactly(2027);
        // 10 working days: 3 in December, 01-04 … 01-08, 01-11, 01-12.
        assertThat(view.addWorkingDays(d("2026-12-28"), 10)).isEqualTo(d("2027-01-12"));
        // The shared calendar records nothing and still refuses.
        assertThat(calendar.provisionalYears()).isEmpty();
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2026-12-28"), 5)).isInstanceOf(CalendarMissingException.class);
    }

    @Test
    void trackingViewRecordsNothingForACountInsideTheCalendar() {
        WorkingCalendar view = calendar.tracking();
        assertThat(view.addWorkingDays(d("2026-12-25"), 4)).isEqualTo(d("2026-12-31"));
        assertThat(view.provisionalYears()).isEmpty();
    }

    @Test
    void aStartBeyondOrBeforeTheCalendarIsStillRefusedByTheTrackingView() {
        WorkingCalendar view = calendar.tracking();
        assertThatThrownBy(() -> view.addWorkingDays(d("2027-01-04"), 1))
                .isInstanceOf(CalendarMissingException.class).hasMessageContaining("2027");
        assertThatThrownBy(() -> view.addWorkingDays(d("2024-12-31"), 1))
                .isInstanceOf(CalendarMissingException.class).hasMessageContaining("2024");
        assertThatThrownBy(() -> view.isWorkingDay(d("2024-06-03"))).isInstanceOf(CalendarMissingException.class);
    }

    @Test
    void provisionalYearsSkipTheStatutoryHolidaysAndWeekendsButKnowNo调休() {
        WorkingCalendar view = calendar.tracking();
        // 2027: 春节 正月初一 is Sat 02-06, 除夕 Fri 02-05; 清明 Mon 04-05; 国庆 Fri 10-01.
        assertThat(view.isWorkingDay(d("2027-02-05"))).isFalse();
        assertThat(view.isWorkingDay(d("2027-02-08"))).isFalse();   // 初三
        assertThat(view.isWorkingDay(d("2027-02-09"))).isTrue();    // 初四: no extra days without the schedule
        assertThat(view.isWorkingDay(d("2027-04-05"))).isFalse();
        assertThat(view.isWorkingDay(d("2027-10-01"))).isFalse();
        assertThat(view.isWorkingDay(d("2027-10-04"))).isTrue();
        assertThat(view.isWorkingDay(d("2027-01-09"))).isFalse();   // a Saturday: no 调休 known
        assertThat(view.provisionalYears()).containsExactly(2027);
    }

    /**
     * The generator against the State Council schedules on file: every statutory day it gives for 2025 and 2026 is a
     * HOLIDAY row of rules/calendar/cn-holidays.csv under the festival's name (the schedules add bridging days and
     * 调休, never drop a statutory day), and each year has the 13 days the 2024 amendment fixes.
     */
    @Test
    void statutoryHolidaysOf2025And2026AreAllHolidayRowsOnFile() throws Exception {
        Map<LocalDate, String> holidayRows = new java.util.HashMap<>();
        for (String line : java.nio.file.Files.readAllLines(Path.of("rules/calendar/cn-holidays.csv")).subList(1,
                java.nio.file.Files.readAllLines(Path.of("rules/calendar/cn-holidays.csv")).size())) {
            String[] c = line.split(",");
            if (c.length >= 3 && "HOLIDAY".equals(c[1])) {
                holidayRows.put(d(c[0]), c[2]);
            }
        }
        for (int year : List.of(2025, 2026)) {
            java.util.Set<LocalDate> statutory = WorkingCalendar.statutoryHolidays(year);
            assertThat(statutory).as("statutory days of " + year).hasSize(13);
            assertThat(holidayRows.keySet()).as("HOLIDAY rows of " + year).containsAll(statutory);
        }
        // Names: the lunar and solar-term days fall where the schedule puts those festivals.
        assertThat(holidayRows.get(d("2025-01-28"))).isEqualTo("春节");        // 除夕 2025
        assertThat(WorkingCalendar.statutoryHolidays(2025)).contains(d("2025-01-28"), d("2025-01-31"),
                d("2025-04-04"), d("2025-05-31"), d("2025-10-06"));
        assertThat(WorkingCalendar.statutoryHolidays(2026)).contains(d("2026-02-16"), d("2026-02-19"),
                d("2026-04-05"), d("2026-06-19"), d("2026-09-25"));
        assertThat(holidayRows.get(d("2026-06-19"))).isEqualTo("端午节");
        assertThat(holidayRows.get(d("2026-09-25"))).isEqualTo("中秋节");
    }
}
