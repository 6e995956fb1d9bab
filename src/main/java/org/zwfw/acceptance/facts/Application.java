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
    private final String channel;
    private final LocalDate receivedOn;
    private final boolean letterSigned;

    /**
     * {@code commitmentSigned}: the 容缺 commitment (to supplement listed materials); {@code letterSigned}: the
     * 告知承诺书 (to meet the conditions the commitment list names). Two documents, never one for the other.
     */
    public Application(String jurisdiction, String matterCode, LocalDate asOf, String route, String applicantType,
                       Set<String> groups, boolean commitmentSigned, LocalDate supplementBy, String channel,
                       LocalDate receivedOn, boolean letterSigned) {
        this.channel = channel;
        this.receivedOn = receivedOn;
        this.letterSigned = letterSigned;
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
    /** WINDOW or ONLINE. */
    public String getChannel() { return channel; }
    public boolean isOnline() { return "ONLINE".equals(channel); }
    /** The day the agency received the materials (行政许可法 第三十二条（四）'s five days run from it). */
    public LocalDate getReceivedOn() { return receivedOn; }
    /** The 告知承诺书 is signed. */
    public boolean isLetterSigned() { return letterSigned; }
}
