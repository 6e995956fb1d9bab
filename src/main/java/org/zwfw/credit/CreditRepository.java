package org.zwfw.credit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zwfw.catalog.CreditRecord;
import org.zwfw.identity.IdentifierHasher;
import org.zwfw.identity.Identifiers;

/** Credit records by subject hash. Every read for a subject is itself recorded (who, when, why). */
@Repository
public class CreditRepository {

    /** A stored record as the API shows it (the subject masked, never in clear). */
    public record Stored(long id, String subjectMasked, String subjectHash, String record, String severity,
                         LocalDate recordedOn, LocalDate repairedOn, String source, String caseId) {}

    private final JdbcClient jdbc;
    private final IdentifierHasher hasher;

    public CreditRepository(JdbcClient jdbc, IdentifierHasher hasher) {
        this.jdbc = jdbc;
        this.hasher = hasher;
    }

    /** The subject's records as facts for the rules; the read is audited with its purpose. */
    public List<CreditRecord> readFor(String subjectId, String caller, String purpose) {
        return readForHash(hasher.hash(subjectId), caller, purpose);
    }

    /** The same for a subject known only by its keyed hash (a decision replayed from the audit log). */
    public List<CreditRecord> readForHash(String hash, String caller, String purpose) {
        jdbc.sql("insert into credit_read_audit (read_at, caller, subject_hash, purpose) values (:at, :caller, :h, :p)")
                .param("at", OffsetDateTime.now(ZoneOffset.UTC)).param("caller", caller).param("h", hash)
                .param("p", purpose.length() > 200 ? purpose.substring(0, 200) : purpose).update();
        return jdbc.sql("select record, severity, recorded_on, repaired_on, source from credit_record where subject_hash = :h order by recorded_on, id")
                .param("h", hash)
                .query((rs, n) -> new CreditRecord(rs.getString("record"), rs.getString("severity"),
                        rs.getObject("recorded_on", LocalDate.class), rs.getObject("repaired_on", LocalDate.class),
                        rs.getString("source")))
                .list();
    }

    public List<Stored> listFor(String subjectId, String caller, String purpose) {
        String hash = hasher.hash(subjectId);
        readFor(subjectId, caller, purpose);
        return jdbc.sql("select * from credit_record where subject_hash = :h order by recorded_on, id").param("h", hash)
                .query((rs, n) -> stored(rs)).list();
    }

    public List<ReadAudit> readsOf(String subjectId) {
        return jdbc.sql("select read_at, caller, purpose from credit_read_audit where subject_hash = :h order by id")
                .param("h", hasher.hash(subjectId))
                .query((rs, n) -> new ReadAudit(rs.getObject("read_at", OffsetDateTime.class), rs.getString("caller"),
                        rs.getString("purpose"))).list();
    }

    public record ReadAudit(OffsetDateTime readAt, String caller, String purpose) {}

    /**
     * Adds a record unless the same one (subject, record, severity, date, source) is already there. The unique index
     * decides, not a read before the insert: two replicas importing the same record at once store it once, and the
     * second is told it was a duplicate.
     */
    public Optional<Long> add(String subjectId, String record, String severity, LocalDate recordedOn,
                              LocalDate repairedOn, String source, String caller, String caseId) {
        String hash = hasher.hash(subjectId);
        int inserted = jdbc.sql("""
                        insert into credit_record (subject_hash, subject_masked, record, severity, recorded_on, repaired_on,
                            source, created_at, created_by, case_id)
                        values (:h, :m, :r, :s, :d, :rep, :src, :at, :by, :case)
                        on conflict do nothing""")
                .param("h", hash).param("m", Identifiers.mask(subjectId)).param("r", record).param("s", severity)
                .param("d", recordedOn).param("rep", repairedOn).param("src", source)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC)).param("by", caller).param("case", caseId).update();
        if (inserted == 0) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                        select id from credit_record where subject_hash = :h and record = :r and severity = :s
                            and recorded_on = :d and source = :src""")
                .param("h", hash).param("r", record).param("s", severity).param("d", recordedOn).param("src", source)
                .query(Long.class).single());
    }

    /** A record the service itself finds (a false commitment), for a subject known only by its hash. */
    public void addForHash(String subjectHash, String record, String severity, LocalDate recordedOn, String source,
                           String caller, String caseId) {
        jdbc.sql("""
                        insert into credit_record (subject_hash, subject_masked, record, severity, recorded_on, repaired_on,
                            source, created_at, created_by, case_id)
                        values (:h, :m, :r, :s, :d, null, :src, :at, :by, :case)""")
                .param("h", subjectHash).param("m", "(case " + caseId.substring(0, Math.min(caseId.length(), 13)) + ")")
                .param("r", record).param("s", severity).param("d", recordedOn).param("src", source)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC)).param("by", caller).param("case", caseId).update();
    }

    public Optional<Stored> find(long id) {
        return jdbc.sql("select * from credit_record where id = :id").param("id", id).query((rs, n) -> stored(rs)).optional();
    }

    public void repair(long id, LocalDate date) {
        jdbc.sql("update credit_record set repaired_on = :d where id = :id").param("d", date).param("id", id).update();
    }

    private static Stored stored(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Stored(rs.getLong("id"), rs.getString("subject_masked"), rs.getString("subject_hash"),
                rs.getString("record"), rs.getString("severity"), rs.getObject("recorded_on", LocalDate.class),
                rs.getObject("repaired_on", LocalDate.class), rs.getString("source"), rs.getString("case_id"));
    }
}
