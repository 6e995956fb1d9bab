package org.zwfw.fees;

import java.util.List;
import java.util.Set;

import org.zwfw.fees.facts.FeeExemption;
import org.zwfw.fees.facts.FeeReduction;
import org.zwfw.fees.facts.FeeStandard;
import org.zwfw.fees.facts.PaymentMethod;

/**
 * The fee tables of a rule set: fee standards (with basis and basis level) from {@code <jurisdiction>/fees/}, their
 * exemptions and reductions, and the payment methods each instrument requires (beside its manifest).
 */
public record FeeTables(List<FeeStandard> standards, List<FeeExemption> exemptions, List<FeeReduction> reductions,
                        List<PaymentMethod> paymentMethods, java.util.Map<String, java.util.Set<String>> conditions) {

    public static FeeTables empty() {
        return new FeeTables(List.of(), List.of(), List.of(), List.of(), java.util.Map.of());
    }

    /** The values {@code condition} takes ({@link FeeVocabulary#CONDITIONS_TABLE}), in the table's order. */
    public java.util.Set<String> valuesOf(String condition) {
        return conditions.getOrDefault(condition, java.util.Set.of());
    }

    /** The standards published in the given jurisdictions (a request's chain 国家 → 省 → 市 → 区). */
    public List<FeeStandard> standardsIn(List<String> chain) {
        return standards.stream().filter(s -> chain.contains(s.jurisdiction())).toList();
    }

    public List<FeeExemption> exemptionsOf(Set<String> fees) {
        return exemptions.stream().filter(e -> fees.contains(e.fee())).toList();
    }

    public List<FeeReduction> reductionsOf(Set<String> fees) {
        return reductions.stream().filter(r -> fees.contains(r.fee())).toList();
    }

    public List<PaymentMethod> paymentMethodsOf(Set<String> instrumentIds) {
        return paymentMethods.stream().filter(p -> instrumentIds.contains(p.instrument())).toList();
    }
}
