package org.zwfw.governance.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.governance.validate.RuleSetValidator;
import org.zwfw.governance.validate.ValidationReport;
import org.zwfw.engine.RuleInfo;
import org.zwfw.engine.RuleSetLoader;
import org.zwfw.engine.RulesFolder;

/** {@code scaffold}: a new clause's rule, table and feature stubs in the right folders; a made-up article refused. */
class ScaffoldCommandTest {
    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {}

    Run scaffold(RulesFolder f, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = Stream.concat(Stream.of("--rules", f.root().toString(), "--features",
                tmp.resolve("features").toString()), Stream.of(args)).toArray(String[]::new);
        int exit = ScaffoldCommand.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), all);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static List<Path> files(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void aNewClauseGetsItsRuleTableAndFeatureWhereHouseStylePutsThem() throws IOException {
        RulesFolder f = RulesFolder.copyOfSample(tmp.resolve("rules"));
        Run run = scaffold(f, "--instrument", "xinxiang-regulation-2024", "--article", "第二十三条", "--name", "交房即交证");
        assertThat(run.exit()).as(run.err()).isZero();
        Path drl = f.file("henan/xinxiang/regulation-2024/article-23.drl");
        Path table = f.file("henan/xinxiang/regulation-2024/article-23.csv");
        Path feature = tmp.resolve("features/henan/xinxiang/regulation-2024/第二十三条-交房即交证.feature");
        assertThat(run.out().lines()).containsExactly(drl.toString(), table.toString(), feature.toString());
        assertThat(Files.readString(drl)).contains("package rules.henan.xinxiang.regulation_2024")
                .contains("@ruleId(\"xinxiang.article-23\")").contains("@clause(\"新乡市政务服务条例 第二十三条\")")
                .contains("// 第二十三条");
        assertThat(Files.readAllLines(table)).containsExactly("name,value,article,note", "待写,,第二十三条,本条的数额、期限或名单，每行一项");
        assertThat(Files.readString(feature)).startsWith("# language: zh-CN\n@新乡市政务服务条例 @第二十三条\n功能: 新乡市政务服务条例 第二十三条 交房即交证\n");
        // The analyst's N becomes Y, the former assessment kept in the note to be rewritten.
        assertThat(f.read("henan/xinxiang/regulation-2024/articles.csv").lines()).filteredOn(l -> l.startsWith("第二十三条,"))
                .singleElement().asString().startsWith("第二十三条,Y,待写：本条决定什么（scaffold 标为 Y；原评估：N，新建商品房交房即交证");

        // The stub is a well-formed rule of the rule set: it compiles, cites a real article, passes every check …
        ValidationReport report = RuleSetValidator.validate(f.root());
        assertThat(report.problems()).isEmpty();
        assertThat(RuleSetLoader.load(f.root()).rules()).extracting(RuleInfo::id).contains("xinxiang.article-23");
        // … and a second run does not overwrite it.
        Run again = scaffold(f, "--instrument", "xinxiang-regulation-2024", "--article", "第二十三条", "--name", "交房即交证");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void aServicesClauseGetsAServicesStubThatCompilesInItsPhase() throws IOException {
        RulesFolder f = RulesFolder.copyOfSample(tmp.resolve("rules"));
        Run run = scaffold(f, "--family", "services", "--instrument", "yinchuan-measures-2025", "--article", "第二十八条",
                "--name", "一件事一次办");
        assertThat(run.exit()).as(run.err()).isZero();
        String drl = Files.readString(f.file("ningxia/yinchuan/measures-2025/article-28.drl"));
        assertThat(drl).contains("import org.zwfw.services.facts.*;")
                .contains("global org.zwfw.services.facts.ServicesDecision services;")
                .contains("ruleflow-group \"services-place\"").contains("ServiceQuestion()")
                .contains("services.because(drools, \"待写\")").doesNotContain("org.zwfw.acceptance");
        assertThat(Files.readString(tmp.resolve("features/ningxia/yinchuan/measures-2025/第二十八条-一件事一次办.feature")))
                .contains("当 询问办理地点和帮办服务");
        assertThat(RuleSetValidator.validate(f.root()).problems()).isEmpty();
        assertThat(RuleSetLoader.load(f.root()).rules()).extracting(RuleInfo::id).contains("yinchuan.article-28");
        // An unknown family is refused, nothing written.
        Run bad = scaffold(f, "--family", "bundle", "--instrument", "yinchuan-measures-2025", "--article", "第二十九条");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--family must be one of acceptance, bundles, services, not bundle");
        assertThat(f.root().resolve("ningxia/yinchuan/measures-2025/article-29.drl")).doesNotExist();
    }

    @Test
    void aBundleClauseGetsABundleStubThatCompilesInItsPhase() throws IOException {
        RulesFolder f = RulesFolder.copyOfSample(tmp.resolve("rules"));
        Run run = scaffold(f, "--family", "bundles", "--instrument", "yinchuan-draft-2025", "--article", "第二十一条",
                "--name", "统一接受申请");
        assertThat(run.exit()).as(run.err()).isZero();
        String drl = Files.readString(f.file("ningxia/yinchuan/draft-2025/article-21.drl"));
        assertThat(drl).contains("package rules.ningxia.yinchuan.draft_2025")
                .contains("import org.zwfw.bundles.facts.*;")
                .contains("global org.zwfw.bundles.facts.BundleDecision bundleDecision;")
                .contains("ruleflow-group \"bundle-outcome\"").contains("BundleApplication()")
                .contains("@clause(\"银川市政务服务管理办法（草案） 第二十一条\")")
                .contains("bundleDecision.note(drools, \"待写\")")
                .doesNotContain("org.zwfw.acceptance").doesNotContain("org.zwfw.services");
        assertThat(Files.readString(tmp.resolve("features/ningxia/yinchuan/draft-2025/第二十一条-统一接受申请.feature")))
                .contains("假如 在 \"640100\" 于 \"YYYY-MM-DD\" 申请一件事").contains("当 提交一件事申请");
        assertThat(RuleSetValidator.validate(f.root()).problems()).isEmpty();
        assertThat(RuleSetLoader.load(f.root()).rules()).extracting(RuleInfo::id).contains("yinchuan-draft.article-21");
        // Another of the bundles' phases, as asked.
        Run notice = scaffold(f, "--family", "bundles", "--phase", "bundle-notice", "--instrument",
                "xinxiang-regulation-2024", "--article", "第二十三条");
        assertThat(notice.exit()).as(notice.err()).isZero();
        assertThat(Files.readString(f.file("henan/xinxiang/regulation-2024/article-23.drl")))
                .contains("ruleflow-group \"bundle-notice\"");
        assertThat(RuleSetValidator.validate(f.root()).problems()).isEmpty();
    }

    @Test
    void aSectionOfThePlanIsScaffoldedByItsPath() throws IOException {
        RulesFolder f = RulesFolder.copyOfSample(tmp.resolve("rules"));
        Run run = scaffold(f, "--instrument", "hongsibu-plan-2022", "--article", "四（三）");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(f.file("ningxia/wuzhong/hongsibu/plan-2022/section-22.drl")))
                .contains("@clause(\"吴忠市红寺堡区关于加快推进政务服务标准化规范化便利化的实施方案 四（三）\")");
        assertThat(tmp.resolve("features/ningxia/wuzhong/hongsibu/plan-2022/四（三）-待命名.feature")).exists();
    }

    @Test
    void anArticleNotInTheTextIsRefusedAndNothingIsWritten() throws IOException {
        RulesFolder f = RulesFolder.copyOfSample(tmp.resolve("rules"));
        List<Path> before = files(f.root());
        Run run = scaffold(f, "--instrument", "yinchuan-measures-2025", "--article", "第四十四条");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("第四十四条 is not an article of 银川市政务服务管理办法").contains("第四十三条");
        assertThat(files(f.root())).isEqualTo(before);
        assertThat(files(tmp.resolve("features"))).isEmpty();
    }

    @Test
    void anUnknownInstrumentIsRefused() {
        RulesFolder f = RulesFolder.copyOfSample(tmp.resolve("rules"));
        Run run = scaffold(f, "--instrument", "yinchuan-measures-2030", "--article", "第一条");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("yinchuan-measures-2030");
    }
}
