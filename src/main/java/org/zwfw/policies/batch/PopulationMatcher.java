package org.zwfw.policies.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
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
import org.zwfw.policies.PolicyTables;
import org.zwfw.policies.SubjectBinder;
import org.zwfw.policies.facts.PolicyMatches;
import org.zwfw.policies.facts.Subject;
import org.zwfw.ruleset.RuleSet;
import org.zwfw.web.FieldProblem;

/**
 * Streams a population CSV through the policy rules and writes a CSV of matches, in input order, with constant
 * memory: batches of {@value #BATCH} subjects go to one worker per core (each with its own rule session), at most a
 * few batches in flight. A bad row is written as an error row with its line number and the run goes on.
 * Output columns: {@code line,key,policy,tier,amount,unit,error}.
 */
public final class PopulationMatcher {
    public static final int BATCH = 1000;
    public static final List<String> OUTPUT = List.of("line", "key", "policy", "tier", "amount", "unit", "error");
    static final CSVFormat IN = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
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

    private record Row(long line, Subject subject, List<FieldProblem> errors) {}

    private record Done(List<Row> rows, List<PolicyMatches.Match> matches) {}

    /**
     * @param skip subjects (data rows) already done by an earlier run, skipped without evaluation
     * @param out  where output rows go; the caller writes the header on a fresh run
     */
    public Summary run(Reader input, long skip, Writer out, Progress progress) throws IOException {
        Set<String> dictionary = new java.util.HashSet<>();
        rs.table(PolicyTables.class).attributes().forEach(a -> dictionary.add(a.name()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "policy-match");
            t.setDaemon(true);
            return t;
        });
        List<PolicyEngine> engines = java.util.Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<PolicyEngine> engine = ThreadLocal.withInitial(() -> {
            PolicyEngine e = new PolicyEngine(rs, jurisdiction, asOf);
            engines.add(e);
            return e;
        });
        long subjects = skip;
        long matches = 0;
        long bad = 0;
        try (CSVParser parser = IN.parse(input)) {
            List<String> header = parser.getHeaderNames();
            if (!header.contains("key") || !header.contains("type")) {
                throw new IllegalArgumentException("the population CSV needs the columns key and type");
            }
            List<String> unknown = header.stream()
                    .filter(h -> !h.equals("key") && !h.equals("type") && !dictionary.contains(h)).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("column(s) not in the data dictionary: " + String.join(", ", unknown));
            }
            List<String> attributes = header.stream().filter(dictionary::contains).toList();
            CSVPrinter printer = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get().print(out);
            Deque<Future<Done>> inFlight = new ArrayDeque<>();
            List<Row> batch = new ArrayList<>(BATCH);
            long seen = 0;
            for (CSVRecord r : parser) {
                if (seen++ < skip) {
                    continue;
                }
                batch.add(parse(r, attributes));
                if (batch.size() == BATCH) {
                    inFlight.add(submit(pool, engine, batch));
                    batch = new ArrayList<>(BATCH);
                    if (inFlight.size() >= threads * 2) {
                        long[] c = write(inFlight.poll(), printer);
                        subjects += c[0];
                        matches += c[1];
                        bad += c[2];
                        printer.flush();
                        progress.written(subjects, matches, bad);
                    }
                }
            }
            if (!batch.isEmpty()) {
                inFlight.add(submit(pool, engine, batch));
            }
            while (!inFlight.isEmpty()) {
                long[] c = write(inFlight.poll(), printer);
                subjects += c[0];
                matches += c[1];
                bad += c[2];
                printer.flush();
                progress.written(subjects, matches, bad);
            }
        } finally {
            pool.shutdownNow();
            engines.forEach(PolicyEngine::close);
        }
        return new Summary(subjects - skip, matches, bad);
    }

    private Row parse(CSVRecord r, List<String> attributes) {
        long line = r.getParser().getCurrentLineNumber();
        List<FieldProblem> errors = new ArrayList<>(0);
        String type = r.get("type");
        if (!"NATURAL_PERSON".equals(type) && !"LEGAL_PERSON".equals(type)) {
            errors.add(new FieldProblem("type", "must be NATURAL_PERSON or LEGAL_PERSON"));
        }
        Subject s = new Subject(r.get("key"), type);
        for (String a : attributes) {
            SubjectBinder.bind(s, a, r.get(a), a, errors);
        }
        return new Row(line, errors.isEmpty() ? s : null, errors);
    }

    private static Future<Done> submit(ExecutorService pool, ThreadLocal<PolicyEngine> engine, List<Row> rows) {
        return pool.submit(() -> {
            List<Subject> good = new ArrayList<>(rows.size());
            for (Row r : rows) {
                if (r.subject() != null) {
                    good.add(r.subject());
                }
            }
            return new Done(rows, engine.get().match(good));
        });
    }

    /** Writes one batch's rows in input order; returns {subjects, matches, bad rows}. */
    private static long[] write(Future<Done> f, CSVPrinter printer) throws IOException {
        Done d;
        try {
            d = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("policy evaluation failed: " + e.getCause().getMessage(), e.getCause());
        }
        java.util.Map<Subject, List<PolicyMatches.Match>> bySubject = new java.util.IdentityHashMap<>();
        for (PolicyMatches.Match m : d.matches()) {
            bySubject.computeIfAbsent(m.subject(), k -> new ArrayList<>(2)).add(m);
        }
        long matches = 0;
        long bad = 0;
        for (Row r : d.rows()) {
            if (r.subject() == null) {
                bad++;
                for (FieldProblem p : r.errors()) {
                    printer.printRecord(r.line(), "", "", "", "", "", p.field() + ": " + p.message());
                }
                continue;
            }
            for (PolicyMatches.Match m : bySubject.getOrDefault(r.subject(), List.of())) {
                matches++;
                printer.printRecord(r.line(), neutralise(r.subject().getKey()), m.policy(), m.tier(),
                        m.amount() == null ? "" : m.amount(), m.unit() == null ? "" : m.unit(), "");
            }
        }
        return new long[] {d.rows().size(), matches, bad};
    }

    /** A key that a spreadsheet would run as a formula is written with a leading apostrophe. */
    static String neutralise(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}
