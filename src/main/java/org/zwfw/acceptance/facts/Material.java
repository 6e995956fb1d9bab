package org.zwfw.acceptance.facts;

/** One material of the matter, with what the application says of it. */
public class Material {
    private final String matterCode;
    private final String code;
    private final String name;
    private final String form;
    private final boolean main;
    private final boolean proof;
    private final String obtainableVia;
    private final String status;
    private final boolean provided;

    /** {@code provided}: whether the status counts as provided, as the vocabulary of material statuses says. */
    public Material(String matterCode, String code, String name, String form, boolean main, boolean proof,
                    String obtainableVia, String status, boolean provided) {
        this.matterCode = matterCode;
        this.code = code;
        this.name = name;
        this.form = form;
        this.main = main;
        this.proof = proof;
        this.obtainableVia = obtainableVia;
        this.status = status;
        this.provided = provided;
    }

    public String getMatterCode() { return matterCode; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getForm() { return form; }
    public boolean isMain() { return main; }
    public boolean isProof() { return proof; }
    public String getObtainableVia() { return obtainableVia; }
    public boolean isObtainable() { return obtainableVia != null; }
    public String getStatus() { return status; }
    public boolean isProvided() { return provided; }
}
