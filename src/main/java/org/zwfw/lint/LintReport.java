package org.zwfw.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.kie.api.runtime.rule.RuleContext;
import org.zwfw.lint.facts.Breach;
import org.zwfw.lint.facts.CatchAllPhrase;
import org.zwfw.lint.facts.RequiredElement;

/** The lint rules' global: collects each breach with the rule id and clause of the rule that found it. */
public final class LintReport {
    private final List<Breach> breaches = new ArrayList<>();

    /** Records a breach found by the firing rule; returns it so the rule can insert it as a fact. */
    public Breach breach(RuleContext ctx, String check, String matterCode, String materialCode, String message) {
        return record(ctx, check, matterCode, materialCode, null, message);
    }

    /** Records a breach in a row of the 证明事项清单 (no matter concerned): the row's proof name. */
    public Breach proofBreach(RuleContext ctx, String check, String proof, String message) {
        return record(ctx, check, null, null, proof, message);
    }

    private Breach record(RuleContext ctx, String check, String matterCode, String materialCode, String proof,
                          String message) {
        Map<String, Object> meta = ctx.getRule().getMetaData();
        Object id = meta.get("ruleId");
        Object clause = meta.get("clause");
        Breach b = new Breach(matterCode, materialCode, check, message, clause == null ? null : clause.toString(),
                id == null ? ctx.getRule().getName() : id.toString(), proof);
        breaches.add(b);
        return b;
    }

    /** The labels of the elements, in the order the article lists them, joined with 、. */
    public String labels(List<?> elements) {
        return String.join("、", elements.stream().map(RequiredElement.class::cast)
                .sorted(Comparator.comparingInt(RequiredElement::order)).map(RequiredElement::label).toList());
    }

    /** The phrases found, in the order of the instrument's table, joined with 、. */
    public String phrases(List<?> found) {
        return String.join("、", found.stream().map(CatchAllPhrase.class::cast)
                .sorted(Comparator.comparingInt(CatchAllPhrase::order)).map(CatchAllPhrase::phrase).toList());
    }

    /**
     * By matter, material (matter-level first), check and clause — breaches of 证明事项清单 rows (no matter) after the
     * matters', by proof: a stable order for people and diffs.
     */
    public List<Breach> breaches() {
        return breaches.stream().sorted(Comparator.comparing(Breach::matterCode, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(b -> b.proof() == null ? "" : b.proof())
                .thenComparing(b -> b.materialCode() == null ? "" : b.materialCode())
                .thenComparing(Breach::check).thenComparing(b -> b.clause() == null ? "" : b.clause())).toList();
    }
}
