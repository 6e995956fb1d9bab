package org.zwfw.kernel;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.text.similarity.LevenshteinDistance;

/** "did you mean …": the known field names nearest an unknown one, by edit distance (commons-text). */
public final class FieldSuggestions {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private FieldSuggestions() {}

    /** The names of {@code known} within a few edits of {@code unknown}, nearest first (at most three). */
    public static List<String> nearest(String unknown, Collection<?> known) {
        if (unknown == null || known == null) {
            return List.of();
        }
        String u = unknown.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, u.length() / 3);
        return known.stream().map(String::valueOf)
                .filter(k -> distance(u, k) <= allowed || k.toLowerCase(Locale.ROOT).contains(u) && u.length() >= 3
                        || u.contains(k.toLowerCase(Locale.ROOT)) && k.length() >= 3)
                .sorted(Comparator.comparingInt((String k) -> distance(u, k)).thenComparing(k -> k))
                .limit(3).toList();
    }

    private static int distance(String lowerUnknown, String known) {
        return DISTANCE.apply(lowerUnknown, known.toLowerCase(Locale.ROOT));
    }

    /**
     * {@code "; did you mean `commitment`?"}, or, when nothing is near, the fields there are; empty when none are
     * known. Only names from the request's own schema are quoted: the unknown name is the problem's field.
     */
    public static String didYouMean(String unknown, Collection<?> known) {
        List<String> near = nearest(unknown, known);
        if (!near.isEmpty()) {
            return "; did you mean " + String.join(" or ", near.stream().map(n -> "`" + n + "`").toList()) + "?";
        }
        if (known == null || known.isEmpty()) {
            return "";
        }
        return "; the fields here are " + String.join(", ", known.stream().map(String::valueOf).sorted()
                .map(n -> "`" + n + "`").toList());
    }
}
