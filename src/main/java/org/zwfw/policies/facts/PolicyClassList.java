package org.zwfw.policies.facts;

/**
 * A class of policy list an instrument requires to be compiled and published (policy-lists.csv beside its manifest):
 * the catalog's class code and the list's name in the instrument's words; {@code position}: its row, so lists come
 * out in the table's order.
 * {@code instrument} and {@code instrumentTitle}: the id and the exact title of the instrument that publishes the row
 * (its manifest); a rule names the instrument by the title its own {@code @clause} cites, so renaming an id needs no
 * DRL edit.
 */
public record PolicyClassList(String instrument, String instrumentTitle, int position, String policyClass,
                              String label) {
    public String getInstrument() { return instrument; }
    public String getInstrumentTitle() { return instrumentTitle; }
    public String getPolicyClass() { return policyClass; }
    public String getLabel() { return label; }
}
