package org.zwfw.supervision.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kie.api.runtime.rule.RuleContext;
import org.zwfw.lawbook.Basis;
import org.zwfw.lawbook.ListRef;

/** What the supervision rules concluded, each conclusion with the rule, clause and basis it rests on (domain.md §0). */
public abstract class Reasoned {
    /** One rule's conclusion; {@code list} is the published list row it read (LIST basis), if any. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record Reason(String rule, String clause, String text, String basis, List<String> interpretations,
                         boolean discretionary,
                         @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                         ListRef list) {}

    private final List<Reason> reasons = new ArrayList<>();
    private String conflict;
    private String conflictClause;

    public void reason(RuleContext ctx, String text) {
        reason(ctx, text, null);
    }

    public void reason(RuleContext ctx, String text, ListRef list) {
        Map<String, Object> meta = ctx.getRule().getMetaData();
        Object id = meta.get("ruleId");
        Object clause = meta.get("clause");
        Basis basis = Basis.of(meta);
        reasons.add(new Reason(id == null ? ctx.getRule().getName() : id.toString(),
                clause == null ? null : clause.toString(), text, basis.kind(), basis.interpretations(),
                basis.discretionary(), list));
    }

    /** The change asked for is not allowed (answered 409 naming the rule's clause). */
    public void refuse(RuleContext ctx, String text) {
        refuse(ctx, text, null);
    }

    /** Refused by a rule resting on a published list's row. */
    public void refuse(RuleContext ctx, String text, ListRef list) {
        if (conflict == null) {
            conflict = text;
            Object clause = ctx.getRule().getMetaData().get("clause");
            conflictClause = clause == null ? null : clause.toString();
        }
        reason(ctx, text, list);
    }

    public List<Reason> getReasons() { return List.copyOf(reasons); }
    public String getConflict() { return conflict; }
    public String getConflictClause() { return conflictClause; }
}
