package org.zwfw.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code lint …} on the command line: one line per breach, exit 0 clean / 1 breaches / 2 cannot lint. */
class LintCommandTest {
    record Run(int exit, List<String> out, String err) {}

    static Run lint(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = LintCommand.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        String o = out.toString(StandardCharsets.UTF_8);
        return new Run(exit, o.isEmpty() ? List.of() : List.of(o.split("\n")), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void thePublishedSampleCatalogExitsZeroWithNoBreachLine() {
        Run r = lint("--jurisdiction", "640100", "--as-of", "2025-12-15");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("0 breach(es)", "640100", "2025-12-15");
    }

    @Test
    void theFlawedCatalogExitsOneWithOneLinePerBreach() {
        Run r = lint("--jurisdiction", "610100", "--as-of", "2025-06-02", "--catalog", "src/test/resources/lint/xian-flawed");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).hasSize(11);
        assertThat(r.out()).contains(
                "XA-SPJY-001/M07 CATCH_ALL_WORDING 西安市政务服务标准化管理办法（试行） 第十三条: 申请材料“其他材料”含有模糊性兜底性表述：其他",
                "XA-SGXK-002 PROMISED_EXCEEDS_LEGAL 中华人民共和国行政许可法 第四十二条: 承诺办结时限 12 个工作日超过法定办结时限 7 个工作日");
        assertThat(r.err()).contains("11 breach(es)");
    }

    @Test
    void aRetainedProofRowMissingAnElementIsALineNamingTheRow(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        java.nio.file.Path catalog = org.zwfw.kernel.RulesFolders.copy(java.nio.file.Path.of("rules/ningxia/yinchuan/catalog"), tmp);
        java.nio.file.Path proofs = catalog.resolve("retained-proofs.csv");
        java.nio.file.Files.writeString(proofs, java.nio.file.Files.readString(proofs, StandardCharsets.UTF_8)
                .replace(",银川市不动产登记机构,国家税务总局银川市税务局,", ",,国家税务总局银川市税务局,"), StandardCharsets.UTF_8);
        Run r = lint("--jurisdiction", "640100", "--as-of", "2025-12-15", "--catalog", catalog.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).containsExactly("retained-proofs.csv[完税凭证] PROOF_ROW_INCOMPLETE 银川市政务服务管理办法 第二十七条: "
                + "证明事项清单第 4 行“完税凭证”未列明：索要单位");
    }

    @Test
    void badInputExitsTwoAndSaysWhy() {
        Run date = lint("--jurisdiction", "610100", "--as-of", "2025-02-30");
        assertThat(date.exit()).isEqualTo(2);
        assertThat(date.err()).contains("--as-of");
        Run noOption = lint("--as-of", "2025-06-02");
        assertThat(noOption.exit()).isEqualTo(2);
        assertThat(noOption.err()).contains("--jurisdiction");
        Run unknown = lint("--jurisdiction", "999999", "--as-of", "2025-06-02", "--catalog", "no/such/folder");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown jurisdiction 999999");
        assertThat(unknown.out()).isEmpty();
    }
}
