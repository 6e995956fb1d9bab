package org.zwfw.kernel;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.zwfw.kernel.Problem;

/**
 * Reads one analyst table (UTF-8 CSV with a header row, as Excel/WPS save it) and reports bad cells by file and
 * line without stopping at the first.
 */
public final class CsvTable {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();

    private final String file;
    private final List<Problem> problems;

    private CsvTable(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /**
     * A table as Commons CSV parsed it: the header (a byte-order mark dropped), each row with the lines it starts and
     * ends on, and — when the text stops being CSV part-way (an unclosed quote) — what went wrong after the rows
     * before it. Immutable; shared by every reader of a folder that is never written to after it is made.
     */
    public record Parsed(List<String> header, List<Line> rows, String failure) {
        /** One record: its values and the spreadsheet rows it spans. */
        public record Line(List<String> values, int start, int end) {
            public int size() { return values.size(); }

            /** The value of column {@code i} (0-based), trimmed; empty where the row is shorter. */
            public String cell(int i) {
                return i >= 0 && i < values.size() ? values.get(i).trim() : "";
            }
        }
    }

    /** File systems that are never written to once made (a lawbook's copy): their tables are parsed once. */
    private static final Map<FileSystem, Map<String, Parsed>> FROZEN =
            java.util.Collections.synchronizedMap(new WeakHashMap<>());
    private static final java.util.concurrent.atomic.AtomicLong PARSES = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Marks a file system whose files never change again: a table read from it is parsed on first use and every later
     * reader gets the same parse. Kept as long as the file system is in use.
     */
    public static void parseOnce(FileSystem fs) {
        FROZEN.putIfAbsent(fs, new java.util.concurrent.ConcurrentHashMap<>());
    }

    /** How many times any table was parsed by this process (for tests of "parsed once"). */
    public static long parses() {
        return PARSES.get();
    }

    /** The table at {@code csv}, parsed (once, on a file system marked with {@link #parseOnce}). */
    public static Parsed parse(Path csv) throws IOException {
        Map<String, Parsed> memo = FROZEN.get(csv.getFileSystem());
        if (memo == null) {
            return parseNow(csv);
        }
        // Keyed by text: nothing kept may refer to the file system, or it would never be let go.
        String key = csv.toAbsolutePath().normalize().toString();
        Parsed known = memo.get(key);
        if (known != null) {
            return known;
        }
        Parsed parsed = parseNow(csv);
        Parsed raced = memo.putIfAbsent(key, parsed);
        return raced != null ? raced : parsed;
    }

    private static Parsed parseNow(Path csv) throws IOException {
        PARSES.incrementAndGet();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            var parser = FORMAT.parse(in);
            List<String> header = stripBom(parser.getHeaderNames());
            List<Parsed.Line> rows = new ArrayList<>();
            String failure = null;
            long start = parser.getCurrentLineNumber() + 1;
            try {
                for (CSVRecord r : parser) {
                    long end = parser.getCurrentLineNumber();
                    rows.add(new Parsed.Line(List.of(r.values()), (int) start, (int) end));
                    start = end + 1;
                }
            } catch (RuntimeException e) {
                failure = e.getMessage();
            }
            return new Parsed(List.copyOf(header), List.copyOf(rows), failure);
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Calls {@code each} for every data row; a row whose handling throws {@link BadCell} is reported and skipped. */
    public static void read(Path root, Path csv, List<Problem> problems, List<String> required, Consumer<Row> each) {
        String name = root.relativize(csv).toString();
        CsvTable table = new CsvTable(name, problems);
        try {
            Parsed parsed = parse(csv);
            List<String> header = parsed.header();
            List<String> missing = new ArrayList<>(required);
            missing.removeAll(header);
            if (!missing.isEmpty()) {
                problems.add(new Problem(name, 1, "missing column(s) " + String.join(", ", missing)));
                return;
            }
            for (Parsed.Line r : parsed.rows()) {
                if (r.size() > header.size()) {
                    // A value beyond the last column is data with no name: most often a row pasted with an extra
                    // comma, or a duplicated row joined to its original. Never silently dropped.
                    problems.add(new Problem(name, r.end(), "column "
                            + (header.size() + 1) + ": the row has " + r.size() + " values but the header names "
                            + header.size() + " columns"));
                    continue;
                }
                try {
                    each.accept(table.new Row(r, header));
                } catch (BadCell e) {
                    problems.add(new Problem(name, r.end(), e.getMessage()));
                }
            }
            if (parsed.failure() != null) {
                problems.add(new Problem(name, 0, "cannot read table: " + parsed.failure()));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(name, 0, "cannot read table: " + e.getMessage()));
        }
    }

    private static List<String> stripBom(List<String> header) {
        List<String> out = new ArrayList<>(header);
        if (!out.isEmpty() && out.get(0).startsWith("\uFEFF")) {
            out.set(0, out.get(0).substring(1));
        }
        return out;
    }

    /** A bad value in a named column. */
    public static class BadCell extends RuntimeException {
        public BadCell(String message) { super(message); }
    }

    /** One data row, read by column name. */
    public final class Row {
        private final Parsed.Line record;
        private final List<String> header;

        Row(Parsed.Line record, List<String> header) {
            this.record = record;
            this.header = header;
        }

        public long line() { return record.end(); }
        public String file() { return file; }

        public String text(String column) {
            int i = header.indexOf(column);
            String v = i >= 0 && i < record.size() ? record.values().get(i) : "";
            return v == null ? "" : v.trim();
        }

        public String required(String column) {
            String v = text(column);
            if (v.isEmpty()) {
                throw new BadCell("column " + column + " is empty");
            }
            return v;
        }

        public boolean yesNo(String column) {
            String v = text(column);
            return switch (v) {
                case "Y" -> true;
                case "N", "" -> false;
                default -> throw new BadCell("column " + column + " must be Y or N, not '" + v + "'");
            };
        }

        public Integer optionalInt(String column) {
            String v = text(column);
            if (v.isEmpty()) {
                return null;
            }
            try {
                int n = Integer.parseInt(v);
                if (n < 0) {
                    throw new BadCell("column " + column + " must not be negative");
                }
                return n;
            } catch (NumberFormatException e) {
                throw new BadCell("column " + column + " must be a whole number, not '" + v + "'");
            }
        }

        public LocalDate optionalDate(String column) {
            String v = text(column);
            if (v.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new BadCell("column " + column + " must be a date YYYY-MM-DD, not '" + v + "'");
            }
        }

        public List<Problem> problems() { return problems; }
    }
}
