package org.zwfw.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.zwfw.lawbook.Phases;
import org.zwfw.lawbook.Instrument;
import org.zwfw.engine.RuleSet;

/**
 * Runs one decision of a family on a rule set: a pooled session, the family's facts and globals, the family's phases
 * (from {@code phases.csv}) in their order, and only the rules of the instruments that apply allowed to fire. Every
 * family — acceptance, fees, cases, lint, policy lists, and those to come — decides through here; the engine names
 * none of them and holds no decision logic.
 */
public final class Engine {

    /** What a run did: the ids of the rules that fired, in order. */
    public record Fired(List<String> rules) {}

    /** One decision to run: the family, the instruments that apply, and how to put its facts in. */
    public static final class Run {
        private final String family;
        private final Collection<Instrument> applying;
        private final Consumer<Facts> facts;
        private AgendaEventListener observer;
        private Function<Facts, Boolean> followUp;
        private String followUpPhase;

        private Run(String family, Collection<Instrument> applying, Consumer<Facts> facts) {
            this.family = family;
            this.applying = applying;
            this.facts = facts;
        }

        /** A listener that also watches each rule fire (a what-if uses it to see what each rule changed). */
        public Run observedBy(AgendaEventListener listener) {
            this.observer = listener;
            return this;
        }

        /**
         * After the phases have run, {@code more} may insert facts the decision's own answers gave rise to (true when
         * it did); {@code phase} then runs again on them.
         */
        public Run thenAgain(String phase, Function<Facts, Boolean> more) {
            this.followUpPhase = phase;
            this.followUp = more;
            return this;
        }
    }

    private Engine() {}

    public static Run decide(String family, Collection<Instrument> applying, Consumer<Facts> facts) {
        return new Run(family, applying, facts);
    }

    /**
     * The instruments of the jurisdiction's chain in force on the date; a date on which none is refuses the decision
     * ({@link NoLawInForce}, naming {@code field}): no rule could decide it.
     */
    public static List<Instrument> lawInForce(RuleSet rs, String jurisdiction, LocalDate date, String field) {
        List<String> chain = rs.catalog().chain(jurisdiction);
        List<Instrument> applying = rs.applicable(chain, date);
        if (applying.isEmpty()) {
            LocalDate earliest = rs.instruments().stream()
                    .filter(i -> chain.contains(i.jurisdiction()) && i.status() != Instrument.Status.DRAFT
                            && i.inForceFrom() != null)
                    .map(Instrument::inForceFrom).min(LocalDate::compareTo).orElse(null);
            throw new NoLawInForce(field, jurisdiction, date, earliest);
        }
        return applying;
    }

    /** Runs the decision on the rule set and says which rules fired. */
    public static Fired run(RuleSet rs, Run run) {
        List<String> phases = rs.table(Phases.class).of(run.family);
        if (phases.isEmpty()) {
            throw new IllegalStateException("phases.csv lists no phase of the family " + run.family);
        }
        Set<String> ids = rs.ids(List.copyOf(run.applying));
        List<String> fired = new ArrayList<>();
        KieSession session = rs.newSession();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    Object id = event.getMatch().getRule().getMetaData().get("ruleId");
                    fired.add(id == null ? event.getMatch().getRule().getName() : id.toString());
                }
            });
            if (run.observer != null) {
                session.addEventListener(run.observer);
            }
            Facts facts = new Facts() {
                @Override
                public void global(String name, Object value) {
                    session.setGlobal(name, value);
                }

                @Override
                public void insert(Object fact) {
                    session.insert(fact);
                }
            };
            run.facts.accept(facts);
            // Focus is a stack: the last focused runs first, so the phases are pushed in reverse.
            for (int i = phases.size() - 1; i >= 0; i--) {
                session.getAgenda().getAgendaGroup(phases.get(i)).setFocus();
            }
            session.fireAllRules(rs.onlyRulesOf(ids));
            if (run.followUp != null && run.followUp.apply(facts)) {
                session.getAgenda().getAgendaGroup(run.followUpPhase).setFocus();
                session.fireAllRules(rs.onlyRulesOf(ids));
            }
        } finally {
            session.dispose();
        }
        return new Fired(List.copyOf(fired));
    }
}
