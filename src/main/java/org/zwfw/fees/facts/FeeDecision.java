package org.zwfw.fees.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What the fee rules decided (the {@code feeDecision} global of a fee session): the fees charged, what was exempted
 * or reduced and on which basis, whether every fee had a sufficient legal basis, the payment methods the counter
 * must offer, and the reasons, each naming the rule and clause that wrote it.
 */
public class FeeDecision {

    /** One rule that shaped the answer, with what it rests on (domain.md §0). */
    public record Reason(String rule, String name, String clause, String text, String basis,
                         org.zwfw.lawbook.ListRef list, List<String> interpretations, boolean discretionary) {}

    /** An exemption or reduction applied to a fee, with its own basis. */
    public record Relief(String fee, String reason, String basis) {}

    private final List<FeeItem> items = new ArrayList<>();
    private final List<Relief> exemptions = new ArrayList<>();
    private final Set<String> paymentMethods = new LinkedHashSet<>();
    private boolean lawful = true;
    private final List<Reason> reasons = new ArrayList<>();

    public void because(RuleContext ctx, String text) {
        because(ctx, text, null);
    }

    /** A reason resting on (or reading) a row of a published list, such as a fee standard. */
    public void because(RuleContext ctx, String text, org.zwfw.lawbook.ListRef list) {
        Rule rule = ctx.getRule();
        Map<String, Object> meta = rule.getMetaData();
        Object id = meta.get("ruleId");
        Object clause = meta.get("clause");
        org.zwfw.lawbook.Basis basis = org.zwfw.lawbook.Basis.of(meta);
        reasons.add(new Reason(id == null ? rule.getName() : id.toString(), rule.getName(),
                clause == null ? null : clause.toString(), text, basis.kind(), list, basis.interpretations(),
                basis.discretionary()));
    }

    public void charge(FeeItem item) {
        items.add(item);
    }

    public void relieve(String fee, String reason, String basis) {
        exemptions.add(new Relief(fee, reason, basis));
    }

    /** A fee was found without the legal basis the law requires for it. */
    public void unlawful() {
        this.lawful = false;
    }

    /** Offers the methods, in their table's order; answers their labels joined for the reason text (现金、银行卡…). */
    public String offer(List<PaymentMethod> methods) {
        List<PaymentMethod> ordered = methods.stream().sorted(Comparator.comparingInt(PaymentMethod::position)).toList();
        ordered.forEach(m -> paymentMethods.add(m.method()));
        return String.join("、", ordered.stream().map(PaymentMethod::label).toList());
    }

    public List<FeeItem> getItems() { return List.copyOf(items); }
    public List<Relief> getExemptions() { return List.copyOf(exemptions); }
    public List<String> getPaymentMethods() { return List.copyOf(paymentMethods); }
    public boolean isLawful() { return lawful; }
    public List<Reason> getReasons() { return List.copyOf(reasons); }

    /** The sum of what is payable for each fee, in yuan with 2 decimals. */
    public BigDecimal getAmountYuan() {
        return items.stream().map(FeeItem::getAmountYuan).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
