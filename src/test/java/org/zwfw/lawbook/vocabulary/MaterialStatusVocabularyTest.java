package org.zwfw.lawbook.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.acceptance.AcceptanceEngine;
import org.zwfw.acceptance.AcceptanceQuery;
import org.zwfw.acceptance.AcceptanceRequest;
import org.zwfw.acceptance.AcceptanceResult;
import org.zwfw.acceptance.AcceptanceValidator;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RulesFolder;
import org.zwfw.kernel.RuleSetException;

/**
 * Which material status counts as provided is the vocabulary's {@code provided} column, not a word in Java: renaming
 * the provided status in rules/vocabulary/material-statuses.csv is a table edit the decisions follow. A table that
 * drops the status an unlisted material counts as (MISSING, the intake contract's default) is refused.
 */
class MaterialStatusVocabularyTest {
    static final LocalDate ON = LocalDate.of(2025, 12, 15);

    static AcceptanceRequest xinxiangFood(String status) {
        return new AcceptanceRequest("410700", "XX-SPJY-001", ON.toString(), null,
                new AcceptanceRequest.Applicant("NATURAL_PERSON", "410702198304120030", List.of()),
                List.of(new AcceptanceRequest.MaterialEntry("M01", status),
                        new AcceptanceRequest.MaterialEntry("M04", status),
                        new AcceptanceRequest.MaterialEntry("M05", status),
                        new AcceptanceRequest.MaterialEntry("M06", status)), null);
    }

    @Test
    void theProvidedStatusIsWhatTheTableSays(@TempDir Path dir) {
        RuleSet rs = RulesFolder.copyOfSample(dir.resolve("renamed"))
                .edit(Vocabulary.MATERIAL_STATUSES, s -> s.replace("PROVIDED,已提交,Y", "SUBMITTED,已提交,Y"))
                .load();
        AcceptanceQuery q = AcceptanceValidator.validate(xinxiangFood("SUBMITTED"), rs, ON);
        AcceptanceResult r = new AcceptanceEngine().evaluate(rs, q);
        assertThat(r.decision().getOutcome()).isEqualTo("ACCEPT");

        AcceptanceResult missing = new AcceptanceEngine().evaluate(rs,
                AcceptanceValidator.validate(xinxiangFood(Vocabulary.NOT_LISTED), rs, ON));
        assertThat(missing.decision().getOutcome()).isNotEqualTo("ACCEPT");
    }

    @Test
    void aTableWithoutTheStatusOfAnUnlistedMaterialIsRefused(@TempDir Path dir) {
        RulesFolder f = RulesFolder.copyOfSample(dir.resolve("no-missing"))
                .edit(Vocabulary.MATERIAL_STATUSES, s -> s.replace("MISSING,缺少,N", "ABSENT,缺少,N"));
        assertThatThrownBy(f::load).isInstanceOf(RuleSetException.class)
                .hasMessageContaining(Vocabulary.MATERIAL_STATUSES).hasMessageContaining("MISSING");
    }
}
