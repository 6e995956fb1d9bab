package org.zwfw.policies;

import org.zwfw.policies.subject.Subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.policies.PopulationMatcher;
import org.zwfw.policies.facts.PolicyMatches;
import org.zwfw.engine.CompiledRuleCache;
import org.zwfw.kernel.Problem;
import org.zwfw.engine.RuleSet;
import org.zwfw.kernel.RuleSetException;
import org.zwfw.engine.RuleSetLoader;
import org.zwfw.engine.RulesFolder;
import org.zwfw.kernel.BadRequestException;
import org.zwfw.kernel.FieldProblem;

/**
 * A new data-dictionary attribute is a table edit: a row in rules/policies/attributes.csv and a decision-table column
 * using it, no Java change and no rebuild. Checked on a copy of the sample rules with 持有退役军人优待证
 * (hasVeteranCard, BOOLEAN) and a 陕西 policy turning on it, compiled both ways (classic and executable model).
 */
class DictionaryAttributeTest {
    static final String TABLE = """
            RuleSet,rules.policies.veteran,,,,,,,,,,,
            Import,org.zwfw.policies.facts.*,,,,,,,,,,,
            Variables,org.zwfw.policies.facts.PolicyMatches matches,,,,,,,,,,,
            ,,,,,,,,,,,,
            RuleTable 退役军人优待（测试）,,,,,,,,,,,,
            NAME,METADATA,METADATA,METADATA,METADATA,METADATA,METADATA,METADATA,METADATA,METADATA,CONDITION,CONDITION,ACTION
            ,,,,,,,,,,$s: Subject...,$s: Subject...,
            ,"policy(\"\"$param\"\")","tier(\"\"$param\"\")","attributes(\"\"$param\"\")","benefitKind(\"\"$param\"\")",amount($param),"unit(\"\"$param\"\")",rate($param),"base(\"\"$param\"\")","benefit(\"\"$param\"\")","type == \"\"$param\"\"",hasVeteranCard == $param,"matches.add(drools, $s);"
            规则名称,政策编码,档次,检验的属性,收益类型,金额,单位,比例,基数,收益说明,主体类型,持有退役军人优待证,记录匹配
            退役军人免费乘坐公交,VETERAN-BUS-SX,,hasVeteranCard,TEXT,,,,,免费乘坐市内公交,NATURAL_PERSON,true,Y
            """;

    @TempDir
    static Path scratch;
    static RulesFolder folder;
    static RuleSet classic;
    static RuleSet executable;

    @BeforeAll
    static void load() {
        folder = RulesFolder.copyOfSample(scratch.resolve("rules"))
                .appendLines("policies/attributes.csv", "hasVeteranCard,BOOLEAN,,NATURAL_PERSON,是否持有退役军人优待证,,")
                .appendLines("policies/policies.csv", "VETERAN-BUS-SX,610000,PEOPLE,退役军人免费乘坐公交,hasVeteranCard==true,"
                        + "免费乘坐市内公交,2025-01-01,,示例数据：测试用,sample")
                .write("policies/610000-veteran.drl.csv", TABLE);
        classic = folder.load();
        executable = RuleSetLoader.loadPolicies(folder.root(), new CompiledRuleCache(scratch.resolve("cache")));
    }

    static List<String> policies(RuleSet rs, Subject s) {
        try (PolicyEngine engine = new PolicyEngine(rs, "610100", LocalDate.of(2026, 3, 2))) {
            return engine.match(List.of(s)).stream().map(PolicyMatches.Match::policy).toList();
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aSubjectWithTheNewAttributeMatchesAndOneWithoutDoesNot(boolean executableModel) {
        RuleSet rs = executableModel ? executable : classic;
        assertThat(policies(rs, new Subject("v", "NATURAL_PERSON").set("hasVeteranCard", true)))
                .containsExactly("VETERAN-BUS-SX");
        assertThat(policies(rs, new Subject("n", "NATURAL_PERSON").set("hasVeteranCard", false))).isEmpty();
        assertThat(policies(rs, new Subject("a", "NATURAL_PERSON").set("age", 40))).as("absent never satisfies")
                .isEmpty();
        // Today's attributes still work beside it.
        assertThat(policies(rs, new Subject("o", "NATURAL_PERSON").set("age", 85).set("hasVeteranCard", true)))
                .containsExactlyInAnyOrder("VETERAN-BUS-SX", "ELDERLY-ALLOWANCE-SX");
    }

    @Test
    void aRequestBindsItByItsTypeAndExplainsTheMatch() {
        PolicyMatchService service = new PolicyMatchService(null);
        PolicyMatchService.Response r = service.match(classic, new PolicyMatchService.Request("610100", "2026-03-02",
                new PolicyMatchService.SubjectInput("NATURAL_PERSON", null, Map.of("hasVeteranCard", "true"), null),
                null));
        assertThat(r.matches()).singleElement().satisfies(m -> {
            assertThat(m.policy()).isEqualTo("VETERAN-BUS-SX");
            assertThat(m.conditions()).singleElement().satisfies(c -> {
                assertThat(c.attribute()).isEqualTo("hasVeteranCard");
                assertThat(c.value()).isEqualTo(true);
            });
        });
        assertThatThrownBy(() -> service.match(classic, new PolicyMatchService.Request("610100", "2026-03-02",
                new PolicyMatchService.SubjectInput("NATURAL_PERSON", null, Map.of("hasVeteranCard", "perhaps"), null),
                null))).isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.getErrors())
                        .containsExactly(new FieldProblem("subject.attributes.hasVeteranCard", "must be true or false")));
    }

    @Test
    void aPopulationFileHasItAsAColumn() throws Exception {
        String csv = "key,type,age,hasVeteranCard\nP1,NATURAL_PERSON,40,Y\nP2,NATURAL_PERSON,40,\nP3,NATURAL_PERSON,40,maybe\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PopulationMatcher(executable, "610100", LocalDate.of(2026, 3, 2), 1)
                .run(new StringReader(csv), 0, out, (done, matches, bad) -> { });
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("2,P1,VETERAN-BUS-SX").doesNotContain("P2").contains("hasVeteranCard: must be true or false");
    }

    @Test
    void aBadDictionaryRowIsAProblemAtItsLine() {
        RulesFolder bad = RulesFolder.copyOfSample(scratch.resolve("bad"))
                .appendLines("policies/attributes.csv", "hasVeteranCard,FLAG,,NATURAL_PERSON,是否持有退役军人优待证,,",
                        "class,INTEGER,,NATURAL_PERSON,保留字,,");
        assertThatThrownBy(bad::load).isInstanceOfSatisfying(RuleSetException.class, e ->
                assertThat(e.getProblems()).extracting(Problem::toString).contains(
                        "policies/attributes.csv:13: type must be INTEGER, DECIMAL, BOOLEAN, REGION or ENUM(A|B|…), not FLAG",
                        "policies/attributes.csv:14: attribute name class must be a lowerCamelCase word (letters and "
                                + "digits) other than key, type, subject, sources, class"));
    }
}
