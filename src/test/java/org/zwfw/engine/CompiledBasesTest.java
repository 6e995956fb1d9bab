package org.zwfw.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.kernel.RuleSetException;

/**
 * A rule set whose rule files did not change is built on the rule base this process already compiled: a reload that
 * edits only a catalog row gets the new row and a new version, on the same compiled rules; an edited rule file is
 * compiled again; a build that fails is never kept, so a broken file is reported on every load.
 */
class CompiledBasesTest {
    private static final String MATTERS = "henan/xinxiang/catalog/matters.csv";
    private static final String DRL = "henan/xinxiang/regulation-2024/acceptance.drl";

    @TempDir
    Path tmp;

    @Test
    void aCatalogEditReusesTheCompiledRulesAndServesTheNewRow() {
        RuleSet before = RulesFolder.copyOfSample(tmp.resolve("a")).load();
        RuleSet after = RulesFolder.copyOfSample(tmp.resolve("b"))
                .edit(MATTERS, s -> s.replace("XX-SPJY-001,食品经营许可（新办）,行政许可,NATURAL_PERSON|LEGAL_PERSON,10,5,",
                        "XX-SPJY-001,食品经营许可（新办）,行政许可,NATURAL_PERSON|LEGAL_PERSON,10,4,"))
                .load();

        assertThat(after.kieBase()).isSameAs(before.kieBase());
        assertThat(after.version()).isNotEqualTo(before.version());
        assertThat(promisedDays(before)).isEqualTo(5);
        assertThat(promisedDays(after)).isEqualTo(4);
    }

    @Test
    void anEditedRuleFileIsCompiledAgain() {
        RuleSet before = RulesFolder.copyOfSample(tmp.resolve("a")).load();
        RuleSet after = RulesFolder.copyOfSample(tmp.resolve("b"))
                .edit(DRL, s -> s + "\n// an analyst's note\n").load();

        assertThat(after.kieBase()).isNotSameAs(before.kieBase());
        assertThat(after.rules()).extracting(RuleInfo::id).containsExactlyElementsOf(
                before.rules().stream().map(RuleInfo::id).toList());
    }

    @Test
    void aBrokenRuleFileIsReportedOnEveryLoad() {
        RulesFolder broken = RulesFolder.copyOfSample(tmp.resolve("a"))
                .edit(DRL, s -> s + "\nrule \"unfinished\" when then\n");
        for (int attempt = 0; attempt < 2; attempt++) {
            RuleSetException e = catchThrowableOfType(RuleSetException.class, broken::load);
            assertThat(e).as("load %d", attempt + 1).isNotNull();
            assertThat(e.getProblems()).anySatisfy(p -> assertThat(p.file()).isEqualTo(DRL));
        }
    }

    private static int promisedDays(RuleSet rs) {
        return rs.catalog().of("410700").matters().get("XX-SPJY-001").getPromisedDays();
    }
}
