package org.zwfw.services;

import java.util.List;

import org.zwfw.acceptance.AcceptanceResponse;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a services request, field names as api.md fixes them (plus mayApplyFromRegion). */
public record ServicesResponse(
        @Schema(description = "The place takes the application and, where applicantRegion was given, that region may apply")
        boolean mayApplyHere,
        @Schema(description = "Whether the applicant's region may apply (通办); absent when applicantRegion was not given")
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean mayApplyFromRegion,
        boolean wholeProcessOnline,
        @Schema(allowableValues = {"NONE", "CITY_WIDE", "REGION_WIDE", "CROSS_PROVINCE"}) String crossRegion,
        Assistance assistance,
        HomeVisit homeVisit,
        @Schema(description = "绿色通道 / 优先 for a named special group: never the same as 帮办代办") boolean priorityService,
        List<AcceptanceResponse.Reason> reasons,
        AcceptanceResponse.Ruleset ruleset) {

    public record Assistance(
            @Schema(description = "帮办代办 kinds granted, fullest first") List<String> kinds,
            @Schema(description = "The fullest of kinds, or NONE", allowableValues = {"FULL_PROCESS", "ON_APPLICATION", "CONSULTATION", "NONE"}) String kind,
            @Schema(description = "无偿提供") boolean free,
            @Schema(description = "true when only the agency's discretion grants every kind") boolean discretionary,
            @Schema(description = "A 帮办代办 window serves this applicant (红寺堡 四（七）)") boolean window) {}

    public record HomeVisit(boolean available, boolean discretionary) {}
}
