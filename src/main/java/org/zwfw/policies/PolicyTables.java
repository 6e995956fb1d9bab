package org.zwfw.policies;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.zwfw.policies.facts.PolicyClassList;

/**
 * The 免申即享 policy catalog, the published data dictionary of subject attributes, and the classes of policy list
 * each instrument requires to be published (policy-lists.csv beside its manifest).
 */
public record PolicyTables(List<Attribute> attributes, Map<String, Policy> policies, List<PolicyClassList> lists,
                           SubjectDictionary dictionary) {

    /** One attribute of the data dictionary. */
    public record Attribute(String name, String type, String unit, String subjectType, String meaning) {}

    /** One policy: where and when it applies, its class, benefit text and basis. */
    public record Policy(String code, String jurisdiction, String policyClass, String name, String conditionText,
                         String benefit, LocalDate from, LocalDate to, String basis, String dataQuality) {
        public boolean validOn(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    public static PolicyTables empty() {
        return new PolicyTables(List.of(), Map.of(), List.of(), SubjectDictionary.empty());
    }

    /** The policy lists the given instruments require. */
    public List<PolicyClassList> listsOf(Set<String> instrumentIds) {
        return lists.stream().filter(l -> instrumentIds.contains(l.instrument())).toList();
    }

    /** Policies valid on the date in one of the jurisdictions of the chain (000000 = national, inherited). */
    public Set<String> activeCodes(List<String> chain, LocalDate date) {
        return policies.values().stream()
                .filter(p -> chain.contains(p.jurisdiction()) && p.validOn(date))
                .map(Policy::code)
                .collect(Collectors.toUnmodifiableSet());
    }
}
