package org.zwfw.lawbook.vocabulary;

import org.zwfw.kernel.FieldProblem;
import org.zwfw.kernel.BadRequestException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;

import org.zwfw.identity.Identifiers;
import org.zwfw.identity.PersonalData;
import org.zwfw.lawbook.vocabulary.Vocabulary;

/** Checks of caller-supplied values shared by every endpoint, each problem named by its field. */
public final class Fields {
    /**
     * Exactly YYYY-MM-DD: ISO_LOCAL_DATE also takes signed years of up to nine digits ({@code +999999999-12-31}), on
     * which the next day or a database timestamp overflows.
     */
    public static final DateTimeFormatter YYYY_MM_DD = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4).appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);

    /** Where an application is made: at a window (the default) or online. */
    public static final java.util.Set<String> CHANNELS = java.util.Set.of("WINDOW", "ONLINE");

    private Fields() {}

    /** A code as sent, trimmed; null when missing or blank. */
    public static String code(String sent) {
        return sent == null || sent.isBlank() ? null : sent.trim();
    }

    /** The request's {@code channel}: WINDOW when not sent, else one of {@link #CHANNELS}. */
    public static String channel(String sent, List<FieldProblem> errors) {
        String channel = sent == null ? "WINDOW" : sent.trim();
        if (!CHANNELS.contains(channel)) {
            errors.add(new FieldProblem("channel", "must be WINDOW or ONLINE"));
        }
        return channel;
    }

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
     * digit of a 身份证号 or 统一社会信用代码 as the type's row of the vocabulary requires (its identifier column).
     * Returns the type, or null if it is not valid.
     */
    public static String applicant(Vocabulary vocabulary, String type, String id, List<FieldProblem> errors) {
        String valid = type;
        if (type == null) {
            errors.add(new FieldProblem("applicant.type", "is required"));
        } else if (!vocabulary.isApplicantType(type)) {
            errors.add(new FieldProblem("applicant.type", vocabulary.applicantTypeProblem()));
            valid = null;
        }
        Vocabulary.Identifier kind = vocabulary.identifierOf(valid);
        if (id == null || id.isBlank()) {
            errors.add(new FieldProblem("applicant.id", "is required"));
        } else if (typeMismatch(vocabulary, valid, id) != null) {
            errors.add(new FieldProblem("applicant.id", typeMismatch(vocabulary, valid, id).replace("%s", "applicant")));
        } else if (kind == Vocabulary.Identifier.RESIDENT_ID && !Identifiers.isValidResidentId(id)) {
            errors.add(new FieldProblem("applicant.id", "is not a valid 18-digit 身份证号 (check digit, date or region wrong)"));
        } else if (kind == Vocabulary.Identifier.CREDIT_CODE && !Identifiers.isValidCreditCode(id)) {
            errors.add(new FieldProblem("applicant.id", "is not a valid 统一社会信用代码 (check digit wrong)"));
        }
        return valid;
    }

    /** Whether {@code id} is a valid identifier of the kind the vocabulary names for {@code type}. */
    public static boolean validIdentifier(Vocabulary vocabulary, String type, String id) {
        Vocabulary.Identifier kind = vocabulary.identifierOf(type);
        return kind == Vocabulary.Identifier.RESIDENT_ID ? Identifiers.isValidResidentId(id)
                : kind == Vocabulary.Identifier.CREDIT_CODE && Identifiers.isValidCreditCode(id);
    }

    /**
     * A valid identifier of the other kind than {@code type} asks for — a 统一社会信用代码 for a type identified by
     * 身份证号 (NATURAL_PERSON), a 身份证号 for one identified by 统一社会信用代码 (LEGAL_PERSON) — named as the type
     * mismatch it is ({@code %s} stands for the object's name), or null.
     */
    public static String typeMismatch(Vocabulary vocabulary, String type, String id) {
        Vocabulary.Identifier kind = vocabulary.identifierOf(type);
        if (kind == Vocabulary.Identifier.RESIDENT_ID && Identifiers.isValidCreditCode(id)
                && !Identifiers.isValidResidentId(id)) {
            return "type mismatch: %s.type is " + type + " but %s.id is a 统一社会信用代码 (" + typesOf(vocabulary,
                    Vocabulary.Identifier.CREDIT_CODE) + "'s identifier)";
        }
        if (kind == Vocabulary.Identifier.CREDIT_CODE && Identifiers.isValidResidentId(id)
                && !Identifiers.isValidCreditCode(id)) {
            return "type mismatch: %s.type is " + type + " but %s.id is a 身份证号 (" + typesOf(vocabulary,
                    Vocabulary.Identifier.RESIDENT_ID) + "'s identifier)";
        }
        return null;
    }

    /** "a LEGAL_PERSON": the applicant types identified by that kind of identifier. */
    private static String typesOf(Vocabulary vocabulary, Vocabulary.Identifier kind) {
        return "a " + String.join(" or ", vocabulary.applicantTypes().values().stream()
                .filter(t -> t.identifier() == kind).map(Vocabulary.ApplicantType::code).toList());
    }

    /** Text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe. */
    public static String neutralise(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    /**
     * A code echoed back to help the caller as it was sent — letters and digits of any script (a jurisdiction written
     * 银川 is shown as 银川, not {@code ??}), anything else (controls, markup, quotes) replaced by {@code ?} — an
     * identifier in it masked (a caller may put one in the wrong field), and cut short.
     */
    public static String safe(String s) {
        String cleaned = PersonalData.mask(s.replaceAll("[^\\p{L}\\p{N}_\\-.]", "?"));
        return cleaned.length() > 40 ? cleaned.substring(0, 40) + "…" : cleaned;
    }

    /** The applicant's groups that the vocabulary lists; each other one is a problem naming its place in the list. */
    public static List<String> groups(Vocabulary vocabulary, List<String> sent, List<FieldProblem> errors) {
        List<String> listed = new java.util.ArrayList<>();
        List<String> gs = sent == null ? List.of() : sent;
        for (int i = 0; i < gs.size(); i++) {
            if (vocabulary.isGroup(gs.get(i))) {
                listed.add(gs.get(i));
            } else {
                errors.add(new FieldProblem("applicant.groups[" + i + "]", vocabulary.groupProblem()));
            }
        }
        return listed;
    }
}
