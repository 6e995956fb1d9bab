package org.zwfw.cases.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.api.runtime.rule.RuleContext;

/** What the transition rules decided for one event (a global of the session). */
public class Transition {
    /** One rule that decided the move, with what it rests on (domain.md §0). */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record Reason(String rule, String clause, String text, String basis, List<String> interpretations,
                         boolean discretionary) {}

    private String newState;
    private Set<String> stillMissing;
    private LocalDate rectifyBy;
    private String conflict;
    private LocalDate falseCommitmentOn;
    private final List<Reason> reasons = new ArrayList<>();

    public void to(RuleContext ctx, String state, String text) {
        this.newState = state;
        reason(ctx, text);
    }

    /** The event is not allowed in this state or on this date (answered 409). */
    public void refuse(RuleContext ctx, String text) {
        this.conflict = text;
        reason(ctx, text);
    }

    public void reason(RuleContext ctx, String text) {
        Map<String, Object> meta = ctx.getRule().getMetaData();
        Object id = meta.get("ruleId");
        Object clause = meta.get("clause");
        org.zwfw.lawbook.Basis basis = org.zwfw.lawbook.Basis.of(meta);
        reasons.add(new Reason(id == null ? ctx.getRule().getName() : id.toString(),
                clause == null ? null : clause.toString(), text, basis.kind(), basis.interpretations(),
                basis.discretionary()));
    }

    public void stillMissing(Set<String> missing) { this.stillMissing = new LinkedHashSet<>(missing); }
    public void setRectifyBy(LocalDate d) { this.rectifyBy = d; }
    public void recordFalseCommitment(LocalDate on) { this.falseCommitmentOn = on; }

    public String getNewState() { return newState; }
    public Set<String> getStillMissing() { return stillMissing; }
    public LocalDate getRectifyBy() { return rectifyBy; }
    public String getConflict() { return conflict; }
    public LocalDate getFalseCommitmentOn() { return falseCommitmentOn; }
    public List<Reason> getReasons() { return List.copyOf(reasons); }
}
