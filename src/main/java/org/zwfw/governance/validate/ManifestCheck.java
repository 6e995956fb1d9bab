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
                for (String a : m.listedArticles()) {
                    if (!m.textArticles().contains(a)) {
                        out.add(Finding.at(m.file(), m.line("articles"), "manifest", "article " + a
                                + " is listed under 'articles' but is not in the text " + m.text("text")));
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
}
