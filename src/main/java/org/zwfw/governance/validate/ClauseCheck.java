package org.zwfw.governance.validate;

import org.zwfw.lawbook.Manifest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.drools.drl.ast.descr.RuleDescr;
import org.zwfw.lawbook.Clauses;

/**
 * Every DRL rule carries {@code @ruleId} (unique in the folder) and {@code @clause("<exact title> <article>")}
 * naming an instrument of a manifest and an article of its text (or of its {@code articles} list). Read from the
 * sources, so a file that compiles is checked even when another does not. The wording of the clause problems is the
 * loader's, so the same problem found by both is printed once. Rows of policy decision tables cite their policy
 * ({@code @policy}) instead, and are checked by the loader against the policy catalog.
 */
final class ClauseCheck {
    private ClauseCheck() {}

    static void run(RulesSource src, List<Finding> out) {
        Map<String, String> firstUse = new HashMap<>();
        for (RulesSource.Drl drl : src.drls) {
            if (drl.pkg() == null) {
                continue;
            }
            for (RuleDescr rule : drl.pkg().getRules()) {
                String name = rule.getName();
                int line = rule.getLine();
                String id = RulesSource.annotation(rule, "ruleId");
                if (id == null || id.isBlank()) {
                    out.add(Finding.at(drl.file(), line, "clause", "rule \"" + name + "\" has no @ruleId"));
                } else {
                    String where = drl.file() + ":" + line;
                    String before = firstUse.putIfAbsent(id, where);
                    if (before != null) {
                        out.add(Finding.at(drl.file(), line, "clause", "rule \"" + name + "\": @ruleId \"" + id
                                + "\" is already used by the rule at " + before));
                    }
                }
                String clause = RulesSource.annotation(rule, "clause");
                if (clause == null || clause.isBlank()) {
                    if (RulesSource.annotation(rule, "policy") == null) {
                        out.add(Finding.at(drl.file(), line, "clause",
                                "rule \"" + name + "\" has no @clause naming the article it applies"));
                    }
                    continue;
                }
                String title = Clauses.title(clause);
                Optional<Manifest> m = src.manifestTitled(title);
                if (m.isEmpty()) {
                    out.add(Finding.at(drl.file(), line, "clause", "rule \"" + name + "\" cites \"" + clause
                            + "\": no instrument with the title \"" + title + "\" in any manifest"));
                    continue;
                }
                boolean whole = clause.equals(m.get().title()) && m.get().citedWhole();
                if (!whole && !m.get().articles().contains(Clauses.article(clause))) {
                    out.add(Finding.at(drl.file(), line, "clause", "rule \"" + name + "\" cites \"" + clause + "\": "
                            + m.get().title() + " has no article " + Clauses.article(clause)));
                }
            }
        }
    }
}
