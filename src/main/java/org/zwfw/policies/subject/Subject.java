package org.zwfw.policies.subject;

import java.util.HashMap;
import java.util.Map;

/**
 * A person or an enterprise as a 免申即享 request or population row gives it: values of the published data
 * dictionary (rules/policies/attributes.csv) by attribute name, already checked by {@code SubjectBinder}. The policy
 * rules match the {@code Subject} fact declared from the dictionary ({@code SubjectDictionary}), made from this one
 * by {@code SubjectFacts}. An absent value never satisfies a condition. {@code key} identifies the subject in batch
 * output and is not used by rules.
 */
public class Subject {
    private final String key;
    private final String type;
    private final Map<String, Object> values = new HashMap<>();
    private Map<String, String> sources = Map.of();

    public Subject(String key, String type) {
        this.key = key;
        this.type = type;
    }

    public String getKey() { return key; }
    public String getType() { return type; }
    public Map<String, String> getSources() { return sources; }

    public Subject setSources(Map<String, String> v) { sources = Map.copyOf(v); return this; }

    /** Sets a dictionary attribute's value (Integer, Double, Boolean or String as its type says); null clears it. */
    public Subject set(String attribute, Object value) {
        if (value == null) {
            values.remove(attribute);
        } else {
            values.put(attribute, value);
        }
        return this;
    }

    /** A dictionary attribute's value by name (for explanations and near misses), or null. */
    public Object get(String attribute) {
        return values.get(attribute);
    }
}
