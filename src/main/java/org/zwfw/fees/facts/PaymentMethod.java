package org.zwfw.fees.facts;

/**
 * A payment method an instrument requires offline counters to offer (payment-methods.csv beside its manifest);
 * {@code position}: its row, so the answer lists them in the table's order.
 * {@code instrument} and {@code instrumentTitle}: the id and the exact title of the instrument that publishes the row
 * (its manifest); a rule names the instrument by the title its own {@code @clause} cites, so renaming an id needs no
 * DRL edit.
 */
public record PaymentMethod(String instrument, String instrumentTitle, int position, String method, String label) {
    public String getInstrument() { return instrument; }
    public String getInstrumentTitle() { return instrumentTitle; }
    public String getMethod() { return method; }
    public String getLabel() { return label; }
}
