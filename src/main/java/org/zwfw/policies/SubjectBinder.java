package org.zwfw.policies;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zwfw.policies.facts.Subject;
import org.zwfw.web.FieldProblem;

/**
 * Sets a dictionary attribute on a {@link Subject} from a text or JSON scalar, checking it against the dictionary's
 * type. Problems are named by field so the caller (HTTP or a CSV line) can report them.
 */
public final class SubjectBinder {
    static final Set<String> SCALES = Set.of("LARGE", "MEDIUM", "SMALL", "MICRO");
    private static final java.util.regex.Pattern REGION = java.util.regex.Pattern.compile("\\d{6}");

    private SubjectBinder() {}

    public static void bind(Subject s, String name, Object raw, String field, List<FieldProblem> errors) {
        if (raw == null || raw.toString().isBlank()) {
            return;
        }
        String v = raw.toString().trim();
        try {
            switch (name) {
                case "age" -> s.setAge(nonNegative(Integer.parseInt(v), 150));
                case "hukou" -> s.setHukou(region(v));
                case "disabled" -> s.setDisabled(bool(v));
                case "enterpriseScale" -> s.setEnterpriseScale(scale(v));
                case "employees" -> s.setEmployees(nonNegative(Integer.parseInt(v), 10_000_000));
                case "annualTaxableIncome" -> s.setAnnualTaxableIncome(decimal(v, false));
                case "totalAssets" -> s.setTotalAssets(decimal(v, true));
                case "insuredMonths" -> s.setInsuredMonths(nonNegative(Integer.parseInt(v), 1200));
                case "layoffRate" -> s.setLayoffRate(rate(v));
                case "unemploymentInsurancePaid" -> s.setUnemploymentInsurancePaid(decimal(v, true));
                case "seriousDishonesty" -> s.setSeriousDishonesty(bool(v));
                default -> errors.add(new FieldProblem(field, "is not an attribute of the data dictionary "
                        + "(GET /api/v1/policies/attributes)"));
            }
        } catch (IllegalArgumentException e) {
            errors.add(new FieldProblem(field, e instanceof NumberFormatException ? "must be a number" : e.getMessage()));
        }
    }

    /** Binds every attribute of a map; returns the subject (problems collected). */
    public static Subject bindAll(Subject s, Map<String, ?> attributes, String prefix, List<FieldProblem> errors) {
        attributes.forEach((k, v) -> bind(s, k, v, prefix + k, errors));
        return s;
    }

    private static int nonNegative(int v, int max) {
        if (v < 0 || v > max) {
            throw new IllegalArgumentException("must be between 0 and " + max);
        }
        return v;
    }

    private static double decimal(String v, boolean nonNegative) {
        double d = Double.parseDouble(v);
        if (Double.isNaN(d) || Double.isInfinite(d) || (nonNegative && d < 0)) {
            throw new IllegalArgumentException("must be a finite" + (nonNegative ? ", non-negative" : "") + " number");
        }
        return d;
    }

    private static double rate(String v) {
        double d = Double.parseDouble(v);
        if (!(d >= 0 && d <= 1)) {
            throw new IllegalArgumentException("must be a proportion between 0 and 1");
        }
        return d;
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

    private static String scale(String v) {
        if (!SCALES.contains(v)) {
            throw new IllegalArgumentException("must be LARGE, MEDIUM, SMALL or MICRO");
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
