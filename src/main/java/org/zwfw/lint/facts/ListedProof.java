package org.zwfw.lint.facts;

import java.util.Map;

/**
 * A row of the catalog's 证明事项清单 (retained-proofs.csv), read as written: the proof's name, and each element the
 * row states by its column name ({@code basis} 设定依据, {@code requesting_unit} 索要单位, {@code issuing_unit} 开具单位),
 * empty where the row leaves it blank; {@code line} its line in the table.
 */
public record ListedProof(String name, Map<String, String> elements, int line) {

    public ListedProof {
        elements = Map.copyOf(elements);
    }

    public ListedProof(String name) {
        this(name, Map.of(), 0);
    }

    public String getName() { return name; }
    public int getLine() { return line; }

    /** True when the row leaves this element (a column of retained-proofs.csv) empty. */
    public boolean lacks(String element) {
        String v = elements.get(element);
        return v == null || v.isBlank();
    }
}
