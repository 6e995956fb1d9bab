package org.zwfw.policies;

import org.zwfw.policies.subject.Subject;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.zwfw.kernel.FieldProblem;

/**
 * Sets a dictionary attribute on a {@link Subject} from a text or JSON scalar, checked against its row of the data
 * dictionary (rules/policies/attributes.csv): its type and bounds. Problems are named by field so the caller (HTTP or
 * a CSV line) can report them.
 */
public final class SubjectBinder {
    private static final java.util.regex.Pattern REGION = java.util.regex.Pattern.compile("\\d{6}");

    private SubjectBinder() {}

    public static void bind(SubjectDictionary dictionary, Subject s, String name, Object raw, String field,
                            List<FieldProblem> errors) {
        if (raw == null || raw.toString().isBlank()) {
            return;
        }
        SubjectDictionary.Attribute a = dictionary.attribute(name);
        if (a == null) {
            errors.add(new FieldProblem(field, "is not an attribute of the data dictionary "
                    + "(GET /api/v1/policies/attributes)"));
            return;
        }
        String v = raw.toString().trim();
        try {
            s.set(name, switch (a.kind()) {
                case INTEGER -> integer(a, Integer.parseInt(v));
                case DECIMAL -> decimal(a, Double.parseDouble(v));
                case BOOLEAN -> bool(v);
                case REGION -> region(v);
                case ENUM -> oneOf(a, v);
            });
        } catch (IllegalArgumentException e) {
            errors.add(new FieldProblem(field, e instanceof NumberFormatException ? "must be a number" : e.getMessage()));
        }
    }

    /** Binds every attribute of a map; returns the subject (problems collected). */
    public static Subject bindAll(SubjectDictionary dictionary, Subject s, Map<String, ?> attributes, String prefix,
                                  List<FieldProblem> errors) {
        attributes.forEach((k, v) -> bind(dictionary, s, k, v, prefix + k, errors));
        return s;
    }

    private static int integer(SubjectDictionary.Attribute a, int v) {
        if (outside(a, BigDecimal.valueOf(v))) {
            throw new IllegalArgumentException(bounds(a, "a whole number"));
        }
        return v;
    }

    private static double decimal(SubjectDictionary.Attribute a, double d) {
        if (Double.isNaN(d) || Double.isInfinite(d) || outside(a, BigDecimal.valueOf(d))) {
            throw new IllegalArgumentException(a.min() != null && a.min().signum() == 0 && a.max() == null
                    ? "must be a finite, non-negative number" : bounds(a, "a finite number"));
        }
        return d;
    }

    private static boolean outside(SubjectDictionary.Attribute a, BigDecimal v) {
        return (a.min() != null && v.compareTo(a.min()) < 0) || (a.max() != null && v.compareTo(a.max()) > 0);
    }

    private static String bounds(SubjectDictionary.Attribute a, String what) {
        if (a.min() != null && a.max() != null) {
            return "must be between " + a.min().toPlainString() + " and " + a.max().toPlainString();
        }
        if (a.min() != null) {
            return "must be " + what + " of at least " + a.min().toPlainString();
        }
        if (a.max() != null) {
            return "must be " + what + " of at most " + a.max().toPlainString();
        }
        return "must be " + what;
    }

    private static boolean bool(String v) {
        if (v.equalsIgnoreCase("true") || v.equals("Y") || v.equals("1")) {
            return true;
        }
        if (v.equalsIgnoreCase("false") || v.equals("N") || v.equals("0")) {
            return false;
        }
        throw new IllegalArgumentException("must be true or false");
    }

    private static String oneOf(SubjectDictionary.Attribute a, String v) {
        if (!a.values().contains(v)) {
            List<String> all = a.values();
            throw new IllegalArgumentException("must be " + (all.size() == 1 ? all.get(0)
                    : String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1)));
        }
        return v;
    }

    private static String region(String v) {
        if (!REGION.matcher(v).matches()) {
            throw new IllegalArgumentException("must be a six-digit 行政区划代码");
        }
        return v;
    }
}
