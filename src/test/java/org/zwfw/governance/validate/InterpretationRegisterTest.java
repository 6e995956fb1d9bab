package org.zwfw.governance.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.lawbook.Interpretations;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RulesFolder;

/**
 * domain.md §0: every rule says what its conclusion rests on ({@code @basis}), a reading where the texts are silent is
 * an entry of the instrument's interpretation register, and {@code validate} holds rules and registers to each other.
 */
class InterpretationRegisterTest {
    static final String YINCHUAN = ValidateCommandTest.YINCHUAN;
    static final String REGISTER = "ningxia/yinchuan/measures-2025/interpretations.csv";
    @TempDir
    Path tmp;

    private RulesFolder copy() {
        return RulesFolder.copyOfSample(tmp.resolve("rules"));
    }

    @Test
    void theSampleRegistersAreReadAndEveryEntryIsUsed() {
        RuleSet rs = RulesFolder.copyOfSample(tmp.resolve("sample")).load();
        Interpretations register = rs.table(Interpretations.class);
        assertThat(register.get("YC-INT-01")).hasValueSatisfying(i -> {
            assertThat(i.instrumentTitle()).isEqualTo("银川市政务服务管理办法");
            assertThat(i.articles()).containsExactly("第二十五条");
            assertThat(i.decidedBy()).isNotBlank();
            assertThat(i.file()).isEqualTo(REGISTER);
            assertThat(i.line()).isEqualTo(2);
        });
        assertThat(register.of("national-commitment-guidance-2020")).extracting(i -> i.id())
                .containsExactly("NAT-42-01", "NAT-42-02", "NAT-42-03");
        assertThat(register.unused()).isEmpty();
    }

    @Test
    void aRuleNamingAnEntryNoRegisterHasIsRefusedAtTheRule() {
        RulesFolder f = copy().edit(YINCHUAN, s -> s.replace("@interpretation(\"YC-INT-03\")", "@interpretation(\"YC-INT-99\")"));
        ValidateCommandTest.Run run = ValidateCommandTest.validate(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).anySatisfy(l -> assertThat(l)
                .startsWith(YINCHUAN + ":" + ValidateCommandTest.lineOf(f, YINCHUAN, "rule \"电子证照互信互认") + ": ")
                .contains("YC-INT-99").contains("in no interpretations.csv"));
    }

    /** The line a row appended to the sample register lands on (the register grows as entries are added). */
    static int appended() {
        try {
            return (int) java.nio.file.Files.readAllLines(RulesFolder.SAMPLE.resolve(REGISTER)).stream()
                    .filter(l -> !l.isBlank()).count() + 1;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anEntryNoRuleNamesIsReportedAsANoticeWithoutFailingValidation() {
        RulesFolder f = copy().appendLines(REGISTER,
                "YC-INT-09,第二十八条,示例：一件事一次办的承诺时限取其中最长的事项,测试用,规则分析组,2026-12-04");
        ValidateCommandTest.Run run = ValidateCommandTest.validate(f.root());
        assertThat(run.exit()).isZero();
        assertThat(run.lines()).singleElement().asString()
                .startsWith(REGISTER + ":" + appended() + ": ").contains("YC-INT-09").contains("named by no rule").endsWith("(notice)");
    }

    @Test
    void anEntryReadingAnArticleTheInstrumentDoesNotHaveIsABadRow() {
        RulesFolder f = copy().appendLines(REGISTER, "YC-INT-09,第九十九条,一条不存在的条文,测试用,规则分析组,2026-12-04");
        ValidateCommandTest.Run run = ValidateCommandTest.validate(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).anySatisfy(l -> assertThat(l).startsWith(REGISTER + ":" + appended() + ": ")
                .contains("第九十九条 is not an article of 银川市政务服务管理办法"));
    }

    @Test
    void anEntryIdUsedTwiceIsABadRow() {
        RulesFolder f = copy().appendLines(REGISTER, "YC-INT-01,第二十五条,重复的条目,测试用,规则分析组,2026-12-04");
        ValidateCommandTest.Run run = ValidateCommandTest.validate(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).anySatisfy(l -> assertThat(l).startsWith(REGISTER + ":" + appended() + ": ").contains("YC-INT-01")
                .contains("already in " + REGISTER + ":2"));
    }

    @Test
    void aRuleWithoutBasisOrWithAReadingButNoEntryIsRefused() {
        RulesFolder f = copy().edit(YINCHUAN, s -> s
                .replace("    @ruleId(\"yinchuan.catalog.not-listed\")\n    @clause(\"银川市政务服务管理办法 第十一条\")\n    @basis(\"LIST\")\n",
                        "    @ruleId(\"yinchuan.catalog.not-listed\")\n    @clause(\"银川市政务服务管理办法 第十一条\")\n")
                .replace("@basis(\"INTERPRETATION\")\n    @interpretation(\"YC-INT-04\")\n", "@basis(\"INTERPRETATION\")\n"));
        ValidateCommandTest.Run run = ValidateCommandTest.validate(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).anySatisfy(l -> assertThat(l)
                .startsWith(YINCHUAN + ":" + ValidateCommandTest.lineOf(f, YINCHUAN, "rule \"政务服务事项实行清单管理") + ": ")
                .contains("has no @basis"));
        assertThat(run.lines()).anySatisfy(l -> assertThat(l)
                .startsWith(YINCHUAN + ":" + ValidateCommandTest.lineOf(f, YINCHUAN, "rule \"窗口办理的，可通过数据共享获取的材料仍需提交") + ": ")
                .contains("names no @interpretation entry"));
    }

    @Test
    void aListBasisWithoutItsListIsRefused() {
        RulesFolder f = copy().edit(YINCHUAN, s -> s.replace("    @basis(\"LIST\")\n    @publishedList(\"政务服务事项清单\")\n",
                "    @basis(\"LIST\")\n"));
        ValidateCommandTest.Run run = ValidateCommandTest.validate(f.root());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).anySatisfy(l -> assertThat(l).contains("rests on a list but names no @publishedList"));
    }
}
