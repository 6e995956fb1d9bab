package org.zwfw.governance.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zwfw.kernel.Problem;
import org.zwfw.kernel.RuleSetException;
import org.zwfw.engine.RuleSetHolder;
import org.zwfw.engine.RulesFolder;

/**
 * An analyst who runs {@code validate} on a folder and an operator who reloads it read the same problems: every
 * problem the reload refuses the folder for is printed by {@code validate} at the same file and line (a table's column
 * in its own place), once — and validate finds nothing the build would accept.
 */
@Tag("slow") // fifteen full compiles (a holder, a reload and a validate per broken folder); run by mvn test -Pslow
class ValidateAndReloadAgreeTest {
    static final String DRL = "ningxia/yinchuan/measures-2025/acceptance.drl";

    record Broken(String name, String file, UnaryOperator<String> edit) {
        @Override
        public String toString() { return name; }
    }

    static List<Broken> folders() {
        return List.of(
                new Broken("DRL parse error", DRL, s -> s + "\nrule \"坏\"\nwhen\n    Application(\nthen\nend\n"),
                new Broken("clause of no article", DRL, s -> s.replace("@clause(\"银川市政务服务管理办法 第三十二条\")",
                        "@clause(\"银川市政务服务管理办法 第九十九条\")")),
                new Broken("unknown interpretation entry", DRL, s -> s.replace("@interpretation(\"YC-INT-04\")",
                        "@interpretation(\"YC-INT-98\")")),
                new Broken("bad table cell", "ningxia/yinchuan/catalog/matters.csv", s -> s.replace(",10,5,N,Y,,5,", ",10,五,N,Y,,5,")),
                new Broken("row longer than its header", "ningxia/yinchuan/catalog/tolerance-list.csv",
                        s -> s + "YC-SPJY-001,M05,10,示例,多余\n"));
    }

    @TempDir
    Path tmp;

    @ParameterizedTest
    @MethodSource("folders")
    void validateAndReloadReportTheSameProblems(Broken broken) throws Exception {
        RulesFolder f = RulesFolder.copyOfSample(tmp.resolve("rules"));
        RuleSetHolder holder = new RuleSetHolder(f.root().toString());
        f.edit(broken.file(), broken.edit());

        List<Problem> reload = List.of();
        try {
            holder.reload();
        } catch (RuleSetException e) {
            reload = e.getProblems();
        }
        assertThat(reload).as("the reload refuses the folder").isNotEmpty();

        ValidationReport report = RuleSetValidator.validate(f.root());
        assertThat(report.valid()).isFalse();
        List<String> printed = report.problems().stream().map(Finding::text).toList();
        for (Problem p : reload) {
            String message = p.message().replaceAll("\\s*\\R\\s*", " ").trim().replaceFirst("^column (\\d+): ", "");
            assertThat(printed).as("validate prints %s", p)
                    .anyMatch(l -> l.startsWith(p.file() + ":" + p.line() + ":") && l.endsWith(message));
        }
        // Each reload problem once, and in file order.
        assertThat(printed).doesNotHaveDuplicates();
        assertThat(reload.stream().map(Problem::toString).distinct().count()).isEqualTo(reload.size());
    }
}
