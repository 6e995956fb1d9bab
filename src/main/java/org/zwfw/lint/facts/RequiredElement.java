package org.zwfw.lint.facts;

/**
 * An element an instrument requires a published list to state, from {@code lint-elements.csv} beside its manifest:
 * {@code list} IMPLEMENTATION_LIST (实施清单 / 事项清单), SERVICE_GUIDE (办事指南), MATERIAL (each 申请材料) or
 * RETAINED_PROOF (each row of the 证明事项清单);
 * {@code element} the catalog column that holds it; {@code label} its name in the instrument's words; {@code order} its place in the table (the article's order).
 * {@code instrument} and {@code instrumentTitle}: the id and the exact title of the instrument that publishes the row
 * (its manifest); a rule names the instrument by the title its own {@code @clause} cites, so renaming an id needs no
 * DRL edit.
 */
public record RequiredElement(String instrument, String instrumentTitle, String list, String element, String label,
                              int order) {
}
