package org.zwfw.governance.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.zwfw.catalog.Catalog;
import org.zwfw.catalog.CatalogLoader;
import org.zwfw.lawbook.Clauses;
import org.zwfw.lawbook.Lawbook;
import org.zwfw.lawbook.TextArticles;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A rules folder as its sources say, read without compiling: the manifests (with the line of each field), the DRL
 * files parsed by Drools' own parser, the jurisdictions. What the static checks read; the compiled rule set is
 * {@link org.zwfw.engine.RuleSetLoader}'s.
 */
final class RulesSource {
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    final Path root;
    final List<Path> files;
    final Catalog catalog;
    final List<Manifest> manifests = new ArrayList<>();
    final List<Drl> drls = new ArrayList<>();

    /** One manifest: its fields, where each is, and the articles of its text and of its {@code articles} list. */
    record Manifest(String file, String folder, JsonNode fields, Map<String, Integer> lines, List<String> textArticles,
                    List<String> listedArticles) {
        String text(String field) {
            JsonNode v = fields.get(field);
            return v == null || v.isNull() ? null : v.asString().trim();
        }

        boolean has(String field) { return fields.has(field); }

        int line(String field) { return lines.getOrDefault(field, 0); }

        String id() { return text("id"); }

        String title() { return text("title"); }

        String jurisdiction() { return text("jurisdiction"); }

        boolean draft() { return "DRAFT".equals(text("status")); }

        boolean citedWhole() { return fields.has("citedWhole") && fields.get("citedWhole").asBoolean(); }

        LocalDate date(String field) {
            String v = text(field);
            try {
                return v == null || v.isBlank() ? null : LocalDate.parse(v);
            } catch (RuntimeException e) {
                return null;
            }
        }

        Set<String> articles() {
            Set<String> all = new LinkedHashSet<>(textArticles == null ? List.of() : textArticles);
            all.addAll(listedArticles);
            return all;
        }
    }

    /** One DRL file as Drools' parser reads it; {@code pkg} is null where it does not parse (the compiler says why). */
    record Drl(String file, String source, PackageDescr pkg) {}

    RulesSource(Lawbook book) {
        this.root = book.root();
        // The files the loader compiles: the same copy of the folder.
        files = book.files();
        catalog = CatalogLoader.load(root, new ArrayList<>());
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.equals("manifest.yaml")) {
                readManifest(f).ifPresent(manifests::add);
            } else if (name.endsWith(".drl")) {
                String source = read(f);
                drls.add(new Drl(rel(f), source, parse(source)));
            }
        }
    }

    String rel(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    Optional<Manifest> manifestTitled(String title) {
        return manifests.stream().filter(m -> title.equals(m.title())).findFirst();
    }

    /** The manifest of the instrument a rule's {@code @clause} names, if any. */
    Optional<Manifest> manifestOf(RuleDescr rule) {
        String clause = annotation(rule, "clause");
        return clause == null ? Optional.empty() : manifestTitled(Clauses.title(clause));
    }

    static String annotation(RuleDescr rule, String name) {
        AnnotationDescr a = rule.getAnnotation(name);
        if (a == null) {
            return null;
        }
        Object v = a.getSingleValue();
        return v == null ? "" : AnnotationDescr.unquote(v.toString()).trim();
    }

    private Optional<Manifest> readManifest(Path f) {
        try {
            String yaml = Files.readString(f, StandardCharsets.UTF_8);
            JsonNode tree = YAML.readTree(yaml);
            if (tree == null || !tree.isObject()) {
                return Optional.empty();
            }
            Map<String, Integer> lines = new HashMap<>();
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
            List<String> listed = new ArrayList<>();
            JsonNode a = tree.get("articles");
            if (a != null && a.isArray()) {
                a.forEach(x -> listed.add(x.asString().trim()));
            }
            List<String> textArticles = null;
            JsonNode text = tree.get("text");
            if (text != null && !text.isNull()) {
                Path tf = f.getParent().resolve(text.asString());
                if (Files.isRegularFile(tf)) {
                    textArticles = TextArticles.read(tf);
                }
            }
            return Optional.of(new Manifest(rel(f), rel(f.getParent()), tree, lines, textArticles, listed));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the loader reports a manifest that is not YAML
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PackageDescr parse(String source) {
        try {
            DrlParser parser = new DrlParser();
            PackageDescr pkg = parser.parse(false, source);
            return parser.hasErrors() ? null : pkg;
        } catch (Exception e) {
            return null;
        }
    }
}
