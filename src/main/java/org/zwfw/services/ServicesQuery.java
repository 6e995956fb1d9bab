package org.zwfw.services;

import java.time.LocalDate;
import java.util.Set;

/** A validated services request. */
public record ServicesQuery(String jurisdiction, String matterCode, LocalDate asOf, String channel, String placeLevel,
                            String placeCode, String applicantRegion, String applicantType, String applicantId,
                            Set<String> groups, boolean mobilityImpaired, Set<String> projectKinds) {}
