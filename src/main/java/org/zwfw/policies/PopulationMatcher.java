package org.zwfw.policies;

import java.io.IOException;
import java.io.Reader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.zwfw.policies.PolicyEngine;
import java.io.UncheckedIOException;
import java.util.HashSet;
import org.zwfw.kernel.BodyTooLargeException;
import org.zwfw.policies.PolicyTables;
import org.zwfw.policies.subject.Subject;
import org.zwfw.policies.SubjectBinder;
import org.zwfw.policies.SubjectDictionary;
import org.zwfw.policies.facts.PolicyMatches;
import org.zwfw.engine.RuleSet;
import org.zwfw.kernel.FieldProblem;
import org.zwfw.lawbook.vocabulary.Fields;

/**
 * Streams a population CSV through the policy rules and writes a CSV of matches, in input order, with constant
 * memory: batches of {@value #BATCH} subjects go to one worker per core (each with its own rule session), at most a
 * few batches in flight. A bad row is written as an error row with its line number and the run goes on.
 * Output columns: {@code line,key,policy,tier,amount,unit,error}.
 */
public final class PopulationMatcher {
    public static final int BATCH = 1000;
    public static final List<String> OUTPUT = List.of("line", "key", "policy", "tier", "amount", "unit", "error");
    private static final CSVFormat OUT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
    /** The population CSV as read: the header check (checkHeader) reads it the same way. */
    public static final CSVFormat IN = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).get();

    /** Totals of a run (or of the part of it this call did, when resuming). */
    public record Summary(long subjects, long matches, long badRows) {}

    /** Called after each batch is written: subjects read so far (including skipped ones), for checkpoints and progress. */
    public interface Progress {
        void written(long subjectsDone, long matches, long badRows) throws IOException;
    }

    private final RuleSet rs;
    private final String jurisdiction;
    private final LocalDate asOf;
    private final int threads;

    public PopulationMatcher(RuleSet rs, String jurisdiction, LocalDate asOf, int threads) {
        this.rs = rs;
        this.jurisdiction = jurisdiction;
        this.asOf = asOf;
        this.threads = Math.max(1, threads);
    }

    /**
     * A data row of the population: its line in the CSV and its values in header order — or, where a reader could not
     * make values of the line (the Spark job reads CSV line by line), what is wrong with it: written as a bad row.
     */
    public record Row(long line, String[] values, FieldProblem unreadable) {
        public Row(long line, String[] values) {
            this(line, values, null);
        }
    }

    /** A batch done by a worker: its output rows already formatted and encoded (UTF-8), and its counts. */
    public record Done(byte[] text, long subjects, long matches, long badRows) {}

    /**
     * One rule session matching batches of rows outside {@link #run}: what a Spark executor holds for a partition.
     * A batch comes out as the same output rows {@link #run} writes for those rows (the caller checked the header
     * with {@link #checkHeader(List, PolicyTables)} first).
     */
    public static final class Session implements AutoCloseable {
        private final Worker worker;
        private final Columns columns;

        public Session(RuleSet rs, String jurisdiction, LocalDate asOf, List<String> header) {
            this.worker = new Worker(new PolicyEngine(rs, jurisdiction, asOf), new java.util.IdentityHashMap<>());
            this.columns = columns(rs, header);
        }

        /** The output rows of these data rows ({@value #BATCH} at a time is what {@link #run} does). */
        public Done match(List<Row> rows) throws IOException {
            return evaluate(worker, columns, rows);
        }

        @Override
        public void close() {
            worker.engine().close();
        }
    }

    private static Columns columns(RuleSet rs, List<String> header) {
        Set<String> dictionary = new HashSet<>();
        rs.table(PolicyTables.class).attributes().forEach(a -> dictionary.add(a.name()));
        return new Columns(header, dictionary, rs.table(org.zwfw.lawbook.vocabulary.Vocabulary.class),
                rs.table(PolicyTables.class).dictionary());
    }

    /**
     * @param skip subjects (data rows) already done by an earlier run, skipped without evaluation
     * @param out  where output rows go (UTF-8); the caller writes the header on a fresh run
     */
    public Summary run(Reader input, long skip, OutputStream out, Progress progress) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "policy-match");
            t.setDaemon(true);
            return t;
        });
        List<PolicyEngine> engines = java.util.Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<Worker> worker = ThreadLocal.withInitial(() -> {
            PolicyEngine e = new PolicyEngine(rs, jurisdiction, asOf);
            engines.add(e);
            return new Worker(e, new java.util.IdentityHashMap<>());
        });
        Totals totals = new Totals(skip);
        try (CSVParser parser = IN.parse(input)) {
            List<String> header = parser.getHeaderNames();
            List<FieldProblem> bad = checkHeader(header, rs.table(PolicyTables.class));
            if (!bad.isEmpty()) {
                throw new IllegalArgumentException("population CSV header: " + String.join("; ",
                        bad.stream().map(p -> p.field() + ": " + p.message()).toList()));
            }
            Columns columns = columns(rs, header);
            Deque<Future<Done>> inFlight = new ArrayDeque<>();
            List<Row> batch = new ArrayList<>(BATCH);
            long seen = 0;
            for (CSVRecord r : parser) {
                if (seen++ < skip) {
                    continue;
                }
                batch.add(new Row(r.getParser().getCurrentLineNumber(), r.values()));
                if (batch.size() == BATCH) {
                    List<Row> rows = batch;
                    inFlight.add(pool.submit(() -> evaluate(worker.get(), columns, rows)));
                    batch = new ArrayList<>(BATCH);
                    if (inFlight.size() >= threads * 2) {
                        totals.add(take(inFlight.poll()), out, progress);
                    }
                }
            }
            if (!batch.isEmpty()) {
                List<Row> rows = batch;
                inFlight.add(pool.submit(() -> evaluate(worker.get(), columns, rows)));
            }
            while (!inFlight.isEmpty()) {
                totals.add(take(inFlight.poll()), out, progress);
            }
        } finally {
            pool.shutdownNow();
            engines.forEach(PolicyEngine::close);
        }
        return new Summary(totals.subjects - skip, totals.matches, totals.bad);
    }

    /**
     * Reads the header record of a population CSV and checks it ({@link #checkHeader(List, PolicyTables)}); the
     * parser is left open: closing it would close the body. Shared by the HTTP batch, the {@code match} command
     * and the Spark job.
     */
    @SuppressWarnings("resource")
    public static void checkHeader(Reader body, PolicyTables tables, List<FieldProblem> errors)
            throws BodyTooLargeException {
        List<String> header;
        try {
            header = IN.parse(body).getHeaderNames();
        } catch (IllegalArgumentException e) {
            errors.add(new FieldProblem("header", "has a blank column name"));
            return;
        } catch (IOException | UncheckedIOException e) {
            BodyTooLargeException tooLarge = BodyTooLargeException.in(e);
            if (tooLarge != null) {
                throw tooLarge;
            }
            errors.add(new FieldProblem("header", "is not readable CSV"));
            return;
        }
        errors.addAll(checkHeader(header, tables));
    }

    /**
     * The columns of a population CSV: key and type are required, every other column must be an attribute of the
     * data dictionary, and none may be repeated. Each problem names its column as {@code header.<column>}.
     */
    public static List<FieldProblem> checkHeader(List<String> header, PolicyTables tables) {
        List<FieldProblem> errors = new ArrayList<>();
        for (String required : List.of("key", "type")) {
            if (!header.contains(required)) {
                errors.add(new FieldProblem("header." + required, "the population CSV needs this column"));
            }
        }
        Set<String> dictionary = new HashSet<>();
        tables.attributes().forEach(a -> dictionary.add(a.name()));
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (!seen.add(column)) {
                // Which of two values would count is anyone's guess: refused rather than one silently dropped.
                errors.add(new FieldProblem("header." + Fields.safe(column), "is repeated"));
            } else if (!column.equals("key") && !column.equals("type") && !dictionary.contains(column)) {
                errors.add(new FieldProblem("header." + Fields.safe(column),
                        "is not in the data dictionary (GET /api/v1/policies/attributes)"));
            }
        }
        return errors;
    }

    /** Running totals; each finished batch is written, flushed and reported in input order. */
    private static final class Totals {
        long subjects;
        long matches;
        long bad;

        Totals(long skipped) {
            subjects = skipped;
        }

        void add(Done d, OutputStream out, Progress progress) throws IOException {
            out.write(d.text());
            subjects += d.subjects();
            matches += d.matches();
            bad += d.badRows();
            out.flush();
            progress.written(subjects, matches, bad);
        }
    }

    /** Where key, type and each dictionary attribute sit in a row. */
    private record Columns(int key, int type, String[] names, int[] index, org.zwfw.lawbook.vocabulary.Vocabulary vocabulary,
                           SubjectDictionary dictionary) {
        Columns(List<String> header, Set<String> names, org.zwfw.lawbook.vocabulary.Vocabulary vocabulary,
                SubjectDictionary dictionary) {
            this(header.indexOf("key"), header.indexOf("type"),
                    header.stream().filter(names::contains).toArray(String[]::new),
                    header.stream().filter(names::contains).mapToInt(header::indexOf).toArray(), vocabulary,
                    dictionary);
        }
    }

    /**
     * Runs in a worker: binds, matches and formats one batch, so the reading thread only splits lines. Kept as a few
     * small methods: as one large method its loops made the JIT compile it four times over (on-stack replacement),
     * ~3 s of compiler CPU in a 1,000,000-subject run.
     */
    private static Done evaluate(Worker worker, Columns c, List<Row> rows) throws IOException {
        Subject[] subjects = new Subject[rows.size()];
        List<List<FieldProblem>> problems = new ArrayList<>(rows.size());
        List<Subject> good = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<FieldProblem> errors = new ArrayList<>(0);
            Row row = rows.get(i);
            if (row.unreadable() != null) {
                problems.add(List.of(row.unreadable()));
                continue;
            }
            Subject s = bind(row.values(), c, errors);
            problems.add(errors);
            if (errors.isEmpty()) {
                subjects[i] = s;
                good.add(s);
            }
        }
        Map<Subject, List<PolicyMatches.Match>> bySubject = bySubject(worker.engine().match(good));
        StringBuilder text = new StringBuilder(rows.size() * 64);
        long matches = 0;
        long bad = 0;
        try (CSVPrinter printer = OUT.print(text)) {
            for (int i = 0; i < rows.size(); i++) {
                long line = rows.get(i).line();
                if (subjects[i] == null) {
                    bad++;
                    printErrors(printer, line, problems.get(i));
                    continue;
                }
                List<PolicyMatches.Match> found = bySubject.get(subjects[i]);
                if (found != null) {
                    matches += appendMatches(text, printer, line, subjects[i], found, worker.rowTexts());
                }
            }
        }
        return new Done(text.toString().getBytes(StandardCharsets.UTF_8), rows.size(), matches, bad);
    }

    /** One row's subject, with what is wrong with it added to {@code errors}. */
    private static Subject bind(String[] v, Columns c, List<FieldProblem> errors) {
        String type = at(v, c.type());
        if (!c.vocabulary().isApplicantType(type)) {
            errors.add(new FieldProblem("type", c.vocabulary().applicantTypeProblem()));
        }
        Subject s = new Subject(at(v, c.key()), type);
        for (int a = 0; a < c.names().length; a++) {
            SubjectBinder.bind(c.dictionary(), s, c.names()[a], at(v, c.index()[a]), c.names()[a], errors);
        }
        return s;
    }

    private static Map<Subject, List<PolicyMatches.Match>> bySubject(List<PolicyMatches.Match> all) {
        Map<Subject, List<PolicyMatches.Match>> bySubject = new java.util.IdentityHashMap<>();
        for (PolicyMatches.Match m : all) {
            bySubject.computeIfAbsent(m.subject(), k -> new ArrayList<>(4)).add(m);
        }
        return bySubject;
    }

    private static void printErrors(CSVPrinter printer, long line, List<FieldProblem> problems) throws IOException {
        for (FieldProblem p : problems) {
            printer.printRecord(line, "", "", "", "", "", p.field() + ": " + p.message());
        }
    }

    /**
     * One subject's match rows; the same bytes as printRecord(line, key, policy, tier, amount, unit, ""): the
     * subject's part is printed (escaped) once per subject, each row's constant part — and a fixed amount — escaped
     * once per run (Commons CSV quotes), and only a computed amount is formatted per match.
     */
    private static int appendMatches(StringBuilder text, CSVPrinter printer, long line, Subject subject,
                                     List<PolicyMatches.Match> found, Map<PolicyMatches.Row, RowText> rowTexts)
            throws IOException {
        if (found.isEmpty()) {
            return 0;
        }
        int start = text.length();
        printer.print(line);
        printer.print(Fields.neutralise(subject.getKey()));
        String head = null;
        for (PolicyMatches.Match m : found) {
            if (head == null) {
                head = text.substring(start);
            } else {
                text.append(head);
            }
            RowText r = rowTexts.computeIfAbsent(m.row(), RowText::of);
            text.append(r.policyAndTier());
            if (r.amount() != null) {
                text.append(r.amount());
            } else if (m.amount() != null) {
                text.append(m.amount().doubleValue());
            }
            text.append(r.unitAndError());
            printer.println();
        }
        return found.size();
    }

    /** What one worker thread keeps between batches: its rule session and the escaped output of each row. */
    private record Worker(PolicyEngine engine, Map<PolicyMatches.Row, RowText> rowTexts) {}

    /**
     * A table row's constant output, escaped once: ",policy,tier," before the amount, ",unit," after it, and the
     * amount itself when it does not depend on the subject (a FIXED benefit; "" for a benefit without an amount);
     * null when it does (PERCENTAGE).
     */
    private record RowText(String policyAndTier, String amount, String unitAndError) {
        static RowText of(PolicyMatches.Row row) {
            String unit = row.unit() == null || row.unit().isEmpty() ? "" : OUT.format(row.unit());
            String amount = switch (row.benefitKind()) {
                case FIXED -> row.amount() == null ? "" : String.valueOf(row.amount().doubleValue());
                case TEXT -> "";
                case PERCENTAGE -> null;
            };
            return new RowText("," + OUT.format(row.policy(), row.tier() == null ? "" : row.tier()) + ",", amount,
                    "," + unit + ",");
        }
    }

    private static String at(String[] v, int i) {
        return i >= 0 && i < v.length ? v[i] : "";
    }

    private static Done take(Future<Done> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("policy evaluation failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

}
