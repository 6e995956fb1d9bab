package org.zwfw.fees.facts;

/**
 * A payment method an instrument requires offline counters to offer (payment-methods.csv beside its manifest);
 * {@code position}: its row, so the answer lists them in the table's order.
 */
public record PaymentMethod(String instrument, int position, String method, String label) {
    public String getInstrument() { return instrument; }
    public String getMethod() { return method; }
    public String getLabel() { return label; }
}
