package org.zwfw.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.zwfw.acceptance.AcceptanceEngine;
import org.zwfw.acceptance.AcceptanceQuery;
import org.zwfw.acceptance.AcceptanceResult;
import org.zwfw.engine.RuleSetHolder;
import org.zwfw.engine.RulesFolder;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Operators are warned before the holiday calendar runs out: readiness details and the zwfw.calendar.days.left gauge,
 * on a fixed clock (the sample calendar ends 2026-12-31). Adding the next year and reloading moves the horizon and
 * turns provisional answers into exact ones on the next request.
 */
class CalendarHorizonTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static RuleSetHolder sample;

    @BeforeAll
    static void load() {
        sample = new RuleSetHolder("rules");
    }

    static Clock on(String date) {
        return Clock.fixed(LocalDate.parse(date).atStartOfDay(SHANGHAI).plusHours(9).toInstant(), SHANGHAI);
    }

    static Health health(RuleSetHolder holder, String date) {
        return new RuleSetHealthIndicator(holder, on(date)).health();
    }

    @Test
    void moreThanSixtyDaysLeftIsReportedWithoutAWarning() {
        Health h = health(sample, "2026-10-31");
        assertThat(h.getStatus()).isEqualTo(Status.UP);
        assertThat(h.getDetails()).containsEntry("calendarEnds", "2026-12-31").containsEntry("calendarDaysLeft", 61L)
                .doesNotContainKey("calendarWarning");
    }

    @Test
    void sixtyDaysOrFewerLeftWarnsNamingTheYearToAdd() {
        Health h = health(sample, "2026-11-01");
        assertThat(h.getStatus()).isEqualTo(Status.UP);
        assertThat(h.getDetails()).containsEntry("calendarDaysLeft", 60L);
        assertThat((String) h.getDetails().get("calendarWarning")).contains("2026-12-31").contains("2027")
                .contains("cn-holidays.csv").contains("provisionally");
    }

    @Test
    void pastTheEndTheWarningSaysItEnded() {
        Health h = health(sample, "2027-01-05");
        assertThat(h.getDetails()).containsEntry("calendarDaysLeft", -5L);
        assertThat((String) h.getDetails().get("calendarWarning")).contains("ended on 2026-12-31");
    }

    @Test
    void theGaugeCountsTheDaysLeftOnTheClock() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new RuleSetMetrics(registry, sample, on("2026-12-04"));
        assertThat(registry.get("zwfw.calendar.days.left").gauge().value()).isEqualTo(27);
    }

    @Test
    void addingTheNextYearAndReloadingMovesTheHorizonAndAnswersExactly(@TempDir Path dir) {
        RulesFolder folder = RulesFolder.copyOfSample(dir);
        RuleSetHolder holder = new RuleSetHolder(folder.root().toString());
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new RuleSetMetrics(registry, holder, on("2026-12-04"));
        AcceptanceQuery q = new AcceptanceQuery("640100", "YC-SPJY-001", LocalDate.parse("2026-12-28"), "ORDINARY",
                "LEGAL_PERSON", "91640100MA76A1B2CR", java.util.Set.of(),
                java.util.Map.of("M01", "PROVIDED", "M03", "PROVIDED", "M04", "PROVIDED", "M05", "PROVIDED",
                        "M06", "PROVIDED"), false, null, "WINDOW", LocalDate.parse("2026-12-28"), false);
        AcceptanceResult before = new AcceptanceEngine().evaluate(holder.current(), q);
        assertThat(before.decision().isProvisional()).isTrue();
        assertThat(before.decision().getDueDate()).isEqualTo(LocalDate.parse("2027-01-05"));

        // Test rows, not the real 2027 schedule: 元旦 01-01..01-03 and a 调休 Saturday 01-09 (a Monday 01-04 off).
        folder.appendLines("calendar/cn-holidays.csv", "2027-01-01,HOLIDAY,元旦（测试数据）",
                "2027-01-02,HOLIDAY,元旦（测试数据）", "2027-01-03,HOLIDAY,元旦（测试数据）", "2027-01-04,HOLIDAY,元旦（测试数据）",
                "2027-01-09,WORKDAY,元旦（测试数据）");
        holder.reload();
        assertThat(registry.get("zwfw.calendar.days.left").gauge().value()).isEqualTo(27 + 365);
        assertThat(new RuleSetHealthIndicator(holder, on("2026-12-04")).health().getDetails())
                .containsEntry("calendarEnds", "2027-12-31").doesNotContainKey("calendarWarning");

        AcceptanceResult after = new AcceptanceEngine().evaluate(holder.current(), q);
        assertThat(after.decision().isProvisional()).isFalse();
        assertThat(after.firedRules()).doesNotContain("national.due-date.provisional-calendar");
        // 12-29, 12-30, 12-31, (01-01..01-04 off) 01-05, 01-06.
        assertThat(after.decision().getDueDate()).isEqualTo(LocalDate.parse("2027-01-06"));
    }
}
