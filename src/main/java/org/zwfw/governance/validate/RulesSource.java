package org.zwfw.governance.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.zwfw.catalog.Catalog;
import org.zwfw.catalog.CatalogLoader;
import org.zwfw.lawbook.Clauses;
import org.zwfw.lawbook.Lawbook;
import org.zwfw.lawbook.Manifest;


/**
 * A rules folder as its sources say, read without compiling: the manifests (with the line of each field), the DRL
 * files parsed by Drools' own parser, the jurisdictions. What the static checks read; the compiled rule set is
 * {@link org.zwfw.engine.RuleSetLoader}'s.
 */
final class RulesSource {

    final Path root;
    final List<Path> files;
    final Catalog catalog;
    final List<Manifest> manifests = new ArrayList<>();
    final List<Drl> drls = new ArrayList<>();

    /** One DRL file as Drools' parser reads it; {@code pkg} is null where it does not parse (the compiler says why). */
    record Drl(String file, String source, PackageDescr pkg) {}

    RulesSource(Lawbook book) {
        this.root = book.root();
        // The files the loader compiles: the same copy of the folder.
        files = book.files();
        // A manifest that is not YAML is the loader's problem to report; the checks read the others.
        book.manifests().stream().filter(m -> m.error() == null).forEach(manifests::add);
        catalog = CatalogLoader.load(root, new ArrayList<>());
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".drl")) {
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
