package org.zwfw.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case ledger: one row per case, and its events in order. */
@Repository
public class CaseRepository {

    public record Row(String caseId, OffsetDateTime openedAt, String jurisdiction, String matterCode,
                      String applicantHash, String applicantType, LocalDate asOf, String route, String outcome,
                      String state, LocalDate deadline, String lateConsequence, String missing, LocalDate rectifyBy,
                      String rulesetVersion, String decision, int rowVersion) {}

    public record Event(LocalDate date, OffsetDateTime recordedAt, String recordedBy, String kind, String detail,
                        String stateAfter, String reasons) {}

    private final JdbcClient jdbc;

    public CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Row r, String openedBy, String applicantMasked) {
        jdbc.sql("""
                        insert into case_file (case_id, opened_at, opened_by, jurisdiction, matter_code, applicant_hash,
                            applicant_masked, as_of, route, outcome, state, deadline, late_consequence, missing, rectify_by,
                            ruleset_version, decision, row_version)
                        values (:id, :at, :by, :j, :m, :h, :masked, :asOf, :route, :outcome, :state, :deadline, :late,
                            :missing, :rectify, :version, :decision, 0)""")
                .param("id", r.caseId()).param("at", OffsetDateTime.now(ZoneOffset.UTC)).param("by", openedBy)
                .param("j", r.jurisdiction()).param("m", r.matterCode()).param("h", r.applicantHash())
                .param("masked", applicantMasked).param("asOf", r.asOf()).param("route", r.route())
                .param("outcome", r.outcome()).param("state", r.state()).param("deadline", r.deadline())
                .param("late", r.lateConsequence()).param("missing", r.missing()).param("rectify", r.rectifyBy())
                .param("version", r.rulesetVersion()).param("decision", r.decision()).update();
    }

    /**
     * The two due dates a case was decided with (domain.md §7): the promised one of the 办事指南 and the legal one; the
     * supervision clock reads them.
     */
    public void setDueDates(String caseId, LocalDate promisedDue, LocalDate legalDue) {
        jdbc.sql("update case_file set promised_due = :p, legal_due = :l where case_id = :id")
                .param("p", promisedDue).param("l", legalDue).param("id", caseId).update();
    }

    /**
     * A 告知承诺 approval's verification duty (domain.md §3): the case clock supervises it from the decision; {@code due}
     * is the date the list row's days give, null where the row states no limit.
     */
    public void setVerificationDue(String caseId, LocalDate due) {
        jdbc.sql("update case_file set verification_required = true, verification_due = :d where case_id = :id")
                .param("d", due).param("id", caseId).update();
    }

    /** The first verification recorded on a case (a later one leaves it); late ones are recorded too. */
    public void recordVerification(String caseId, LocalDate on) {
        jdbc.sql("update case_file set verified_on = :on where case_id = :id and verified_on is null")
                .param("on", on).param("id", caseId).update();
    }

    /** The verification duty of a case: its due date (null: no limit on file) and when it was verified, if it runs. */
    public record VerificationDuty(LocalDate due, LocalDate verifiedOn) {}

    public Optional<VerificationDuty> verificationDuty(String caseId) {
        return jdbc.sql("select verification_due, verified_on from case_file where case_id = :id"
                        + " and verification_required").param("id", caseId)
                .query((rs, n) -> new VerificationDuty(rs.getObject("verification_due", LocalDate.class),
                        rs.getObject("verified_on", LocalDate.class))).optional();
    }

    /** A case opened for a 一件事一次办 bundle: the bundle's code and its matters with their outcomes, in order. */
    public record BundleMatter(String matterCode, String outcome) {}

    public void markBundle(String caseId, String bundleCode, List<BundleMatter> matters) {
        jdbc.sql("update case_file set bundle_code = :b where case_id = :id").param("b", bundleCode)
                .param("id", caseId).update();
        for (int i = 0; i < matters.size(); i++) {
            jdbc.sql("insert into case_matter (case_id, position, matter_code, outcome) values (:id, :p, :m, :o)")
                    .param("id", caseId).param("p", i).param("m", matters.get(i).matterCode())
                    .param("o", matters.get(i).outcome()).update();
        }
    }

    /** The bundle a case was opened for (empty for a case of one matter). */
    public Optional<String> bundleOf(String caseId) {
        return jdbc.sql("select bundle_code from case_file where case_id = :id and bundle_code is not null")
                .param("id", caseId).query(String.class).optional();
    }

    public List<BundleMatter> mattersOf(String caseId) {
        return jdbc.sql("select matter_code, outcome from case_matter where case_id = :id order by position")
                .param("id", caseId)
                .query((rs, n) -> new BundleMatter(rs.getString("matter_code"), rs.getString("outcome"))).list();
    }

    public Optional<Row> find(String caseId) {
        return jdbc.sql("select * from case_file where case_id = :id").param("id", caseId)
                .query((rs, n) -> new Row(rs.getString("case_id"), rs.getObject("opened_at", OffsetDateTime.class),
                        rs.getString("jurisdiction"), rs.getString("matter_code"), rs.getString("applicant_hash"),
                        null, rs.getObject("as_of", LocalDate.class), rs.getString("route"), rs.getString("outcome"),
                        rs.getString("state"), rs.getObject("deadline", LocalDate.class),
                        rs.getString("late_consequence"), rs.getString("missing"),
                        rs.getObject("rectify_by", LocalDate.class), rs.getString("ruleset_version"),
                        rs.getString("decision"), rs.getInt("row_version")))
                .optional();
    }

    /** Moves a case on; false if another writer moved it first (the caller retries or answers 409). */
    public boolean update(String caseId, int expectedVersion, String state, String missing, LocalDate rectifyBy) {
        return jdbc.sql("""
                        update case_file set state = :state, missing = :missing, rectify_by = :rectify,
                            row_version = row_version + 1
                        where case_id = :id and row_version = :v""")
                .param("state", state).param("missing", missing).param("rectify", rectifyBy)
                .param("id", caseId).param("v", expectedVersion).update() == 1;
    }

    public void addEvent(String caseId, LocalDate date, String by, String kind, String detail, String stateAfter,
                         String reasons) {
        jdbc.sql("""
                        insert into case_event (case_id, event_date, recorded_at, recorded_by, kind, detail, state_after, reasons)
                        values (:id, :d, :at, :by, :kind, :detail, :state, :reasons)""")
                .param("id", caseId).param("d", date).param("at", OffsetDateTime.now(ZoneOffset.UTC)).param("by", by)
                .param("kind", kind).param("detail", detail).param("state", stateAfter).param("reasons", reasons)
                .update();
    }

    public List<Event> events(String caseId) {
        return jdbc.sql("select * from case_event where case_id = :id order by id").param("id", caseId)
                .query((rs, n) -> new Event(rs.getObject("event_date", LocalDate.class),
                        rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("recorded_by"),
                        rs.getString("kind"), rs.getString("detail"), rs.getString("state_after"),
                        rs.getString("reasons")))
                .list();
    }
}
