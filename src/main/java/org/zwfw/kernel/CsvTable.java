package org.zwfw.kernel;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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

    /** Calls {@code each} for every data row; a row whose handling throws {@link BadCell} is reported and skipped. */
    public static void read(Path root, Path csv, List<Problem> problems, List<String> required, Consumer<Row> each) {
        String name = root.relativize(csv).toString();
        CsvTable table = new CsvTable(name, problems);
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            var parser = FORMAT.parse(in);
            List<String> header = stripBom(parser.getHeaderNames());
            List<String> missing = new ArrayList<>(required);
            missing.removeAll(header);
            if (!missing.isEmpty()) {
                problems.add(new Problem(name, 1, "missing column(s) " + String.join(", ", missing)));
                return;
            }
            for (CSVRecord r : parser) {
                if (r.size() > header.size()) {
                    // A value beyond the last column is data with no name: most often a row pasted with an extra
                    // comma, or a duplicated row joined to its original. Never silently dropped.
                    problems.add(new Problem(name, (int) r.getParser().getCurrentLineNumber(), "column "
                            + (header.size() + 1) + ": the row has " + r.size() + " values but the header names "
                            + header.size() + " columns"));
                    continue;
                }
                try {
                    each.accept(table.new Row(r, header));
                } catch (BadCell e) {
                    problems.add(new Problem(name, (int) r.getParser().getCurrentLineNumber(), e.getMessage()));
                }
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
        private final CSVRecord record;
        private final List<String> header;

        Row(CSVRecord record, List<String> header) {
            this.record = record;
            this.header = header;
        }

        public long line() { return record.getParser().getCurrentLineNumber(); }
        public String file() { return file; }

        public String text(String column) {
            int i = header.indexOf(column);
            String v = i >= 0 && i < record.size() ? record.get(i) : "";
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
