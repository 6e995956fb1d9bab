package org.zwfw.lint;

import java.util.List;
import java.util.Set;

import org.zwfw.lint.facts.CatchAllPhrase;
import org.zwfw.lint.facts.RequiredElement;

/**
 * The lint tables of a rule set, read beside each manifest: {@code lint-elements.csv} (the elements an instrument
 * requires its 清单 / 办事指南 / 申请材料 to state) and {@code catch-all-phrases.csv} (wording it forbids).
 */
public record LintTables(List<RequiredElement> elements, List<CatchAllPhrase> phrases) {

    public static LintTables empty() {
        return new LintTables(List.of(), List.of());
    }

    public List<RequiredElement> elementsOf(Set<String> instrumentIds) {
        return elements.stream().filter(e -> instrumentIds.contains(e.instrument())).toList();
    }

    public List<CatchAllPhrase> phrasesOf(Set<String> instrumentIds) {
        return phrases.stream().filter(p -> instrumentIds.contains(p.instrument())).toList();
    }
}
