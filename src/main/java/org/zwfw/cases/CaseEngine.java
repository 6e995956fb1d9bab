package org.zwfw.cases;

import org.zwfw.cases.facts.CaseEvent;
import org.zwfw.cases.facts.CaseFile;
import org.zwfw.cases.facts.Transition;
import org.zwfw.engine.Engine;
import org.zwfw.engine.RuleSet;

/**
 * Runs the case transition rules (ruleflow-group "case") for one event, under the instruments that applied when
 * the case was decided: a case keeps the law it was opened under.
 */
public final class CaseEngine {

    /** The family's name in phases.csv. */
    public static final String FAMILY = "cases";

    public Transition apply(RuleSet rs, CaseFile file, CaseEvent event) {
        Transition t = new Transition();
        Engine.run(rs, Engine.decide(FAMILY, Engine.lawInForce(rs, file.jurisdiction(), file.openedOn(), "openedOn"),
                facts -> {
                    facts.global("transition", t);
                    facts.insert(file);
                    facts.insert(event);
                }));
        return t;
    }
}
