package org.zwfw.engine;

import org.zwfw.lawbook.Instrument;

import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.AgendaFilter;
import org.zwfw.catalog.Parameter;
import org.zwfw.catalog.PriorityGroup;
import org.zwfw.catalog.Catalog;
import org.zwfw.lawbook.Lawbook;

/**
 * One immutable, validated rule set: compiled rules, instruments, catalog and calendar, all read from one
 * {@link Lawbook} (the rules folder read once) and identified by its content hash. Shared by all request threads; a reload replaces it whole.
 */
public record RuleSet(String version, Lawbook lawbook, KieBase kieBase, Catalog catalog, List<Instrument> instruments,
                      List<RuleInfo> rules, Map<String, String> instrumentOfRule, List<Parameter> parameters,
                      List<PriorityGroup> priorityGroups, Map<Class<?>, Object> tables, SessionPool sessions,
                      Map<Rule, String> instrumentOfCompiledRule) {

    public RuleSet(String version, Lawbook lawbook, KieBase kieBase, Catalog catalog, List<Instrument> instruments,
                   List<RuleInfo> rules, Map<String, String> instrumentOfRule, List<Parameter> parameters,
                   List<PriorityGroup> priorityGroups, Map<Class<?>, Object> tables) {
        this(version, lawbook, kieBase, catalog, instruments, rules, instrumentOfRule, parameters, priorityGroups, tables,
                new SessionPool(kieBase, true), byCompiledRule(kieBase, instrumentOfRule));
    }

    /** The same rule set deciding on a new session every time (tests compare reused sessions against it). */
    public RuleSet withFreshSessions() {
        return new RuleSet(version, lawbook, kieBase, catalog, instruments, rules, instrumentOfRule, parameters,
                priorityGroups, tables, new SessionPool(kieBase, false), instrumentOfCompiledRule);
    }

    /**
     * The instrument of each compiled rule, by the rule object the engine hands to agenda filters: the filter is asked
     * for every activation, and looking the rule up by identity spares building its "package/name" key each time.
     */
    private static Map<Rule, String> byCompiledRule(KieBase kieBase, Map<String, String> instrumentOfRule) {
        Map<Rule, String> byRule = new IdentityHashMap<>();
        if (kieBase != null) {
            for (KiePackage pkg : kieBase.getKiePackages()) {
                for (Rule rule : pkg.getRules()) {
                    String instrument = instrumentOfRule.get(ruleKey(pkg.getName(), rule.getName()));
                    if (instrument != null) {
                        byRule.put(rule, instrument);
                    }
                }
            }
        }
        return Collections.unmodifiableMap(byRule);
    }

    /** The folder this rule set was read from (for logs; its files are read through {@link #lawbook()} only). */
    public String source() {
        return lawbook.origin().toString();
    }

    /** The rules folder as this rule set read it: tables and sources are read here, never from the folder on disk. */
    public java.nio.file.Path root() {
        return lawbook.root();
    }

    /** A (reused, clean) session of this rule set for one decision; {@code dispose()} hands it back. */
    public org.kie.api.runtime.KieSession newSession() {
        return sessions.take();
    }

    /** One family of analyst tables (fees, policies …) read with this rule set. */
    public <T> T table(Class<T> type) {
        return type.cast(tables.get(type));
    }

    /** The instruments of the chain that are law on the date (drafts never are). */
    public List<Instrument> applicable(List<String> chain, LocalDate date) {
        return instruments.stream()
                .filter(i -> chain.contains(i.jurisdiction()) && i.appliesOn(date))
                .toList();
    }

    public Set<String> ids(List<Instrument> list) {
        return list.stream().map(Instrument::id).collect(Collectors.toUnmodifiableSet());
    }

    /** Lets fire only the rules whose @clause names one of these instruments (the law that applies). */
    public AgendaFilter onlyRulesOf(Set<String> instrumentIds) {
        return match -> {
            String instrument = instrumentOfCompiledRule.get(match.getRule());
            return instrument != null ? instrumentIds.contains(instrument) : instrumentIds.contains(
                    instrumentOfRule.get(ruleKey(match.getRule().getPackageName(), match.getRule().getName())));
        };
    }

    public static String ruleKey(String packageName, String ruleName) {
        return packageName + "/" + ruleName;
    }
}
