package org.zwfw.bundles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.engine.RulesFolder;
import org.zwfw.engine.SampleRules;
import org.zwfw.kernel.Problem;
import org.zwfw.kernel.RuleSetException;

/** The 一件事一次办 tables: the fixture's rows read as published; each kind of bad row rejects the rule set at its line. */
class BundleTablesReaderTest {
    static final String XX_BUNDLES = "henan/xinxiang/catalog/bundles.csv";
    static final String XX_MATERIALS = "henan/xinxiang/catalog/bundle-materials.csv";

    @TempDir
    Path scratch;
    int copies;

    List<String> problems(String file, UnaryOperator<String> change) {
        RulesFolder f = RulesFolder.copyOfSample(scratch.resolve("copy-" + copies++));
        f.edit(file, change);
        RuleSetException e = catchThrowableOfType(RuleSetException.class, f::load);
        assertThat(e).as("the folder is refused").isNotNull();
        return e.getProblems().stream().map(Problem::toString).toList();
    }

    @Test
    void readsTheFixturesBundles() {
        BundleTables t = SampleRules.get().table(BundleTables.class);
        Bundle xx = t.find("410700", "XX-YJS-001").orElseThrow();
        assertThat(xx.matters()).containsExactly("XX-GTGS-004", "XX-SPJY-001");
        assertThat(xx.promisedDays()).isEqualTo(5);
        assertThat(xx.producedWithin()).containsExactly(new Bundle.Produced("XX-SPJY-001", "M02", "XX-GTGS-004"));
        assertThat(xx.requiringArticle()).isEqualTo("新乡市政务服务条例 第二十二条");
        assertThat(t.materialsOf(xx)).hasSize(6);
        Bundle yc = t.find("640100", "YC-YJS-001").orElseThrow();
        assertThat(yc.producedWithin()).isEmpty();
        assertThat(t.materialsOf(yc)).hasSize(9);
        assertThat(t.find("610100", "XX-YJS-001")).isEmpty();
    }

    @Test
    void aMatterNotInTheCatalogIsAProblemAtItsLine() {
        assertThat(problems(XX_BUNDLES, s -> s.replace("XX-GTGS-004|XX-SPJY-001", "XX-GTGS-004|XX-NOPE-001")))
                .anyMatch(p -> p.startsWith(XX_BUNDLES + ":2:") && p.contains("XX-NOPE-001"));
    }

    @Test
    void producedWithinNamingAnUnknownMaterialOrMatterIsAProblem() {
        assertThat(problems(XX_BUNDLES, s -> s.replace("XX-SPJY-001/M02<XX-GTGS-004", "XX-SPJY-001/M99<XX-GTGS-004")))
                .anyMatch(p -> p.startsWith(XX_BUNDLES + ":2:") && p.contains("M99"));
        assertThat(problems(XX_BUNDLES, s -> s.replace("XX-SPJY-001/M02<XX-GTGS-004", "XX-SPJY-001/M02<XX-SGXK-002")))
                .anyMatch(p -> p.startsWith(XX_BUNDLES + ":2:") && p.contains("XX-SGXK-002"));
    }

    @Test
    void aBadNumberADateOrAnUnknownArticleIsAProblem() {
        assertThat(problems(XX_BUNDLES, s -> s.replace("XX-GTGS-004|XX-SPJY-001,5,", "XX-GTGS-004|XX-SPJY-001,five,")))
                .anyMatch(p -> p.startsWith(XX_BUNDLES + ":2:") && p.contains("promised_days"));
        assertThat(problems(XX_BUNDLES, s -> s.replace(",2024-03-01", ",2024-13-01")))
                .anyMatch(p -> p.startsWith(XX_BUNDLES + ":2:") && p.contains("published_from"));
        assertThat(problems(XX_BUNDLES, s -> s.replace("新乡市政务服务条例 第二十二条", "新乡市政务服务条例 第九十九条")))
                .anyMatch(p -> p.startsWith(XX_BUNDLES + ":2:") && p.contains("requiring_article"));
    }

    @Test
    void servesNamingAnUnknownMatterMaterialOrAskingTwiceIsAProblem() {
        assertThat(problems(XX_MATERIALS, s -> s.replace("B03,经营场所使用相关文件,Y,XX-GTGS-004/M03",
                "B03,经营场所使用相关文件,Y,XX-GTGS-004/M09")))
                .anyMatch(p -> p.startsWith(XX_MATERIALS + ":4:") && p.contains("XX-GTGS-004/M09"));
        assertThat(problems(XX_MATERIALS, s -> s.replace("B03,经营场所使用相关文件,Y,XX-GTGS-004/M03",
                "B03,经营场所使用相关文件,Y,XX-GTGS-004/M01")))
                .anyMatch(p -> p.startsWith(XX_MATERIALS + ":4:") && p.contains("already served"));
        // The licence produced within the bundle, asked of the applicant too.
        assertThat(problems(XX_MATERIALS, s -> s.replace("Y,XX-SPJY-001/M04", "Y,XX-SPJY-001/M04|XX-SPJY-001/M02")))
                .anyMatch(p -> p.contains("produced within bundle XX-YJS-001 but also asked"));
    }
}
