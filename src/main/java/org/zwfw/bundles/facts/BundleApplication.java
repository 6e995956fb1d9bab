package org.zwfw.bundles.facts;

import java.time.LocalDate;

/** A bundle application as the bundle rules see it: where, which bundle, on which day. No personal data. */
public record BundleApplication(String jurisdiction, String bundleCode, LocalDate asOf) {
}
