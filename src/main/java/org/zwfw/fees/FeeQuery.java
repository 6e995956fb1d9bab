package org.zwfw.fees;

import java.time.LocalDate;
import java.util.Set;

/** A validated fee request. The applicant's identifier is checked, never given to the rules. */
public record FeeQuery(String jurisdiction, String matterCode, LocalDate asOf, String applicantType, String applicantId,
                       String enterpriseScale, Set<String> groups, int certificates, String housingType,
                       String registrationReason) {}
