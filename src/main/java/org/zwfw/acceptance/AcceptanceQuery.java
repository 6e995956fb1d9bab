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
                              boolean commitmentSigned, LocalDate supplementBy, String channel, LocalDate receivedOn,
                              boolean letterSigned, java.util.List<org.zwfw.acceptance.facts.Demanded> demanded) {

    /** A query without materials the agency demanded. */
    public AcceptanceQuery(String jurisdiction, String matterCode, LocalDate asOf, String route, String applicantType,
                           String applicantId, Set<String> groups, Map<String, String> materials,
                           boolean commitmentSigned, LocalDate supplementBy, String channel, LocalDate receivedOn,
                           boolean letterSigned) {
        this(jurisdiction, matterCode, asOf, route, applicantType, applicantId, groups, materials, commitmentSigned,
                supplementBy, channel, receivedOn, letterSigned, java.util.List.of());
    }

    /**
     * A window application received on {@code asOf}; on the COMMITMENT route a signed commitment is the 告知承诺书
     * (as older clients send it), elsewhere the 容缺 commitment — never both.
     */
    public AcceptanceQuery(String jurisdiction, String matterCode, LocalDate asOf, String route, String applicantType,
                           String applicantId, Set<String> groups, Map<String, String> materials,
                           boolean commitmentSigned, LocalDate supplementBy) {
        this(jurisdiction, matterCode, asOf, route, applicantType, applicantId, groups, materials,
                commitmentSigned && !"COMMITMENT".equals(route), supplementBy, "WINDOW", asOf,
                commitmentSigned && "COMMITMENT".equals(route));
    }
}
