package org.zwfw.supervision;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;

import org.zwfw.kernel.FieldProblem;

/**
 * Keyset paging of the supervision lists: {@code size} rows read per page and an opaque {@code cursor} — the sort key
 * (a date, possibly none, and an id) of the last row read — which the answer hands back as {@code nextCursor} while
 * more rows may follow. A page is filled from the rows read: the rules may leave out some of them (a case closed by
 * then, a review not late), so a page can hold fewer than {@code size} and still have a {@code nextCursor}.
 */
record Paging(int size, Key after) {
    static final int DEFAULT_SIZE = 500;
    static final int MAX_SIZE = 5000;

    /** The sort key of a row: its date (null sorts last) and its id. */
    record Key(LocalDate date, String id) {
        String encode() {
            String raw = (date == null ? "" : date.toString()) + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The paging asked for; a bad {@code size} or {@code cursor} is added to {@code errors} naming the field. */
    static Paging of(String size, String cursor, List<FieldProblem> errors) {
        int n = DEFAULT_SIZE;
        if (size != null) {
            try {
                n = Integer.parseInt(size.trim());
                if (n < 1 || n > MAX_SIZE) {
                    errors.add(new FieldProblem("size", "must be between 1 and " + MAX_SIZE));
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldProblem("size", "must be a whole number"));
            }
        }
        Key after = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
                int bar = raw.indexOf('|');
                if (bar < 0 || bar == raw.length() - 1) {
                    throw new IllegalArgumentException("no id");
                }
                after = new Key(bar == 0 ? null : LocalDate.parse(raw.substring(0, bar)), raw.substring(bar + 1));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                errors.add(new FieldProblem("cursor", "is not a nextCursor of this list"));
            }
        }
        return new Paging(n, after);
    }

    /** The cursor of the next page: the last row's key when the page was full, else none. */
    String next(int read, Key last) {
        return read == size && last != null ? last.encode() : null;
    }
}
