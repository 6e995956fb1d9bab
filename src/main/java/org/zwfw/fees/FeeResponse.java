package org.zwfw.fees;

import java.math.BigDecimal;
import java.util.List;

import org.zwfw.acceptance.AcceptanceResponse;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a fee request, field names as api.md fixes them. Amounts in yuan with 2 decimals. */
public record FeeResponse(
        @Schema(description = "Total payable, yuan", example = "80.00") BigDecimal amountYuan,
        List<Item> items,
        List<Exemption> exemptions,
        @Schema(description = "false where a fee was found without the legal basis the law requires (not charged)") boolean lawful,
        @Schema(description = "Methods an offline counter must offer, where something is payable", example = "[\"CASH\",\"BANK_CARD\",\"E_PAYMENT\"]")
        List<String> paymentMethods,
        List<AcceptanceResponse.Reason> reasons,
        AcceptanceResponse.Ruleset ruleset) {

    @Schema(description = "One fee and what is payable for it after exemptions and reductions")
    public record Item(String fee, String name, BigDecimal amountYuan, String basis) {}

    @Schema(description = "An exemption or reduction applied, with its own basis")
    public record Exemption(String fee, String reason, String basis) {}
}
