package org.zwfw.platform.audit;

import org.zwfw.acceptance.AcceptanceService;
import org.zwfw.engine.DecisionLog;
import org.zwfw.fees.FeeService;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonRawValue;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only log of decisions (acceptance, fee, services). Requests are stored with the applicant's identifier
 * replaced by its hash. A decision logged on its own is group-committed ({@link #appendCommitted}); one logged with a
 * case is appended in the case's transaction ({@link #append}).
 */
@Repository
public class DecisionAuditLog implements DecisionLog {

    /** One logged decision, as auditors read it. */
    public record Entry(long id, String kind, OffsetDateTime decidedAt, String caller, String jurisdiction,
                        String matterCode, LocalDate asOf, String route, String outcome, String applicantHash,
                        String rulesetVersion, @JsonRawValue String reasons, @JsonRawValue String request,
                        String caseId) {}

    /** What an auditor filters on; any field may be null. */
    public record Filter(String kind, LocalDate from, LocalDate to, String matterCode, String outcome,
                         String applicantHash, int limit) {}

    /** Which question a logged decision answers. */
    public static final String ACCEPTANCE = AcceptanceService.LOG_KIND;
    public static final String FEE = FeeService.LOG_KIND;

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static final String INSERT = """
            insert into decision_audit (kind, decided_at, caller, jurisdiction, matter_code, as_of, route, outcome,
                applicant_hash, ruleset_version, reasons, request, case_id)
            values (:kind, :at, :caller, :jurisdiction, :matter, :asOf, :route, :outcome, :applicant, :version,
                :reasons, :request, :caseId)
            """;

    /** Rows written in one transaction at most; more waiting go in the next one. */
    static final int MAX_BATCH = 256;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final JsonMapper json;
    private final GroupCommit<SqlParameterSource> groupCommit;

    public DecisionAuditLog(JdbcClient jdbc, NamedParameterJdbcTemplate named, PlatformTransactionManager transactions) {
        this(jdbc, named, transactions, Duration.ZERO);
    }

    /**
     * {@code linger}: under load, how long a transaction of the group commit waits for more decisions once it has its
     * first ({@link GroupCommit}); {@code zwfw.audit.group-commit-linger}, zero to commit at once always.
     */
    @Autowired
    public DecisionAuditLog(JdbcClient jdbc, NamedParameterJdbcTemplate named, PlatformTransactionManager transactions,
                            @Value("${zwfw.audit.group-commit-linger:2ms}") Duration linger) {
        this.jdbc = jdbc;
        this.named = named;
        this.json = JsonMapper.builder().build();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        this.groupCommit = new GroupCommit<>("decision-audit-writer", MAX_BATCH, linger,
                rows -> tx.executeWithoutResult(status -> named.batchUpdate(INSERT,
                        rows.toArray(SqlParameterSource[]::new))));
    }

    @Override
    public long append(Logged d) {
        return named.update(INSERT, row(d));
    }

    /**
     * Group commit: the row is made here, on the caller's thread (its JSON too), and written with the rows of the
     * other decisions waiting at the same moment in one transaction ({@link GroupCommit}); returns once that
     * transaction committed.
     */
    @Override
    public void appendCommitted(Logged d) {
        groupCommit.commit(row(d));
    }

    /** Decisions handed in and not yet taken by the writer (tests). */
    int waiting() {
        return groupCommit.waiting();
    }

    /** Stops the writer once the rows already handed in are written (the application stopping). */
    @PreDestroy
    public void close() {
        groupCommit.close();
    }

    private SqlParameterSource row(Logged d) {
        return new MapSqlParameterSource()
                .addValue("kind", d.kind())
                .addValue("at", OffsetDateTime.now(ZoneOffset.UTC))
                .addValue("caller", d.caller())
                // The codes as the validators accepted them: they compare codes with surrounding spaces trimmed.
                .addValue("jurisdiction", d.jurisdiction() == null ? null : d.jurisdiction().strip())
                .addValue("matter", d.matterCode() == null ? null : d.matterCode().strip())
                .addValue("asOf", d.asOf())
                .addValue("route", d.route())
                .addValue("outcome", d.outcome())
                .addValue("applicant", d.applicantHash())
                .addValue("version", d.rulesetVersion())
                .addValue("reasons", json.writeValueAsString(d.reasons()))
                .addValue("request", json.writeValueAsString(d.hashedRequest()))
                .addValue("caseId", d.caseId());
    }

    public List<Entry> find(Filter f) {
        StringBuilder sql = new StringBuilder("select * from decision_audit where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.kind() != null) {
            sql.append(" and kind = ?");
            args.add(f.kind());
        }
        if (f.from() != null) {
            sql.append(" and decided_at >= ?");
            args.add(f.from().atStartOfDay(SHANGHAI).toOffsetDateTime());
        }
        if (f.to() != null) {
            sql.append(" and decided_at < ?");
            args.add(f.to().plusDays(1).atStartOfDay(SHANGHAI).toOffsetDateTime());
        }
        if (f.matterCode() != null) {
            sql.append(" and matter_code = ?");
            args.add(f.matterCode());
        }
        if (f.outcome() != null) {
            sql.append(" and outcome = ?");
            args.add(f.outcome());
        }
        if (f.applicantHash() != null) {
            sql.append(" and applicant_hash = ?");
            args.add(f.applicantHash());
        }
        sql.append(" order by id desc limit ").append(Math.max(1, Math.min(f.limit(), 1000)));
        return jdbc.sql(sql.toString()).params(args).query((rs, n) -> new Entry(rs.getLong("id"), rs.getString("kind"),
                rs.getObject("decided_at", OffsetDateTime.class), rs.getString("caller"), rs.getString("jurisdiction"),
                rs.getString("matter_code"), rs.getObject("as_of", LocalDate.class), rs.getString("route"),
                rs.getString("outcome"), rs.getString("applicant_hash"), rs.getString("ruleset_version"),
                rs.getString("reasons"), rs.getString("request"), rs.getString("case_id"))).list();
    }
}
