package org.zwfw.lawbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One {@code manifest.yaml} of the lawbook as written, parsed once for every reader (the loader, validate,
 * scaffold): its fields, the line of each, the articles of its text file and of its {@code articles} list. Whether
 * the fields make a valid instrument is the loader's question; {@code error} says only that the file is not YAML (then
 * {@code fields} is null), {@code textError} that the text file it names cannot be read.
 */
public record Manifest(String file, String folder, JsonNode fields, Map<String, Integer> lines,
                       List<String> textArticles, List<String> listedArticles, String error, String textError) {
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    static Manifest read(Path root, Path f) {
        String file = Lawbook.rel(root, f);
        String folder = Lawbook.rel(root, f.getParent());
        JsonNode tree;
        Map<String, Integer> lines = new HashMap<>();
        try {
            String yaml = Files.readString(f, StandardCharsets.UTF_8);
            tree = YAML.readTree(yaml);
            try (JsonParser p = YAML.createParser(yaml)) {
                int depth = 0;
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                        depth++;
                    } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                        depth--;
                    } else if (t == JsonToken.PROPERTY_NAME && depth == 1) {
                        lines.put(p.currentName(), p.currentTokenLocation().getLineNr());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return new Manifest(file, folder, null, Map.of(), null, List.of(),
                    "manifest is not valid YAML: " + e.getMessage(), null);
        }
        if (tree == null || !tree.isObject()) {
            return new Manifest(file, folder, null, Map.of(), null, List.of(), "manifest is not a YAML mapping", null);
        }
        List<String> listed = new ArrayList<>();
        JsonNode a = tree.get("articles");
        if (a != null && a.isArray()) {
            a.forEach(x -> listed.add(x.asString().trim()));
        }
        List<String> textArticles = null;
        String textError = null;
        JsonNode text = tree.get("text");
        if (text != null && !text.isNull()) {
            try {
                textArticles = TextArticles.read(f.getParent().resolve(text.asString()));
            } catch (IOException | RuntimeException e) {
                textError = "text file " + text.asString() + " cannot be read";
            }
        }
        return new Manifest(file, folder, tree, Map.copyOf(lines), textArticles == null ? null : List.copyOf(textArticles),
                List.copyOf(listed), null, textError);
    }

    /** A field's text, trimmed; null where it is absent or null. */
    public String text(String field) {
        JsonNode v = fields == null ? null : fields.get(field);
        return v == null || v.isNull() ? null : v.asString().trim();
    }

    public boolean has(String field) { return fields != null && fields.has(field); }

    /** The line a top-level field is on (0 where unknown). */
    public int line(String field) { return lines.getOrDefault(field, 0); }

    public String id() { return text("id"); }

    public String title() { return text("title"); }

    public String jurisdiction() { return text("jurisdiction"); }

    public boolean draft() { return "DRAFT".equals(text("status")); }

    public boolean citedWhole() { return has("citedWhole") && fields.get("citedWhole").asBoolean(); }

    /** The name of the text file beside it, or null. */
    public String textFile() { return text("text"); }

    /** A date field, or null where it is absent or not a date. */
    public LocalDate date(String field) {
        String v = text(field);
        try {
            return v == null || v.isBlank() ? null : LocalDate.parse(v);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The articles of its text and of its {@code articles} list, in that order. */
    public Set<String> articles() {
        Set<String> all = new LinkedHashSet<>(textArticles == null ? List.of() : textArticles);
        all.addAll(listedArticles);
        return all;
    }
}
