package org.zwfw.acceptance.facts;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

/** Small date helpers for rule consequences. */
public final class Dates {
    private Dates() {}

    /** The earliest of the given dates, ignoring absent ones; null if all are absent. */
    public static LocalDate earliest(LocalDate... dates) {
        return Arrays.stream(dates).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }
}
