package org.zwfw.acceptance.facts;

/**
 * An instrument of the request's chain that is law on its date (as the manifests say): lets a rule say which texts
 * the answer rests on, or that no local text is on file.
 */
public record InForce(String instrument, String title, String jurisdiction) {
    public String getInstrument() { return instrument; }
    public String getTitle() { return title; }
    public String getJurisdiction() { return jurisdiction; }
    /** An instrument of a province, city or district, not of the national baseline (000000). */
    public boolean isLocal() { return !"000000".equals(jurisdiction); }
}
