package org.zwfw.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.policies.facts.PolicyListing;
import org.zwfw.engine.RuleInfo;
import org.zwfw.engine.RuleSet;
import org.zwfw.kernel.RuleSetException;
import org.zwfw.engine.RulesFolder;
import org.zwfw.engine.SampleRules;

/** The policy-list rules on the engine: a case that fires each, and counter-examples that do not. */
class PolicyListRulesTest {
    static final String XX_24 = "新乡市政务服务条例 第二十四条";
    static RuleSet rs;

    @TempDir
    Path tmp;

    final PolicyListEngine engine = new PolicyListEngine();

    @BeforeAll
    static void load() {
        rs = SampleRules.get();
    }

    List<PolicyListing.Published> listsIn(String jurisdiction, LocalDate date) {
        return engine.evaluate(rs, rs.applicable(rs.catalog().chain(jurisdiction), date)).all();
    }

    @Test
    void xinxiangPublishesTheFiveClassesOfListFromTheDayItsRegulationTakesEffect() {
        List<PolicyListing.Published> lists = listsIn("410700", LocalDate.of(2024, 3, 1));
        assertThat(lists).extracting(p -> p.list().label())
                .containsExactly("惠企政策", "惠民政策", "人才政策", "招商政策", "金融服务政策");
        assertThat(lists).extracting(p -> p.list().policyClass())
                .containsExactly("ENTERPRISE", "PEOPLE", "TALENT", "INVESTMENT", "FINANCE");
        assertThat(lists).allSatisfy(p -> {
            assertThat(p.rule()).isEqualTo("xinxiang.policy-lists.publish-by-class");
            assertThat(p.clause()).isEqualTo(XX_24);
        });
    }

    @Test
    void noListIsRequiredBeforeTheRegulationOrWhereNoInstrumentSaysSo() {
        assertThat(listsIn("410700", LocalDate.of(2024, 2, 29))).isEmpty();
        // 银川's 2025 measures have no such article; the draft's 第二十五条 is never applied to a real answer.
        assertThat(listsIn("640100", LocalDate.of(2026, 3, 2))).isEmpty();
        assertThat(listsIn("610100", LocalDate.of(2026, 3, 2))).isEmpty();
    }

    @Test
    void aListClassTheCatalogDoesNotKnowIsReportedAtItsRow() {
        RulesFolder f = RulesFolder.copyOfSample(tmp).appendLines("henan/xinxiang/regulation-2024/policy-lists.csv",
                "CULTURE,文旅政策");
        RuleSetException e = catchThrowableOfType(RuleSetException.class, f::load);
        assertThat(e).isNotNull();
        assertThat(e.getProblems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("henan/xinxiang/regulation-2024/policy-lists.csv");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains("class");
        });
    }

    @Test
    void theListsAreTheRowsOfTheInstrumentsTable() {
        RuleSet edited = RulesFolder.copyOfSample(tmp).edit("henan/xinxiang/regulation-2024/policy-lists.csv",
                s -> s.replace("FINANCE,金融服务政策\n", "")).load();
        assertThat(engine.evaluate(edited, edited.applicable(edited.catalog().chain("410700"), LocalDate.of(2026, 3, 2)))
                .all()).extracting(p -> p.list().policyClass()).containsExactly("ENTERPRISE", "PEOPLE", "TALENT", "INVESTMENT");
    }

    @Test
    void everyPolicyListRuleIsCoveredByThisClass() {
        assertThat(rs.rules()).extracting(RuleInfo::id).filteredOn(id -> id.contains(".policy-lists."))
                .containsExactlyInAnyOrder("xinxiang.policy-lists.publish-by-class");
    }
}
