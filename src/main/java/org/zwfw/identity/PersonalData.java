package org.zwfw.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what looks like a personal identifier in free text (log lines, problem details): an 18-character 身份证号
 * (17 digits and a digit or X), a 15-digit old 身份证号, or an 18-character 统一社会信用代码 (GB 32100 alphabet),
 * standing alone — not inside a longer run of letters and digits, so hashes and versions are left as they are.
 * Check digits are not required: a mistyped number is as personal as a valid one.
 */
public final class PersonalData {
    private static final Pattern IDENTIFIER = Pattern.compile(
            "(?<![0-9A-Za-z])(\\d{17}[0-9Xx]|\\d{15}|[0-9A-HJ-NP-RTUW-Ya-hj-np-rtuw-y]{2}\\d{6}[0-9A-HJ-NP-RTUW-Ya-hj-np-rtuw-y]{10})(?![0-9A-Za-z])");

    private PersonalData() {}

    /** Whether the text holds anything shaped like an identifier (as {@link #mask} would mask). */
    public static boolean contains(String text) {
        return text != null && text.length() >= 15 && IDENTIFIER.matcher(text).find();
    }

    /** The identifier-shaped values in the text, each masked ({@code 64**************3X}). */
    public static java.util.List<String> masked(String text) {
        java.util.List<String> found = new java.util.ArrayList<>();
        if (text != null) {
            Matcher m = IDENTIFIER.matcher(text);
            while (m.find()) {
                found.add(Identifiers.mask(m.group(1)));
            }
        }
        return found;
    }

    public static String mask(String text) {
        if (text == null || text.length() < 15) {
            return text;
        }
        Matcher m = IDENTIFIER.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        do {
            m.appendReplacement(sb, Matcher.quoteReplacement(Identifiers.mask(m.group(1))));
        } while (m.find());
        m.appendTail(sb);
        return sb.toString();
    }
}
