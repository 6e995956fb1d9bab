package org.zwfw.lawbook;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.api.definition.rule.Rule;

/**
 * What a rule's conclusion rests on (domain.md §0), as the rule declares it in its metadata:
 * {@code @basis("TEXT" | "LIST" | "INTERPRETATION")} — the article's own words, the agency's published list, or a
 * recorded reading where the texts are silent; {@code @interpretation("ID[,ID…]")} — the entries of an
 * interpretation register the rule relies on; {@code @discretionary(true)} — the text leaves the conclusion to the
 * agency ("可以", "根据实际情况", an open "等" list, a target); {@code @publishedList("…")} — the published list it reads (not {@code @list}: Drools resolves an annotation named like an imported type, and {@code list} is taken as java.util.List).
 */
public record Basis(String kind, List<String> interpretations, boolean discretionary, String list) {
    public static final Set<String> KINDS = Set.of("TEXT", "LIST", "INTERPRETATION");

    public static Basis of(Rule rule) {
        return of(rule.getMetaData());
    }

    public static Basis of(Map<String, Object> meta) {
        Object kind = meta.get("basis");
        Object interpretation = meta.get("interpretation");
        Object discretionary = meta.get("discretionary");
        Object list = meta.get("publishedList");
        return new Basis(kind == null ? null : kind.toString().trim(), ids(interpretation),
                discretionary != null && Boolean.parseBoolean(discretionary.toString().trim()),
                list == null ? null : list.toString().trim());
    }

    /** The entry ids of an {@code @interpretation} value: comma-separated, blanks ignored. */
    public static List<String> ids(Object value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.toString().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
