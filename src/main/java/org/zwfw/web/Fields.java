package org.zwfw.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Set;

import org.zwfw.identity.Identifiers;
import org.zwfw.identity.PersonalData;

/** Checks of caller-supplied values shared by every endpoint, each problem named by its field. */
public final class Fields {
    public static final Set<String> APPLICANT_TYPES = Set.of("NATURAL_PERSON", "LEGAL_PERSON");

    /**
     * Exactly YYYY-MM-DD: ISO_LOCAL_DATE also takes signed years of up to nine digits ({@code +999999999-12-31}), on
     * which the next day or a database timestamp overflows.
     */
    public static final DateTimeFormatter YYYY_MM_DD = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4).appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);

    private Fields() {}

    /** A date YYYY-MM-DD, or null (with a problem if it is required or not a real date). */
    public static LocalDate date(String text, String field, boolean required, List<FieldProblem> errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(new FieldProblem(field, "is required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(text, YYYY_MM_DD);
        } catch (DateTimeParseException e) {
            errors.add(new FieldProblem(field, "must be a real date YYYY-MM-DD"));
            return null;
        }
    }

    /**
     * An applicant's type and identifier ({@code applicant.type}, {@code applicant.id}): the id checked by the check
     * digit of a 身份证号 or 统一社会信用代码 as the type requires. Returns the type, or null if it is not valid.
     */
    public static String applicant(String type, String id, List<FieldProblem> errors) {
        String valid = type;
        if (type == null) {
            errors.add(new FieldProblem("applicant.type", "is required"));
        } else if (!APPLICANT_TYPES.contains(type)) {
            errors.add(new FieldProblem("applicant.type", "must be NATURAL_PERSON or LEGAL_PERSON"));
            valid = null;
        }
        if (id == null || id.isBlank()) {
            errors.add(new FieldProblem("applicant.id", "is required"));
        } else if ("NATURAL_PERSON".equals(valid) && !Identifiers.isValidResidentId(id)) {
            errors.add(new FieldProblem("applicant.id", "is not a valid 18-digit 身份证号 (check digit, date or region wrong)"));
        } else if ("LEGAL_PERSON".equals(valid) && !Identifiers.isValidCreditCode(id)) {
            errors.add(new FieldProblem("applicant.id", "is not a valid 统一社会信用代码 (check digit wrong)"));
        }
        return valid;
    }

    /** Text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe. */
    public static String neutralise(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    /**
     * A code echoed back to help the caller, stripped of anything that is not a plain code, an identifier in it masked
     * (a caller may put one in the wrong field), and cut short.
     */
    public static String safe(String s) {
        String cleaned = PersonalData.mask(s.replaceAll("[^\\p{Alnum}_\\-.]", "?"));
        return cleaned.length() > 40 ? cleaned.substring(0, 40) + "…" : cleaned;
    }
}
