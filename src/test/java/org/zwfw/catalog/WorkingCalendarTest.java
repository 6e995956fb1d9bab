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
import org.zwfw.ruleset.Problem;

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
}
