package org.zwfw.platform.audit;

import org.zwfw.acceptance.AcceptanceService;
import org.zwfw.engine.DecisionLog;
import org.zwfw.fees.FeeService;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only log of decisions (acceptance and fee). Requests are stored with the applicant's identifier replaced
 * by its hash.
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

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public DecisionAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.json = JsonMapper.builder().build();
    }

    @Override
    public long append(Logged d) {
        return insert(d.kind(), d.caller(), d.jurisdiction(), d.matterCode(), d.asOf(), d.route(), d.outcome(),
                d.applicantHash(), d.rulesetVersion(), d.reasons(), d.hashedRequest(), d.caseId());
    }

    private long insert(String kind, String caller, String jurisdiction, String matterCode, LocalDate asOf,
                        String route, String outcome, String applicantHash, String version, Object reasons,
                        Object hashedRequest, String caseId) {
        return jdbc.sql("""
                        insert into decision_audit (kind, decided_at, caller, jurisdiction, matter_code, as_of, route,
                            outcome, applicant_hash, ruleset_version, reasons, request, case_id)
                        values (:kind, :at, :caller, :jurisdiction, :matter, :asOf, :route, :outcome, :applicant,
                            :version, :reasons, :request, :caseId)
                        """)
                .param("kind", kind)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .param("caller", caller)
                // The codes as the validators accepted them: they compare codes with surrounding spaces trimmed.
                .param("jurisdiction", jurisdiction == null ? null : jurisdiction.strip())
                .param("matter", matterCode == null ? null : matterCode.strip())
                .param("asOf", asOf)
                .param("route", route)
                .param("outcome", outcome)
                .param("applicant", applicantHash)
                .param("version", version)
                .param("reasons", json.writeValueAsString(reasons))
                .param("request", json.writeValueAsString(hashedRequest))
                .param("caseId", caseId)
                .update();
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
