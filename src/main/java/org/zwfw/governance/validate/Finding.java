package org.zwfw.governance.validate;

import java.util.Comparator;

/**
 * One problem of a rules folder, located as analysts read it: {@code file:line: message} in a rule or manifest,
 * {@code file:row:column: message} in a table (row and column of the spreadsheet, both from 1). {@code line} is 0
 * where the problem is the file's as a whole, {@code column} 0 where no cell is concerned. {@code check} names the
 * check that found it: compile, clause, manifest, table, contradiction.
 */
public record Finding(String file, int line, int column, String check, String message) {
    /**
     * Root causes first: the files others depend on before them (jurisdictions and calendar, manifests, the matters,
     * their materials, the lists of matters and materials, other tables, then the rules), so a bad cell in matters.csv
     * is read before the rows of materials.csv it makes fail; within that, file, line, column.
     */
    public static final Comparator<Finding> ORDER = Comparator.comparingInt((Finding f) -> rank(f.file()))
            .thenComparing(Finding::file)
            .thenComparingInt(Finding::line).thenComparingInt(Finding::column).thenComparing(Finding::message);

    static int rank(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        if (name.equals("jurisdictions.csv") || file.startsWith("calendar/")) {
            return 0;
        }
        if (name.equals("manifest.yaml")) {
            return 1;
        }
        if (name.equals("matters.csv")) {
            return 2;
        }
        if (name.equals("materials.csv")) {
            return 3;
        }
        if (file.contains("/catalog/")) {
            return 4;
        }
        if (name.endsWith(".drl") || name.contains(".drl.")) {
            return 6;
        }
        return 5;
    }

    public static Finding at(String file, int line, String check, String message) {
        return new Finding(file, line, 0, check, message);
    }

    /** The analyst's form: {@code file:line: message} or {@code file:row:column: message}. */
    public String text() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(message).toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
