package org.zwfw.governance.validate;

import org.zwfw.lawbook.Manifest;
import java.util.List;

import org.zwfw.catalog.Jurisdiction;

/**
 * A manifest is complete and consistent: every field of the index is written (empty where unknown, so an omission is
 * a decision and not an oversight); a DRAFT carries no dates (it is never in force); an article listed by hand is an
 * article of the instrument's text; the instrument lives under its jurisdiction's folder. Dates that do not parse,
 * inForceTo before inForceFrom, a missing inForceFrom and unknown jurisdictions or statuses are the loader's problems.
 */
final class ManifestCheck {
    static final List<String> FIELDS = List.of("id", "title", "documentNumber", "jurisdiction", "inForceFrom",
            "inForceTo", "status");

    private ManifestCheck() {}

    static void run(RulesSource src, List<Finding> out) {
        for (Manifest m : src.manifests) {
            for (String field : FIELDS) {
                if (!m.has(field)) {
                    out.add(Finding.at(m.file(), 0, "manifest", "manifest field '" + field
                            + "' is missing (write it, left empty where it is not known)"));
                }
            }
            if (!m.has("text") && !m.has("articles") && !m.citedWhole()) {
                out.add(Finding.at(m.file(), 0, "manifest",
                        "the manifest names neither the instrument's 'text' nor its 'articles'"));
            }
            if (m.draft()) {
                for (String field : List.of("inForceFrom", "inForceTo")) {
                    if (m.text(field) != null && !m.text(field).isBlank()) {
                        out.add(Finding.at(m.file(), m.line(field), "manifest", "a DRAFT is never in force: '"
                                + field + "' must be empty (a what-if compares a draft; it is never applied)"));
                    }
                }
            }
            if (m.textArticles() != null) {
                List<String> text = textLines(src, m);
                for (String a : m.listedArticles()) {
                    // A part of an article (第十七条第二款, 第三十六条（一）) is listed by hand to be assessed or cited.
                    if (!m.textArticles().contains(a) && !org.zwfw.lawbook.TextArticles.hasUnit(text, a)) {
                        out.add(Finding.at(m.file(), m.line("articles"), "manifest", "article " + a
                                + " is listed under 'articles' but is not in the text " + m.text("text")
                                + " (an article, or a paragraph or item of one: 第十七条第二款, 第三十六条（一）)"));
                    }
                }
            }
            String code = m.jurisdiction();
            Jurisdiction j = code == null ? null : src.catalog.jurisdictions().get(code);
            if (j != null && !(m.folder() + "/").startsWith(j.folder() + "/")) {
                out.add(Finding.at(m.file(), m.line("jurisdiction"), "manifest", "jurisdiction " + code + " ("
                        + j.name() + ") keeps its instruments under " + j.folder() + "/, not under " + m.folder()
                        + "/"));
            }
        }
    }

    /** Whether an article listed by hand is one of the text, or a paragraph or item of one. */
    static boolean inText(RulesSource src, Manifest m, String article) {
        return m.textArticles() == null || m.textArticles().contains(article)
                || org.zwfw.lawbook.TextArticles.hasUnit(textLines(src, m), article);
    }

    private static List<String> textLines(RulesSource src, Manifest m) {
        try {
            return java.nio.file.Files.readAllLines(src.root.resolve(m.folder()).resolve(m.textFile()),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | RuntimeException e) {
            return List.of(); // the loader reports a text it cannot read
        }
    }
}
