package org.zwfw.bundles.facts;

import java.time.LocalDate;

/** A bundle application as the bundle rules see it: where, which bundle, on which day. No personal data. */
public class BundleApplication {
    private final String jurisdiction;
    private final String bundleCode;
    private final LocalDate asOf;

    public BundleApplication(String jurisdiction, String bundleCode, LocalDate asOf) {
        this.jurisdiction = jurisdiction;
        this.bundleCode = bundleCode;
        this.asOf = asOf;
    }

    public String getJurisdiction() { return jurisdiction; }
    public String getBundleCode() { return bundleCode; }
    public LocalDate getAsOf() { return asOf; }
}
