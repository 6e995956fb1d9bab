package org.zwfw.cases;

import java.util.Set;

import org.kie.api.runtime.KieSession;
import org.zwfw.cases.facts.CaseEvent;
import org.zwfw.cases.facts.CaseFile;
import org.zwfw.cases.facts.Transition;
import org.zwfw.ruleset.RuleSet;

/**
 * Runs the case transition rules (ruleflow-group "case") for one event, under the instruments that applied when
 * the case was decided: a case keeps the law it was opened under.
 */
public final class CaseEngine {

    public Transition apply(RuleSet rs, CaseFile file, CaseEvent event) {
        Set<String> ids = rs.ids(rs.applicable(rs.catalog().chain(file.jurisdiction()), file.openedOn()));
        Transition t = new Transition();
        KieSession session = rs.newSession();
        try {
            session.setGlobal("transition", t);
            session.insert(file);
            session.insert(event);
            session.getAgenda().getAgendaGroup("case").setFocus();
            session.fireAllRules(rs.onlyRulesOf(ids));
        } finally {
            session.dispose();
        }
        return t;
    }
}
