package org.zwfw.policies.facts;

/**
 * A class of policy list an instrument requires to be compiled and published (policy-lists.csv beside its manifest):
 * the catalog's class code and the list's name in the instrument's words; {@code position}: its row, so lists come
 * out in the table's order.
 */
public record PolicyClassList(String instrument, int position, String policyClass, String label) {
    public String getInstrument() { return instrument; }
    public String getPolicyClass() { return policyClass; }
    public String getLabel() { return label; }
}
