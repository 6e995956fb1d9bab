package org.zwfw.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.engine.RulesFolder;
import org.zwfw.engine.SampleRules;
import org.zwfw.kernel.Problem;
import org.zwfw.kernel.RuleSetException;

/** The services tables as the analysts keep them: the reference rows read, every bad row a file:line problem. */
class ServicesTablesTest {
    static final String XX_LISTS = "henan/xinxiang/catalog/service-lists.csv";
    static final String YC_COMPLEX = "ningxia/yinchuan/catalog/complex-matters.csv";

    @TempDir
    Path scratch;

    @Test
    void theReferenceRowsAreRead() {
        ServicesTables t = SampleRules.get().table(ServicesTables.class);
        assertThat(t.listings()).hasSize(6);
        assertThat(t.listingsOf("410700", "XX-GTGS-004")).singleElement().satisfies(l -> {
            assertThat(l.township()).isTrue();
            assertThat(l.village()).isTrue();
            assertThat(l.crossRegion()).isEqualTo("CROSS_PROVINCE");
            assertThat(l.wholeProcessOnline()).isTrue();
            assertThat(l.requiringClauses()).containsExactly("新乡市政务服务条例 第七条", "新乡市政务服务条例 第十三条");
        });
        assertThat(t.complexOf("640100", "YC-SGXK-002")).singleElement().satisfies(c -> assertThat(c.field()).isEqualTo("工程建设"));
    }

    List<String> problems(RulesFolder f) {
        RuleSetException e = catchThrowableOfType(RuleSetException.class, f::load);
        assertThat(e).as("the folder is refused").isNotNull();
        return e.getProblems().stream().map(Problem::toString).toList();
    }

    @Test
    void badRowsAreNamedByFileAndLine() {
        RulesFolder f = RulesFolder.copyOfSample(scratch);
        f.appendLines(XX_LISTS,
                "410700,XX-NOPE-009,Y,Y,NONE,N,测试,新乡市政务服务条例 第七条,2024-03-01",
                "410700,XX-SPJY-001,Y,Y,NONE,N,测试（重复）,新乡市政务服务条例 第七条,2024-03-01");
        f.edit(XX_LISTS, s -> s.replace("XX-SGXK-002,N,N,NONE,N,", "XX-SGXK-002,N,X,EVERYWHERE,N,"));
        f.appendLines(YC_COMPLEX, "640100,YC-SPJY-001,企业开办,测试,银川市政务服务管理办法 第九十九条,2025-12-01",
                "640303,YC-BDC-003,企业开办,测试,银川市政务服务管理办法 第三十一条,2025-12-01");
        List<String> problems = problems(f);
        assertThat(problems).anyMatch(p -> p.contains(XX_LISTS + ":5") && p.contains("XX-NOPE-009"));
        assertThat(problems).anyMatch(p -> p.contains(XX_LISTS + ":6") && p.contains("already listed at line 3"));
        assertThat(problems).anyMatch(p -> p.contains(XX_LISTS + ":4") && (p.contains("cross_region") || p.contains("village")));
        assertThat(problems).anyMatch(p -> p.contains(YC_COMPLEX + ":4") && p.contains("has no article 第九十九条"));
        assertThat(problems).anyMatch(p -> p.contains(YC_COMPLEX + ":5") && p.contains("jurisdiction"));
    }

    @Test
    void aRequiringArticleOfAnotherJurisdictionIsRefused() {
        RulesFolder f = RulesFolder.copyOfSample(scratch);
        f.edit(XX_LISTS, s -> s.replace("XX-SGXK-002,N,N,NONE,N,示例数据（示意）,新乡市政务服务条例 第七条、第十三条",
                "XX-SGXK-002,N,N,NONE,N,示例数据（示意）,银川市政务服务管理办法 第二十四条"));
        assertThat(problems(f)).anyMatch(p -> p.contains(XX_LISTS + ":4") && p.contains("not of this jurisdiction's chain"));
    }
}
