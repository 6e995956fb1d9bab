package org.zwfw.lawbook;

/** Splits a citation {@code <exact title> <article>} into its two parts. */
public final class Clauses {
    private Clauses() {}

    public static String title(String clause) {
        int i = clause.trim().lastIndexOf(' ');
        return i < 0 ? clause.trim() : clause.trim().substring(0, i).trim();
    }

    public static String article(String clause) {
        int i = clause.trim().lastIndexOf(' ');
        return i < 0 ? "" : clause.trim().substring(i + 1).trim();
    }
}
