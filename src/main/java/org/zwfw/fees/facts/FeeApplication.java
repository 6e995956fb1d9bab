package org.zwfw.fees.facts;

import java.time.LocalDate;
import java.util.Set;

/**
 * A fee question as the rules see it: which matter, on which day, for what kind of applicant, how many certificates,
 * the facts an exemption or reduction may turn on, and where it is made (channel WINDOW, an offline counter, or
 * ONLINE). Personal identifiers never enter the rule session.
 */
public class FeeApplication {
    private final String jurisdiction;
    private final String matterCode;
    private final LocalDate asOf;
    private final String applicantType;
    private final String enterpriseScale;
    private final Set<String> groups;
    private final int certificates;
    private final String housingType;
    private final String registrationReason;
    private final String channel;

    public FeeApplication(String jurisdiction, String matterCode, LocalDate asOf, String applicantType,
                          String enterpriseScale, Set<String> groups, int certificates, String housingType,
                          String registrationReason, String channel) {
        this.jurisdiction = jurisdiction;
        this.matterCode = matterCode;
        this.asOf = asOf;
        this.applicantType = applicantType;
        this.enterpriseScale = enterpriseScale;
        this.groups = Set.copyOf(groups);
        this.certificates = certificates;
        this.housingType = housingType;
        this.registrationReason = registrationReason;
        this.channel = channel == null ? "WINDOW" : channel;
    }

    public String getJurisdiction() { return jurisdiction; }
    public String getMatterCode() { return matterCode; }
    public LocalDate getAsOf() { return asOf; }
    public String getApplicantType() { return applicantType; }
    public String getEnterpriseScale() { return enterpriseScale; }
    public Set<String> getGroups() { return groups; }
    public int getCertificates() { return certificates; }
    public String getHousingType() { return housingType; }
    public String getRegistrationReason() { return registrationReason; }
    public String getChannel() { return channel; }
    /** Made online: the counter's payment methods (线下办理时) are not owed. */
    public boolean isOnline() { return "ONLINE".equals(channel); }
}
