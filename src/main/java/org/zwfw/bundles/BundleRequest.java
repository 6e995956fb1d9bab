package org.zwfw.bundles;

import java.util.List;

import org.zwfw.acceptance.AcceptanceRequest;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /api/v1/decisions/bundle-acceptance}: one application for a published bundle. */
@Schema(description = "One application for a published 一件事一次办 bundle")
public record BundleRequest(
        @Schema(description = "行政区划代码 of the accepting jurisdiction", example = "410700", requiredMode = Schema.RequiredMode.REQUIRED)
        String jurisdiction,
        @Schema(description = "The bundle's code in that jurisdiction's 一件事一次办 list", example = "XX-YJS-001", requiredMode = Schema.RequiredMode.REQUIRED)
        String bundleCode,
        @Schema(description = "Evaluation date YYYY-MM-DD (Asia/Shanghai); default today", example = "2026-03-02", format = "date")
        String asOf,
        @Schema(description = "ORDINARY (default) or COMMITMENT (告知承诺), for every matter of the bundle", allowableValues = {"ORDINARY", "COMMITMENT"})
        String route,
        @Schema(description = "WINDOW (default) or ONLINE", allowableValues = {"WINDOW", "ONLINE"})
        String channel,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) AcceptanceRequest.Applicant applicant,
        @Schema(description = "The bundle's materials (bundle material codes, e.g. B01); one not listed counts as MISSING")
        List<AcceptanceRequest.MaterialEntry> materials,
        @Schema(description = "The applicant's written 容缺 commitment, for every matter of the bundle")
        AcceptanceRequest.Commitment commitment,
        @Schema(description = "The 告知承诺书 on the COMMITMENT route")
        AcceptanceRequest.CommitmentLetter commitmentLetter) {}
