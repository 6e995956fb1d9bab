package org.zwfw.governance.validate;

import java.util.Comparator;

/**
 * One problem of a rules folder, located as analysts read it: {@code file:line: message} in a rule or manifest,
 * {@code file:row:column: message} in a table (row and column of the spreadsheet, both from 1). {@code line} is 0
 * where the problem is the file's as a whole, {@code column} 0 where no cell is concerned. {@code check} names the
 * check that found it: compile, clause, manifest, table, contradiction.
 */
public record Finding(String file, int line, int column, String check, String message) {
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line).thenComparingInt(Finding::column).thenComparing(Finding::message);

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
