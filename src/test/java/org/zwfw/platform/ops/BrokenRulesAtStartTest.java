package org.zwfw.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.zwfw.ZwfwRulesApplication;
import org.zwfw.engine.RulesFolder;

/** An operator starting the service on a broken rules folder reads each file:line and that it did not start. */
@ExtendWith(OutputCaptureExtension.class)
class BrokenRulesAtStartTest {
    static final String DRL = "ningxia/yinchuan/measures-2025/acceptance.drl";

    @TempDir
    Path tmp;

    @Test
    void aStartOnBrokenRulesPrintsItsProblemsAndNoStackTrace(CapturedOutput output) {
        RulesFolder f = RulesFolder.copyOfSample(tmp.resolve("rules"));
        f.appendLines(DRL, "", "rule \"坏规则\"", "    @ruleId(\"yinchuan.broken\")",
                "    @clause(\"银川市政务服务管理办法 第九十九条\")", "    @basis(\"TEXT\")",
                "when", "    Application()", "then", "end");
        // Command-line arguments, as an operator passes them (they override application.properties).
        assertThatThrownBy(() -> new SpringApplicationBuilder(ZwfwRulesApplication.class)
                .run("--zwfw.rules.dir=" + f.root(), "--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:broken-start;DB_CLOSE_DELAY=-1").close())
                .hasStackTraceContaining("第九十九条");
        String out = output.getAll();
        assertThat(out).contains("The service did not start: the rules folder has 1 problem(s):")
                .contains(DRL + ":").contains("has no article 第九十九条")
                .contains("validate <rules-dir>");
        assertThat(out).as("no stack frames at the default log level").doesNotContain("\tat ").doesNotContain("Caused by");
    }
}
