package org.zwfw.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.acceptance.AcceptanceEngine;
import org.zwfw.acceptance.AcceptanceQuery;
import org.zwfw.acceptance.AcceptanceResult;
import org.zwfw.acceptance.facts.Decision;

/**
 * Stack-notes trap: without UTF-8 a Chinese string literal in a rule condition is silently garbled and never matches.
 * A rule that matches {@code Matter(type == "行政许可")} must fire for a 行政许可 matter and not for a 行政确认 one.
 */
class Utf8RuleLiteralTest {
    static final String RULE_ID = "national.test.licensing-type-literal";
    static RuleSet rs;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void load() {
        rs = RulesFolder.copyOfSample(tmp).write("national/administrative-licensing-law/utf8-literal.drl", """
                package rules.national.administrative_licensing_law

                import org.zwfw.acceptance.facts.*;

                global org.zwfw.acceptance.facts.Decision decision;
                global org.zwfw.catalog.WorkingCalendar calendar;

                rule "行政许可事项：按行政许可法受理"
                    @ruleId("national.test.licensing-type-literal")
                    @clause("中华人民共和国行政许可法 第三十二条")
                    @basis("TEXT")
                    ruleflow-group "service"
                when
                    Matter(type == "行政许可")
                then
                    decision.note(drools, "事项类型为行政许可");
                end
                """).load();
    }

    static AcceptanceResult decide(String matter) {
        return new AcceptanceEngine().evaluate(rs, new AcceptanceQuery("640100", matter, LocalDate.of(2025, 12, 15),
                "ORDINARY", "LEGAL_PERSON", null, Set.of(), Map.of(), false, null));
    }

    @Test
    void jvmRunsInUtf8() {
        assertThat(Charset.defaultCharset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void chineseLiteralMatchesALicensingMatter() {
        AcceptanceResult r = decide("YC-SPJY-001");
        assertThat(r.firedRules()).contains(RULE_ID);
        assertThat(r.decision().getReasons()).extracting(Decision.Reason::text).contains("事项类型为行政许可");
        assertThat(r.decision().getReasons()).filteredOn(x -> x.rule().equals(RULE_ID))
                .extracting(Decision.Reason::clause).containsExactly("中华人民共和国行政许可法 第三十二条");
    }

    @Test
    void chineseLiteralDoesNotMatchAConfirmationMatter() {
        assertThat(rs.catalog().of("640100").matters().get("YC-BDC-003").getType()).isEqualTo("行政确认");
        assertThat(decide("YC-BDC-003").firedRules()).doesNotContain(RULE_ID);
    }
}
