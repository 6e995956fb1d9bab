package org.zwfw.fees;

import java.time.LocalDate;
import java.util.Set;

/**
 * A validated fee request. The applicant's identifier is checked, never given to the rules. {@code channel}: WINDOW
 * (an offline counter) or ONLINE.
 */
public record FeeQuery(String jurisdiction, String matterCode, LocalDate asOf, String applicantType, String applicantId,
                       String enterpriseScale, Set<String> groups, int certificates, String housingType,
                       String registrationReason, String channel) {

    public static final String WINDOW = "WINDOW";
    public static final String ONLINE = "ONLINE";

    /** A question asked at the counter (channel WINDOW). */
    public FeeQuery(String jurisdiction, String matterCode, LocalDate asOf, String applicantType, String applicantId,
                    String enterpriseScale, Set<String> groups, int certificates, String housingType,
                    String registrationReason) {
        this(jurisdiction, matterCode, asOf, applicantType, applicantId, enterpriseScale, groups, certificates,
                housingType, registrationReason, WINDOW);
    }
}
