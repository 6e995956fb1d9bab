package org.zwfw.services.facts;

import java.time.LocalDate;
import java.util.Set;

/**
 * What an intake system asks the services rules: this matter of this jurisdiction, on this date, through this channel,
 * at this place (CENTER 政务服务中心, TOWNSHIP 乡镇（街道）便民服务中心, VILLAGE 村（社区）便民服务站), for an applicant in
 * this region (null: not asked), with these groups, mobility, and the kinds of the investment project (if any).
 */
public record ServiceQuestion(String jurisdiction, String matterCode, LocalDate asOf, String channel,
                              String placeLevel, String placeCode, String applicantRegion, Set<String> groups,
                              boolean mobilityImpaired, Set<String> projectKinds) {
    public String getJurisdiction() { return jurisdiction; }
    public String getMatterCode() { return matterCode; }
    public LocalDate getAsOf() { return asOf; }
    public String getChannel() { return channel; }
    public String getPlaceLevel() { return placeLevel; }
    public String getPlaceCode() { return placeCode; }
    public String getApplicantRegion() { return applicantRegion; }
    public Set<String> getGroups() { return groups; }
    public boolean isMobilityImpaired() { return mobilityImpaired; }
    public Set<String> getProjectKinds() { return projectKinds; }
}
