package org.zwfw.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RulesFolder;
import org.zwfw.kernel.BadRequestException;
import org.zwfw.kernel.FieldProblem;
import org.zwfw.kernel.RuleSetException;

/**
 * The values a fee condition takes are data ({@code rules/vocabulary/fee-conditions.csv}): a new housing type, and an
 * exemption that turns on it, are two table rows — the request takes the new value and the exemption applies, with no
 * Java change. A relief row naming a value the table does not list, and a condition no request field carries, are
 * refused at their file and line.
 */
class FeeConditionVocabularyTest {
    static final String CONDITIONS = "vocabulary/fee-conditions.csv";
    static final String EXEMPTIONS = "national/fees/fee-exemptions.csv";
    static final String BASIS = "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）";

    @TempDir
    Path tmp;

    FeeRequest bdc(String housingType) {
        return new FeeRequest("640100", "YC-BDC-003", "2026-01-15", "WINDOW",
                new FeeRequest.Applicant("NATURAL_PERSON", "640102199003150046", null, List.of()), 1, housingType, null);
    }

    @Test
    void aNewHousingTypeAndAnExemptionOnItAreTableRowsOnly() {
        RuleSet rs = RulesFolder.copyOfSample(tmp)
                .appendLines(CONDITIONS, "HOUSING_TYPE,TALENT_APARTMENT,人才公寓,测试：新增的住房类型")
                .appendLines(EXEMPTIONS, "BDC-RESIDENTIAL,HOUSING_TYPE,TALENT_APARTMENT,,人才公寓办理不动产登记免收（测试行）,"
                        + BASIS + ",规范性文件")
                .load();
        FeeQuery q = FeeValidator.validate(bdc("TALENT_APARTMENT"), rs, LocalDate.of(2026, 1, 15));
        FeeResult r = new FeeEngine().evaluate(rs, q);

        assertThat(q.housingType()).isEqualTo("TALENT_APARTMENT");
        assertThat(r.firedRules()).contains("national.fee.exempt-housing-type");
        assertThat(r.decision().getAmountYuan()).isEqualByComparingTo("0");
        assertThat(rs.table(FeeTables.class).valuesOf("HOUSING_TYPE")).contains("TALENT_APARTMENT");
    }

    @Test
    void aValueTheTableDoesNotListIsABadFieldNamingTheTable() {
        RuleSet rs = RulesFolder.copyOfSample(tmp).load();
        BadRequestException e = catchThrowableOfType(BadRequestException.class,
                () -> FeeValidator.validate(bdc("TALENT_APARTMENT"), rs, LocalDate.of(2026, 1, 15)));
        assertThat(e.getErrors()).extracting(FieldProblem::field).containsExactly("housingType");
        assertThat(e.getErrors().get(0).message()).contains("COMMODITY", CONDITIONS);
    }

    @Test
    void aReliefRowOnAnUnlistedValueOrAnUncarriedConditionIsRefusedAtItsLine() {
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RulesFolder.copyOfSample(tmp)
                .appendLines(EXEMPTIONS, "BDC-RESIDENTIAL,HOUSING_TYPE,TALENT_APARTMENT,,测试,x,规范性文件")
                .appendLines(CONDITIONS, "APPLICANT_AGE,OVER_70,七十岁以上,测试")
                .load());
        assertThat(e.getProblems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(EXEMPTIONS);
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("'TALENT_APARTMENT' is not a value of HOUSING_TYPE");
        });
        assertThat(e.getProblems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(CONDITIONS);
            assertThat(p.line()).isEqualTo(15);
            assertThat(p.message()).contains("no fee request field carries APPLICANT_AGE");
        });
    }

    @Test
    void theSampleTableListsWhatTheSampleReliefRowsUse() {
        FeeTables t = RulesFolder.copyOfSample(tmp).load().table(FeeTables.class);
        assertThat(t.conditions().keySet()).containsExactlyInAnyOrderElementsOf(FeeVocabulary.REQUEST_FIELDS.keySet());
        assertThat(t.valuesOf("ENTERPRISE_SCALE")).isEqualTo(Set.of("LARGE", "MEDIUM", "SMALL", "MICRO"));
    }
}
