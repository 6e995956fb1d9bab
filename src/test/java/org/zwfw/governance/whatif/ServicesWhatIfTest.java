package org.zwfw.governance.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.SampleRules;
import org.zwfw.policies.PolicyMatchService;
import org.zwfw.services.ServicesRequest;

import tools.jackson.databind.json.JsonMapper;

/**
 * The services family in a what-if: 银川市政务服务管理办法（草案） in force in place of the 2025 measures. The draft's
 * 第二十九条 names 军人、老年人、残疾人 for the 绿色通道 (the 2025 第三十二条 adds 孕妇); 就近办 and 帮办代办 read alike.
 */
class ServicesWhatIfTest {
    static final String DRAFT = "银川市政务服务管理办法（草案）";

    static WhatIfCase services(int line, String label, ServicesRequest r) {
        return new WhatIfCase(line, label, null, null, null, r);
    }

    static ServicesRequest yc(String matter, String level, String region, List<String> groups, List<String> kinds) {
        return new ServicesRequest("640100", matter, "2026-01-15", null,
                level == null ? null : new ServicesRequest.Place(level, null), region,
                groups == null ? null : new ServicesRequest.Applicant(null, null, groups, null),
                kinds == null ? null : new ServicesRequest.Project(kinds));
    }

    WhatIf.Report run(List<WhatIfCase> cases) {
        RuleSet rs = SampleRules.get();
        WhatIfSide proposal = new WhatIfSide("draft", rs, WhatIfSide.instrument(rs, "yinchuan-draft-2025").orElseThrow());
        return new WhatIf(WhatIf.RULES_FOLDER_CREDIT, new PolicyMatchService(null)::match, LocalDate.of(2026, 1, 15))
                .run(WhatIfSide.asTheLawStands("rules", rs), proposal, cases, List.of());
    }

    @Test
    void aPregnantApplicantLosesTheGreenChannelUnderTheDraftAndNothingElseChanges() {
        List<WhatIfCase> cases = new ArrayList<>(List.of(
                services(1, "孕妇", yc("YC-SPJY-001", null, null, List.of("PREGNANT"), null)),
                services(2, "乡镇便民服务中心的不动产登记", yc("YC-BDC-003", "TOWNSHIP", "640104", null, null)),
                services(3, "重点投资项目", yc("YC-SGXK-002", null, null, null, List.of("KEY_INVESTMENT"))),
                services(4, "老年人", yc("YC-SPJY-001", null, null, List.of("ELDERLY"), null))));
        WhatIf.Report r = run(cases);
        assertThat(r.summary().compared()).isEqualTo(4);
        assertThat(r.differences()).extracting(WhatIf.Difference::line).containsExactly(1);
        WhatIf.Difference d = r.differences().get(0);
        assertThat(d.kind()).isEqualTo("SERVICES");
        assertThat(d.changes()).singleElement().satisfies(c -> {
            assertThat(c.part()).isEqualTo("priorityService");
            assertThat(c.base()).isEqualTo("true");
            assertThat(c.proposal()).isEqualTo("false");
            assertThat(c.baseClauses()).containsExactly("银川市政务服务管理办法 第三十二条");
        });
        assertThat(r.summary().outcomes().get("proposal")).containsEntry("MAY_APPLY_HERE", 4);
        // Both sides answer every case with their own clauses: the draft cites its own articles.
        assertThat(d.proposal().reasons()).extracting(x -> x.clause()).allMatch(c -> c.startsWith(DRAFT))
                .contains(DRAFT + " 第九条", DRAFT + " 第二十九条");
    }

    @Test
    void aServicesCaseIsReadFromAJsonLineAndAnUnknownMatterIsInvalidOnBothSides() {
        JsonMapper json = JsonMapper.builder().build();
        List<org.zwfw.kernel.FieldProblem> errors = new ArrayList<>();
        WhatIfCase c = WhatIfCase.read(json, json.readTree("""
                {"case": "未知事项", "services": {"jurisdiction": "640100", "matterCode": "YC-NOPE-001", "asOf": "2026-01-15"}}
                """), 1, "", errors);
        assertThat(errors).isEmpty();
        assertThat(c.kind()).isEqualTo("SERVICES");
        WhatIf.Report r = run(List.of(c));
        assertThat(r.invalid()).singleElement().satisfies(i -> assertThat(i.errors())
                .extracting(e -> e.field()).containsExactly("matterCode"));
        List<org.zwfw.kernel.FieldProblem> bad = new ArrayList<>();
        WhatIfCase.read(json, json.readTree("""
                {"case": "拼错字段", "services": {"jurisdiction": "640100", "matterCod": "YC-SPJY-001"}}
                """), 2, "", bad);
        assertThat(bad).isNotEmpty();
    }
}
