package org.zwfw.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The supervision reads and writes of the ledger: each case's clock columns (case_file) and the 好差评 reviews. The
 * clock query is a range read on one jurisdiction's due dates (indexes of V6), never a decision per stored case.
 */
@Repository
public class SupervisionRepository {

    /** A case's clock as stored: the dates it was decided with and the changes made to them. */
    public record ClockRow(String caseId, String jurisdiction, String matterCode, String state, String outcome,
                           LocalDate openedOn, LocalDate deadline, LocalDate promisedDue, LocalDate legalDue,
                           LocalDate legalDueExtended, LocalDate extendedOn, LocalDate completedOn, int rowVersion,
                           boolean verificationRequired, LocalDate verificationDue, LocalDate verifiedOn) {

        /** A 告知承诺 approval whose verification had not been recorded by {@code asOf}. */
        public boolean verificationPendingOn(LocalDate asOf) {
            return verificationRequired && (verifiedOn == null || verifiedOn.isAfter(asOf));
        }

        /** The legal due date in force on a date: the extended one from the day the extension was granted. */
        public LocalDate legalDueOn(LocalDate asOf) {
            return extendedOn != null && !extendedOn.isAfter(asOf) ? legalDueExtended : legalDue;
        }

        public boolean extendedBy(LocalDate asOf) {
            return extendedOn != null && !extendedOn.isAfter(asOf);
        }

        public LocalDate completedBy(LocalDate asOf) {
            return completedOn != null && !completedOn.isAfter(asOf) ? completedOn : null;
        }
    }

    /** What the supervisors ask: open on asOf, in a jurisdiction, of a matter, accepted between two dates. */
    public record ClockQuery(LocalDate asOf, String jurisdiction, String matterCode, LocalDate acceptedFrom,
                             LocalDate acceptedTo, boolean overdueOnly, LocalDate dueSoonUntil, int limit,
                             Paging.Key after) {}

    private static final String CLOCK_COLUMNS = """
            case_id, jurisdiction, matter_code, state, outcome, as_of, deadline, promised_due, legal_due,
            legal_due_extended, extended_on, completed_on, row_version, verification_required, verification_due,
            verified_on""";

    private final JdbcClient jdbc;

    public SupervisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static ClockRow clockRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ClockRow(rs.getString("case_id"), rs.getString("jurisdiction"), rs.getString("matter_code"),
                rs.getString("state"), rs.getString("outcome"), rs.getObject("as_of", LocalDate.class),
                rs.getObject("deadline", LocalDate.class), rs.getObject("promised_due", LocalDate.class),
                rs.getObject("legal_due", LocalDate.class), rs.getObject("legal_due_extended", LocalDate.class),
                rs.getObject("extended_on", LocalDate.class), rs.getObject("completed_on", LocalDate.class),
                rs.getInt("row_version"), rs.getBoolean("verification_required"),
                rs.getObject("verification_due", LocalDate.class), rs.getObject("verified_on", LocalDate.class));
    }

    public Optional<ClockRow> clock(String caseId) {
        return jdbc.sql("select " + CLOCK_COLUMNS + " from case_file where case_id = :id").param("id", caseId)
                .query((rs, n) -> clockRow(rs)).optional();
    }

    /**
     * The cases on the clock that may answer the query on {@code asOf}: accepted by then, not completed by then, with a
     * due date or a verification duty not yet met by then, and — for overdue — a due date (or the verification's)
     * before it, or — for due soon — a promised date from it up to {@code dueSoonUntil}.
     * The rules then decide each; the rows are ordered by promised date.
     */
    public List<ClockRow> candidates(ClockQuery q) {
        StringBuilder common = new StringBuilder(" from case_file where as_of <= :asOf"
                + " and (promised_due is not null or legal_due is not null"
                + " or (verification_required and (verified_on is null or verified_on > :asOf)))"
                + " and (completed_on is null or completed_on > :asOf)");
        if (q.jurisdiction() != null) {
            common.append(" and jurisdiction = :j");
        }
        if (q.matterCode() != null) {
            common.append(" and matter_code = :m");
        }
        if (q.acceptedFrom() != null) {
            common.append(" and as_of >= :from");
        }
        if (q.acceptedTo() != null) {
            common.append(" and as_of <= :to");
        }
        // Keyset paging on (promised_due nulls last, case_id): the rows after the last one read.
        if (q.after() != null && q.after().date() != null) {
            common.append(" and (promised_due > :afterDate or (promised_due = :afterDate and case_id > :afterId)"
                    + " or promised_due is null)");
        } else if (q.after() != null) {
            common.append(" and promised_due is null and case_id > :afterId");
        }
        StringBuilder sql = new StringBuilder("select " + CLOCK_COLUMNS + common);
        if (q.overdueOnly()) {
            sql.append(" and (promised_due < :asOf or legal_due < :asOf"
                    + " or (verification_due < :asOf and (verified_on is null or verified_on > :asOf)))");
        } else if (q.dueSoonUntil() != null) {
            // The range on the index; and a stored date before asOf only where a special procedure may have pushed it
            // on (the rules decide each).
            sql.append(" and ((promised_due >= :asOf and promised_due <= :until)"
                    + " or (promised_due is null and legal_due >= :asOf and legal_due <= :until))"
                    + " union select " + CLOCK_COLUMNS + common
                    + " and promised_due < :asOf and case_id in (select case_id from case_procedure)");
        }
        sql.append(" order by promised_due nulls last, case_id limit :limit");
        JdbcClient.StatementSpec s = jdbc.sql(sql.toString()).param("asOf", q.asOf()).param("limit", q.limit());
        if (q.after() != null) {
            s = s.param("afterId", q.after().id());
            if (q.after().date() != null) {
                s = s.param("afterDate", q.after().date());
            }
        }
        if (q.jurisdiction() != null) {
            s = s.param("j", q.jurisdiction());
        }
        if (q.matterCode() != null) {
            s = s.param("m", q.matterCode());
        }
        if (q.acceptedFrom() != null) {
            s = s.param("from", q.acceptedFrom());
        }
        if (q.acceptedTo() != null) {
            s = s.param("to", q.acceptedTo());
        }
        if (!q.overdueOnly() && q.dueSoonUntil() != null) {
            s = s.param("until", q.dueSoonUntil());
        }
        return s.query((rs, n) -> clockRow(rs)).list();
    }

    /** Records an extension (the legal date only); false if another writer changed the case first. */
    public boolean extend(String caseId, int expectedVersion, LocalDate legalDue, LocalDate on) {
        return jdbc.sql("""
                        update case_file set legal_due_extended = :l, extended_on = :on, row_version = row_version + 1
                        where case_id = :id and row_version = :v and extended_on is null""")
                .param("l", legalDue).param("on", on).param("id", caseId).param("v", expectedVersion).update() == 1;
    }

    /** Records completion; false if another writer changed the case first. */
    public boolean complete(String caseId, int expectedVersion, LocalDate on) {
        return jdbc.sql("""
                        update case_file set completed_on = :on, state = 'COMPLETED', row_version = row_version + 1
                        where case_id = :id and row_version = :v and completed_on is null""")
                .param("on", on).param("id", caseId).param("v", expectedVersion).update() == 1;
    }

    /** A special procedure recorded on a case: the days it pushes the due dates on, from its first day. */
    public record Procedure(String kind, LocalDate from, LocalDate to, int excludedDays) {}

    public void addProcedure(String caseId, Procedure p, String by) {
        jdbc.sql("""
                        insert into case_procedure (case_id, kind, from_date, to_date, excluded_days, recorded_at, recorded_by)
                        values (:id, :k, :f, :t, :n, :at, :by)""")
                .param("id", caseId).param("k", p.kind()).param("f", p.from()).param("t", p.to())
                .param("n", p.excludedDays()).param("at", OffsetDateTime.now(ZoneOffset.UTC)).param("by", by).update();
    }

    public List<Procedure> procedures(String caseId) {
        return jdbc.sql("select kind, from_date, to_date, excluded_days from case_procedure where case_id = :id order by id")
                .param("id", caseId)
                .query((rs, n) -> new Procedure(rs.getString("kind"), rs.getObject("from_date", LocalDate.class),
                        rs.getObject("to_date", LocalDate.class), rs.getInt("excluded_days"))).list();
    }

    /** Bumps the case's version so a concurrent change to its clock is refused. */
    public boolean touch(String caseId, int expectedVersion) {
        return jdbc.sql("update case_file set row_version = row_version + 1 where case_id = :id and row_version = :v")
                .param("id", caseId).param("v", expectedVersion).update() == 1;
    }

    // 好差评

    public record ReviewRow(String reviewId, String jurisdiction, String matterCode, String caseId, String channel,
                            LocalDate date, String rating, boolean realName, LocalDate callbackDue, String reasons,
                            LocalDate callbackOn, String finding, String rectification, LocalDate rectifiedOn,
                            LocalDate rectifyBy, LocalDate feedbackOn, int rowVersion) {}

    public void insertReview(ReviewRow r, String reviewerHash, String by) {
        jdbc.sql("""
                        insert into review (review_id, created_at, created_by, jurisdiction, matter_code, case_id, channel,
                            review_date, rating, real_name, reviewer_hash, callback_due, reasons, row_version)
                        values (:id, :at, :by, :j, :m, :c, :ch, :d, :r, :rn, :h, :due, :reasons, 0)""")
                .param("id", r.reviewId()).param("at", OffsetDateTime.now(ZoneOffset.UTC)).param("by", by)
                .param("j", r.jurisdiction()).param("m", r.matterCode()).param("c", r.caseId())
                .param("ch", r.channel()).param("d", r.date()).param("r", r.rating()).param("rn", r.realName())
                .param("h", reviewerHash).param("due", r.callbackDue()).param("reasons", r.reasons()).update();
    }

    private static ReviewRow reviewRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ReviewRow(rs.getString("review_id"), rs.getString("jurisdiction"), rs.getString("matter_code"),
                rs.getString("case_id"), rs.getString("channel"), rs.getObject("review_date", LocalDate.class),
                rs.getString("rating"), rs.getBoolean("real_name"), rs.getObject("callback_due", LocalDate.class),
                rs.getString("reasons"), rs.getObject("callback_on", LocalDate.class), rs.getString("finding"),
                rs.getString("rectification"), rs.getObject("rectified_on", LocalDate.class),
                rs.getObject("rectify_by", LocalDate.class), rs.getObject("feedback_on", LocalDate.class),
                rs.getInt("row_version"));
    }

    public Optional<ReviewRow> review(String reviewId) {
        return jdbc.sql("select * from review where review_id = :id").param("id", reviewId)
                .query((rs, n) -> reviewRow(rs)).optional();
    }

    /**
     * Reviews made by {@code asOf}; with {@code lateOnly} those whose callback was due before it and not made by its
     * due date, or whose set rectification date passed before it without feedback by then (the rules then decide).
     */
    public List<ReviewRow> reviews(LocalDate asOf, String jurisdiction, boolean lateOnly, int limit, Paging.Key after) {
        StringBuilder sql = new StringBuilder("select * from review where review_date <= :asOf");
        if (after != null) {
            sql.append(" and (review_date > :afterDate or (review_date = :afterDate and review_id > :afterId))");
        }
        if (jurisdiction != null) {
            sql.append(" and jurisdiction = :j");
        }
        if (lateOnly) {
            sql.append(" and ((callback_due < :asOf and (callback_on is null or callback_on > callback_due))"
                    + " or (rectify_by < :asOf and (feedback_on is null or feedback_on > rectify_by)))");
        }
        sql.append(" order by review_date, review_id limit :limit");
        JdbcClient.StatementSpec s = jdbc.sql(sql.toString()).param("asOf", asOf).param("limit", limit);
        if (jurisdiction != null) {
            s = s.param("j", jurisdiction);
        }
        if (after != null) {
            s = s.param("afterDate", after.date()).param("afterId", after.id());
        }
        return s.query((rs, n) -> reviewRow(rs)).list();
    }

    public boolean callback(String reviewId, int v, LocalDate on, String finding) {
        return jdbc.sql("""
                        update review set callback_on = :on, finding = :f, row_version = row_version + 1
                        where review_id = :id and row_version = :v""")
                .param("on", on).param("f", finding).param("id", reviewId).param("v", v).update() == 1;
    }

    public boolean rectification(String reviewId, int v, String kind, LocalDate on, LocalDate by) {
        return jdbc.sql("""
                        update review set rectification = :k, rectified_on = :on, rectify_by = :by,
                            row_version = row_version + 1
                        where review_id = :id and row_version = :v""")
                .param("k", kind).param("on", on).param("by", by).param("id", reviewId).param("v", v).update() == 1;
    }

    public boolean feedback(String reviewId, int v, LocalDate on) {
        return jdbc.sql("""
                        update review set feedback_on = :on, row_version = row_version + 1
                        where review_id = :id and row_version = :v""")
                .param("on", on).param("id", reviewId).param("v", v).update() == 1;
    }
}
