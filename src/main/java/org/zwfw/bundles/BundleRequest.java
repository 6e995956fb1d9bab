package org.zwfw.bundles;

import java.util.List;

import org.zwfw.acceptance.AcceptanceRequest;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /api/v1/decisions/bundle-acceptance}: one application for a published bundle. */
@Schema(description = "One application for a published 一件事一次办 bundle")
public record BundleRequest(
        @Schema(example = "410700") String jurisdiction,
        @Schema(example = "XX-YJS-001") String bundleCode,
        @Schema(example = "2026-03-02") String asOf,
        @Schema(description = "ORDINARY (default) or COMMITMENT (告知承诺), for every matter of the bundle") String route,
        String channel,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) AcceptanceRequest.Applicant applicant,
        @Schema(description = "The bundle's materials (bundle material codes, e.g. B01); one not listed counts as MISSING")
        List<AcceptanceRequest.MaterialEntry> materials,
        @Schema(description = "The applicant's written 容缺 commitment, for every matter of the bundle")
        AcceptanceRequest.Commitment commitment,
        @Schema(description = "The 告知承诺书 on the COMMITMENT route")
        AcceptanceRequest.CommitmentLetter commitmentLetter) {}
