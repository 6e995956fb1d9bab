package org.zwfw.governance.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.acceptance.AcceptanceRequest;
import org.zwfw.policies.PolicyMatchService;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RulesFolder;
import org.zwfw.engine.SampleRules;

/** Two rules folders compared as the law stands: a changed policy table shows in a policy-match case, with its basis. */
class WhatIfTest {
    @TempDir
    Path dir;

    static WhatIfCase policyCase(int line, int age) {
        return new WhatIfCase(line, "age " + age, null, new PolicyMatchService.Request("610100", "2026-03-02",
                new PolicyMatchService.SubjectInput("NATURAL_PERSON", null, Map.of("age", age), Map.of("age", "SHARED")),
                null), null);
    }

    @Test
    void aChangedPolicyAmountIsReportedWithThePolicysBasisAndNothingElseDiffers() {
        RuleSet base = SampleRules.get();
        RulesFolder f = RulesFolder.copyOfSample(dir);
        f.edit("policies/610000-shaanxi.drl.csv", s -> s.replace(",80-89岁,age,FIXED,100,元/月,", ",80-89岁,age,FIXED,120,元/月,"));
        RuleSet proposal = f.load();

        List<WhatIfCase> cases = new ArrayList<>(List.of(policyCase(1, 85), policyCase(2, 92), policyCase(3, 70)));
        cases.add(new WhatIfCase(4, "西安 acceptance", new AcceptanceRequest("610100", "XA-SPJY-001", "2026-05-06", null,
                new AcceptanceRequest.Applicant("NATURAL_PERSON", "610103198804123458", List.of()),
                List.of(new AcceptanceRequest.MaterialEntry("M01", "PROVIDED")), null), null, null));
        WhatIf.Report r = new WhatIf(WhatIf.RULES_FOLDER_CREDIT, new PolicyMatchService(null)::match, LocalDate.of(2026, 3, 2))
                .run(WhatIfSide.asTheLawStands("rules", base), WhatIfSide.asTheLawStands("proposal", proposal), cases, List.of());

        assertThat(r.summary().compared()).isEqualTo(4);
        assertThat(r.differences()).extracting(WhatIf.Difference::line).containsExactly(1);
        WhatIf.Change c = r.differences().get(0).changes().get(0);
        assertThat(c.part()).isEqualTo("policy ELDERLY-ALLOWANCE-SX");
        assertThat(c.base()).isEqualTo("80-89岁 100.0 元/月");
        assertThat(c.proposal()).isEqualTo("80-89岁 120.0 元/月");
        // The table changed, not the clause: the same basis is responsible on both sides.
        assertThat(c.baseClauses()).isEqualTo(c.proposalClauses()).hasSize(1);
        assertThat(r.summary().outcomes().get("base")).containsEntry("MATCHES", 2).containsEntry("NO_MATCH", 1);
        assertThat(r.base().version()).isNotEqualTo(r.proposal().version());
    }
}
