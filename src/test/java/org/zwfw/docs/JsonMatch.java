package org.zwfw.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares an answer with the one a page shows, as JSON trees: same fields (in any order), arrays in the same order,
 * numbers as written ({@code 90.00} is not {@code 90.0}). Where a value legitimately varies — a rule set version, an id,
 * a time — the page shows the string {@code "…"}, which stands for any value; inside a longer string {@code …} stands
 * for any text (a long text the page shortens). In an abridged example an object may have more fields than shown.
 */
final class JsonMatch {
    static final String ANY = "…";
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private JsonMatch() {}

    /** Every difference, as "path: what"; empty when the answer is what the page shows. */
    static List<String> differences(JsonNode shown, JsonNode actual, boolean abridged) {
        List<String> out = new ArrayList<>();
        compare("$", shown, actual, abridged, out);
        return out;
    }

    private static void compare(String path, JsonNode shown, JsonNode actual, boolean abridged, List<String> out) {
        if (actual == null || actual.isMissingNode()) {
            out.add(path + ": shown, not in the answer");
        } else if (shown.isString() && shown.stringValue().equals(ANY)) {
            return;
        } else if (shown.isString() && shown.stringValue().contains(ANY)) {
            if (!actual.isString() || !glob(shown.stringValue()).matcher(actual.stringValue()).matches()) {
                out.add(path + ": shown " + shown + ", answered " + actual);
            }
        } else if (shown.isObject() && actual.isObject()) {
            for (String field : shown.propertyNames()) {
                compare(path + "." + field, shown.get(field), actual.get(field), abridged, out);
            }
            if (!abridged) {
                for (String field : actual.propertyNames()) {
                    if (!shown.has(field)) {
                        out.add(path + "." + field + ": answered " + actual.get(field) + ", not shown");
                    }
                }
            }
        } else if (shown.isArray() && actual.isArray()) {
            if (shown.size() != actual.size()) {
                out.add(path + ": shown " + shown.size() + " elements, answered " + actual.size() + ": " + actual);
                return;
            }
            for (int i = 0; i < shown.size(); i++) {
                compare(path + "[" + i + "]", shown.get(i), actual.get(i), abridged, out);
            }
        } else if (shown.isNumber() && actual.isNumber()) {
            if (!shown.asString().equals(actual.asString())) {
                out.add(path + ": shown " + shown + ", answered " + actual);
            }
        } else if (!shown.equals(actual)) {
            out.add(path + ": shown " + shown + ", answered " + actual);
        }
    }

    private static Pattern glob(String shown) {
        StringBuilder p = new StringBuilder();
        for (String part : shown.split(ANY, -1)) {
            if (!p.isEmpty() || shown.startsWith(ANY)) {
                p.append(".*");
            }
            p.append(Pattern.quote(part));
        }
        return Pattern.compile(p.toString(), Pattern.DOTALL);
    }
}
