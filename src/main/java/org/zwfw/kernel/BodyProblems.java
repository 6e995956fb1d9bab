package org.zwfw.kernel;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** A JSON body Jackson could not bind, as the field problem a caller can act on (the HTTP layer and case files). */
public final class BodyProblems {
    private BodyProblems() {}

    /**
     * What is wrong with a field of a JSON body that Jackson could not bind, named by its path (prefixed by
     * {@code at}, e.g. {@code cases[3].acceptance.}): an unknown field with the nearest known names, or a value of the
     * wrong JSON type with what was expected. The value itself is never echoed: it may be personal data.
     */
    public static FieldProblem bodyProblem(JacksonException e, String at) {
        String path = pathOf(e);
        // An unknown field's name is named masked, should a caller have sent an identifier as one.
        String field = org.zwfw.identity.PersonalData.mask(
                path.isEmpty() ? (at.isEmpty() ? "body" : at.substring(0, at.length() - 1)) : at + path);
        if (e instanceof UnrecognizedPropertyException u) {
            return new FieldProblem(field, "is not a field of this request (unknown fields are rejected)"
                    + FieldSuggestions.didYouMean(u.getPropertyName(), u.getKnownPropertyIds()));
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return new FieldProblem(field, "type mismatch: must be " + expected(m.getTargetType())
                    + sent(m.getCurrentToken()));
        }
        return new FieldProblem(field, "wrong type or shape for this field");
    }

    private static String expected(Class<?> type) {
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "a JSON object";
    }

    private static String sent(tools.jackson.core.JsonToken token) {
        if (token == null) {
            return "";
        }
        return switch (token) {
            case START_OBJECT -> ", not an object";
            case START_ARRAY -> ", not an array";
            case VALUE_STRING -> ", not a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> ", not a number";
            case VALUE_TRUE, VALUE_FALSE -> ", not true/false";
            default -> "";
        };
    }


    public static String pathOf(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /**
     * An uploaded CSV that cannot be read on (e.g. a quote never closed): the body is named, with the parser's message,
     * which gives the line; no value of the file is echoed.
     */
    public static FieldProblem unreadableCsv(Throwable e) {
        org.apache.commons.csv.CSVException csv = csvCause(e);
        return new FieldProblem("body", "not a readable CSV file: " + (csv == null ? "malformed" : csv.getMessage()));
    }

    /** The CSV parser's failure behind {@code e}, or null when the failure is not one. */
    public static org.apache.commons.csv.CSVException csvCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.commons.csv.CSVException csv) {
                return csv;
            }
        }
        return null;
    }
}
