package org.zwfw.fees.facts;

/** A payment method an instrument requires offline counters to offer (payment-methods.csv beside its manifest). */
public record PaymentMethod(String instrument, String method, String label) {
    public String getInstrument() { return instrument; }
    public String getMethod() { return method; }
    public String getLabel() { return label; }
}
