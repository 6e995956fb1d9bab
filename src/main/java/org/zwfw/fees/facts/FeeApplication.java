package org.zwfw.fees.facts;

import java.time.LocalDate;
import java.util.Set;

/**
 * A fee question as the rules see it: which matter, on which day, for what kind of applicant, how many certificates,
 * and the facts an exemption or reduction may turn on. Personal identifiers never enter the rule session.
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

    public FeeApplication(String jurisdiction, String matterCode, LocalDate asOf, String applicantType,
                          String enterpriseScale, Set<String> groups, int certificates, String housingType,
                          String registrationReason) {
        this.jurisdiction = jurisdiction;
        this.matterCode = matterCode;
        this.asOf = asOf;
        this.applicantType = applicantType;
        this.enterpriseScale = enterpriseScale;
        this.groups = Set.copyOf(groups);
        this.certificates = certificates;
        this.housingType = housingType;
        this.registrationReason = registrationReason;
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
}
