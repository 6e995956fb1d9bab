package org.zwfw.credit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Service;
import org.zwfw.identity.Identifiers;
import org.zwfw.engine.DecisionDesk;
import org.zwfw.kernel.BadRequestException;
import org.zwfw.kernel.FieldProblem;
import org.zwfw.lawbook.vocabulary.Fields;
import org.zwfw.kernel.NotFoundException;

/** Credit records in: the platform's CSV, single records, repairs; the sample records of the rules folder at start. */
@Service
public class CreditService implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(CreditService.class);
    static final Set<String> SEVERITIES = Set.of("MINOR", "SERIOUS", "FALSE_COMMITMENT");
    static final List<String> COLUMNS = List.of("subject_id", "record", "severity", "recorded_on", "repaired_on", "source");

    private final CreditRepository repo;
    /** The rule set in service (its sample records) and the transaction, as every family takes them. */
    private final DecisionDesk desk;

    public CreditService(CreditRepository repo, DecisionDesk desk) {
        this.repo = repo;
        this.desk = desk;
    }

    /** One credit record as callers send it. */
    public record Input(String subjectId, String record, String severity, String recordedOn, String repairedOn,
                        String source) {
        /** Masked: frameworks log request bodies at DEBUG, cut short where a pattern could no longer find the id. */
        @Override
        public String toString() {
            return "Input[subjectId=" + Identifiers.mask(subjectId) + ", record=" + record + ", severity=" + severity
                    + ", recordedOn=" + recordedOn + ", repairedOn=" + repairedOn + ", source=" + source + "]";
        }
    }

    /** What an import did: rows kept, rows already on file, and every bad row by line. */
    public record ImportReport(int imported, int duplicates, List<LineProblem> rejected) {}

    public record LineProblem(long line, String column, String message) {}

    /** Loads the sample records of rules/credit/credit-records.csv (idempotent: records on file are skipped). */
    @Override
    public void run(ApplicationArguments args) {
        int added = 0;
        for (var e : desk.rules().catalog().creditRecordsBySubject().entrySet()) {
            for (var r : e.getValue()) {
                if (repo.add(e.getKey(), r.record(), r.severity(), r.recordedOn(), r.repairedOn(),
                        r.source().isBlank() ? "sample" : r.source(), "sample-data", null).isPresent()) {
                    added++;
                }
            }
        }
        log.info("credit records: {} sample record(s) added from the rules folder", added);
    }

    /** Each request is checked in full before the store is touched: a bad one is a 400 even while it is down. */
    public CreditRepository.Stored add(Input in, String caller) {
        List<FieldProblem> errors = new ArrayList<>();
        Checked c = check(in, errors, JSON_FIELDS);
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return desk.inTransaction(() -> {
            long id = repo.add(in.subjectId().trim(), c.record, c.severity, c.recordedOn, c.repairedOn, c.source, caller,
                    null).orElseThrow(() -> new BadRequestException(List.of(
                            new FieldProblem("record", "this record is already on file"))));
            return repo.find(id).orElseThrow();
        });
    }

    public CreditRepository.Stored repair(long id, String date) {
        List<FieldProblem> errors = new ArrayList<>();
        LocalDate d = parseDate(date, "date", errors, true);
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return desk.inTransaction(() -> {
            CreditRepository.Stored s = repo.find(id).orElseThrow(() -> new NotFoundException("id",
                    "names no credit record", "no credit record " + id));
            if (d.isBefore(s.recordedOn())) {
                throw new BadRequestException(List.of(new FieldProblem("date", "is before the record's date "
                        + s.recordedOn())));
            }
            repo.repair(id, d);
            return repo.find(id).orElseThrow();
        });
    }

    /** A row that passed its checks, waiting to be stored. */
    private record Good(String subjectId, Checked checked) {}

    /**
     * The whole file is read and checked first; then all good rows land together in one transaction. Bad rows are
     * reported by line and column and nothing of them is kept.
     */
    public ImportReport importCsv(String csv, String caller) {
        List<LineProblem> rejected = new ArrayList<>();
        List<Good> good = new ArrayList<>();
        try (Reader in = new StringReader(csv);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                     .setIgnoreEmptyLines(true).get().parse(in)) {
            List<String> missing = new ArrayList<>(COLUMNS);
            missing.removeAll(p.getHeaderNames());
            if (!missing.isEmpty()) {
                throw new BadRequestException(List.of(new FieldProblem("body",
                        "CSV header lacks column(s) " + String.join(", ", missing))));
            }
            for (CSVRecord r : p) {
                long line = p.getCurrentLineNumber();
                List<FieldProblem> errors = new ArrayList<>();
                Input input = new Input(r.get("subject_id"), r.get("record"), r.get("severity"), r.get("recorded_on"),
                        r.get("repaired_on"), r.get("source"));
                Checked c = check(input, errors, CSV_COLUMNS);
                if (errors.isEmpty()) {
                    good.add(new Good(input.subjectId().trim(), c));
                } else {
                    errors.forEach(e -> rejected.add(new LineProblem(line, e.field(), e.message())));
                }
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new BadRequestException(List.of(new FieldProblem("body", "not a readable CSV file")));
        } catch (UncheckedIOException e) {
            // A broken quote part-way: nothing of the file is kept, the line is named.
            throw new BadRequestException(List.of(org.zwfw.kernel.BodyProblems.unreadableCsv(e)));
        }
        if (good.isEmpty()) {
            return new ImportReport(0, 0, rejected);
        }
        int imported = desk.inTransaction(() -> {
            int added = 0;
            for (Good g : good) {
                Checked c = g.checked();
                if (repo.add(g.subjectId(), c.record, c.severity, c.recordedOn, c.repairedOn, c.source, caller, null)
                        .isPresent()) {
                    added++;
                }
            }
            return added;
        });
        return new ImportReport(imported, good.size() - imported, rejected);
    }

    private record Checked(String record, String severity, LocalDate recordedOn, LocalDate repairedOn, String source) {}

    /**
     * What a problem calls each field: the name the caller used for it — the JSON member of a single record
     * ({@code subjectId}), the CSV column of an import ({@code subject_id}).
     */
    private record Names(String subjectId, String record, String severity, String recordedOn, String repairedOn,
                         String source) {}

    static final Names JSON_FIELDS = new Names("subjectId", "record", "severity", "recordedOn", "repairedOn", "source");
    static final Names CSV_COLUMNS = new Names(COLUMNS.get(0), COLUMNS.get(1), COLUMNS.get(2), COLUMNS.get(3),
            COLUMNS.get(4), COLUMNS.get(5));

    private static Checked check(Input in, List<FieldProblem> errors, Names names) {
        String id = in.subjectId() == null ? "" : in.subjectId().trim();
        if (id.isEmpty()) {
            errors.add(new FieldProblem(names.subjectId(), "is required"));
        } else if (!Identifiers.isValidCreditCode(id) && !Identifiers.isValidResidentId(id)) {
            errors.add(new FieldProblem(names.subjectId(), "is neither a valid 统一社会信用代码 nor a valid 身份证号"));
        }
        String record = neutralise(in.record());
        if (record.isEmpty()) {
            errors.add(new FieldProblem(names.record(), "is required"));
        } else if (record.length() > 200) {
            errors.add(new FieldProblem(names.record(), "is longer than 200 characters"));
        }
        String severity = in.severity() == null ? "" : in.severity().trim();
        if (!SEVERITIES.contains(severity)) {
            errors.add(new FieldProblem(names.severity(), "must be MINOR, SERIOUS or FALSE_COMMITMENT"));
        }
        LocalDate recorded = parseDate(in.recordedOn(), names.recordedOn(), errors, true);
        LocalDate repaired = parseDate(in.repairedOn(), names.repairedOn(), errors, false);
        if (recorded != null && repaired != null && repaired.isBefore(recorded)) {
            errors.add(new FieldProblem(names.repairedOn(), "is before " + names.recordedOn()));
        }
        String source = neutralise(in.source());
        if (source.length() > 100) {
            errors.add(new FieldProblem(names.source(), "is longer than 100 characters"));
        }
        return new Checked(record, severity, recorded, repaired, source.isEmpty() ? "信用平台" : source);
    }

    /** Text that a spreadsheet would run as a formula is stored with a leading apostrophe. */
    static String neutralise(String s) {
        return Fields.neutralise(s == null ? "" : s.trim());
    }

    private static LocalDate parseDate(String s, String field, List<FieldProblem> errors, boolean required) {
        return Fields.date(s == null ? null : s.trim(), field, required, errors);
    }
}
