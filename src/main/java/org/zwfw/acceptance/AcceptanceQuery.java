package org.zwfw.acceptance;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A validated acceptance request. {@code materials} maps each material code the applicant listed to its status;
 * a material of the matter that is not listed counts as MISSING.
 */
public record AcceptanceQuery(String jurisdiction, String matterCode, LocalDate asOf, String route,
                              String applicantType, String applicantId, Set<String> groups, Map<String, String> materials,
                              boolean commitmentSigned, LocalDate supplementBy) {}
