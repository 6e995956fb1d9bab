package org.zwfw.acceptance.facts;

import java.time.LocalDate;
import java.util.Set;

/** The application as the rules see it. Personal identifiers never enter the rule session. */
public class Application {
    private final String jurisdiction;
    private final String matterCode;
    private final LocalDate asOf;
    private final String route;
    private final String applicantType;
    private final Set<String> groups;
    private final boolean commitmentSigned;
    private final LocalDate supplementBy;

    public Application(String jurisdiction, String matterCode, LocalDate asOf, String route, String applicantType,
                       Set<String> groups, boolean commitmentSigned, LocalDate supplementBy) {
        this.jurisdiction = jurisdiction;
        this.matterCode = matterCode;
        this.asOf = asOf;
        this.route = route;
        this.applicantType = applicantType;
        this.groups = Set.copyOf(groups);
        this.commitmentSigned = commitmentSigned;
        this.supplementBy = supplementBy;
    }

    public String getJurisdiction() { return jurisdiction; }
    public String getMatterCode() { return matterCode; }
    public LocalDate getAsOf() { return asOf; }
    public String getRoute() { return route; }
    public String getApplicantType() { return applicantType; }
    public Set<String> getGroups() { return groups; }
    public boolean isCommitmentSigned() { return commitmentSigned; }
    public LocalDate getSupplementBy() { return supplementBy; }
    public boolean hasSupplementBy() { return supplementBy != null; }
}
