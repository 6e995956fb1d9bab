package org.zwfw.lint.facts;

import java.util.Map;

/**
 * One material of a matter as the catalog's materials.csv lists it, read as written. {@code elements} holds what
 * 西安 第十三条 asks each material to state (name, form, sample_text, copies, spec, electronic) by column name.
 * {@code demanded}: the guide asks the applicant to hand it in (column {@code applicant_submits} not N).
 */
public final class ListedMaterial {
    private final String matterCode;
    private final String code;
    private final String name;
    private final boolean main;
    private final boolean proof;
    private final String obtainableVia;
    private final boolean demanded;
    private final Map<String, String> elements;

    public ListedMaterial(String matterCode, String code, String name, boolean main, boolean proof,
                          String obtainableVia, boolean demanded, Map<String, String> elements) {
        this.matterCode = matterCode;
        this.code = code;
        this.name = name;
        this.main = main;
        this.proof = proof;
        this.obtainableVia = obtainableVia;
        this.demanded = demanded;
        this.elements = Map.copyOf(elements);
    }

    public boolean lacks(String element) {
        String v = elements.get(element);
        return v == null || v.isBlank();
    }

    /** How the agency can get it itself, in words for a message. */
    public String getObtainableLabel() {
        return "E_LICENSE".equals(obtainableVia) ? "电子证照" : "DATA_SHARING".equals(obtainableVia) ? "数据共享" : null;
    }

    public String getMatterCode() { return matterCode; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public boolean isMain() { return main; }
    public boolean isProof() { return proof; }
    public String getObtainableVia() { return obtainableVia; }
    public boolean isDemanded() { return demanded; }
}
