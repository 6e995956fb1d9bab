package org.zwfw.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.zwfw.cases.CaseRepository;
import org.zwfw.engine.DecisionDesk;
import org.zwfw.engine.RuleSetHolder;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Issue 16 item 6, measured rather than assumed: 1,000,000 open cases (each with its OPENED event) in PostgreSQL
 * across four jurisdictions, and the supervisors' question for one jurisdiction through {@link ClockService#list} —
 * the range read on the V6 indexes, each candidate's history and procedures, and the clock rules. Opt-in (it loads a
 * million rows): {@code mvn -q test -Dtest=SupervisionScaleTest -Dzwfw.scale=true}; the figures it prints are recorded
 * in docs/performance.md.
 */
@EnabledIfSystemProperty(named = "zwfw.scale", matches = "true")
class SupervisionScaleTest {
    static EmbeddedPostgres pg;
    static DataSource ds;
    static JdbcClient jdbc;

    @BeforeAll
    static void load() throws IOException {
        pg = EmbeddedPostgres.builder().start();
        // Pooled, as the service's own data source is (a new PostgreSQL connection per query costs tens of ms).
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(4);
        ds = new com.zaxxer.hikari.HikariDataSource(config);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(ds);
        long t0 = System.nanoTime();
        jdbc.sql("""
                insert into case_file (case_id, opened_at, opened_by, jurisdiction, matter_code, applicant_hash,
                    applicant_masked, as_of, route, outcome, state, missing, ruleset_version, decision, row_version,
                    promised_due, legal_due)
                select 'CASE-S' || g, now(), 'scale', (array['410700','640100','610100','640303'])[1 + g % 4],
                    (array['XX-SPJY-001','YC-SPJY-001','XA-SPJY-001','HSB-X'])[1 + g % 4], md5(g::text), '9***',
                    date '2025-01-01' + (g % 700), 'ORDINARY', 'ACCEPT', 'ACCEPTED', '[]', 'scale', '{}', 0,
                    date '2025-01-01' + (g % 700) + 7, date '2025-01-01' + (g % 700) + 14
                from generate_series(1, 1000000) g""").update();
        jdbc.sql("""
                insert into case_event (case_id, event_date, recorded_at, recorded_by, kind, detail, state_after, reasons)
                select case_id, as_of, now(), 'scale', 'OPENED', 'ACCEPT', 'ACCEPTED', '[]' from case_file""").update();
        jdbc.sql("analyze").update();
        System.out.printf("scale: 1,000,000 cases and events loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    @AfterAll
    static void stop() throws IOException {
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void oneJurisdictionsOverdueAndDueSoonCasesAnswerWithinOneSecond() {
        RuleSetHolder rules = new RuleSetHolder("rules");
        CaseRepository cases = new CaseRepository(jdbc);
        ClockService clock = new ClockService(new SupervisionRepository(jdbc), cases, null,
                new DecisionDesk(rules, null, null, new JdbcTransactionManager(ds)));
        List<String> plan = jdbc.sql("""
                explain analyze select case_id from case_file where as_of <= date '2026-06-30'
                  and (promised_due is not null or legal_due is not null)
                  and (completed_on is null or completed_on > date '2026-06-30') and jurisdiction = '410700'
                  and (promised_due < date '2026-06-30' or legal_due < date '2026-06-30')
                order by promised_due, case_id limit 500""").query(String.class).list();
        plan.forEach(l -> System.out.println("scale plan: " + l));
        for (String status : new String[] {"OVERDUE", "DUE_SOON"}) {
            String jurisdiction = "OVERDUE".equals(status) ? "410700" : "610100";
            clock.list(new ClockService.CaseQuery("2026-06-30", status, jurisdiction, null, null, null, null, null)); // warm
            long best = Long.MAX_VALUE;
            int n = 0;
            for (int i = 0; i < 5; i++) {
                long t = System.nanoTime();
                n = clock.list(new ClockService.CaseQuery("2026-06-30", status, jurisdiction, null, null, null, null, null)).cases().size();
                best = Math.min(best, System.nanoTime() - t);
            }
            System.out.printf("scale: %s %s on 2026-06-30: %d cases in %.0f ms (best of 5)%n", status, jurisdiction, n,
                    best / 1e6);
            assertThat(n).isPositive();
            assertThat(best / 1e6).as(status + " ms").isLessThan(1000);
        }
    }
}
