package org.zwfw.governance.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zwfw.acceptance.AcceptanceResponse;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.SampleRules;
import org.zwfw.kernel.FieldProblem;
import org.zwfw.policies.PolicyMatchService;

import tools.jackson.databind.json.JsonMapper;

/**
 * The bundle family in a what-if: 银川市政务服务管理办法（草案） in force in place of the 2025 measures, over the sample
 * bundle cases (samples/what-if/yinchuan-draft-vs-2025-bundles.jsonl). The draft's 第二十四条 reads like 2025's
 * 第二十八条 (the list, integrated handling), so a bundle is decided differently only where the matters' own articles
 * differ: the 容缺 consequence and cap (草案 第二十二条 / 2025 第二十五条), the shared material at the window (草案
 * 第二十一条), the 孕妇's 绿色通道 (2025 第三十二条). Lines 1, 2 and 7 (新乡) are decided alike.
 */
class BundlesWhatIfTest {
    static final Path SAMPLE = Path.of("samples/what-if/yinchuan-draft-vs-2025-bundles.jsonl");
    static final String DRAFT = "银川市政务服务管理办法（草案）";
    static final String DRAFT_24 = DRAFT + " 第二十四条";
    static final String MEASURES_28 = "银川市政务服务管理办法 第二十八条";
    static final String MEASURES_25 = "银川市政务服务管理办法 第二十五条";

    static WhatIf.Report report;

    @BeforeAll
    static void draftAgainst2025() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<WhatIfCase> cases = new ArrayList<>();
        List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            List<FieldProblem> errors = new ArrayList<>();
            WhatIfCase c = WhatIfCase.read(json, json.readTree(lines.get(i)), i + 1, "", errors);
            assertThat(errors).as("line " + (i + 1)).isEmpty();
            cases.add(c);
        }
        report = run(cases);
    }

    static WhatIf.Report run(List<WhatIfCase> cases) {
        RuleSet rs = SampleRules.get();
        WhatIfSide proposal = new WhatIfSide("draft", rs, WhatIfSide.instrument(rs, "yinchuan-draft-2025").orElseThrow());
        return new WhatIf(WhatIf.RULES_FOLDER_CREDIT, new PolicyMatchService(null)::match, LocalDate.of(2026, 1, 15))
                .run(WhatIfSide.asTheLawStands("rules", rs), proposal, cases, List.of());
    }

    static WhatIf.Difference at(int line) {
        return report.differences().stream().filter(d -> d.line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no difference reported for line " + line));
    }

    static WhatIf.Change change(int line, String part) {
        return at(line).changes().stream().filter(c -> c.part().equals(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no change of " + part + " at line " + line + ": " + at(line).changes()));
    }

    @Test
    void onlyTheBundlesWhoseMattersTheTextsDecideDifferentlyAreReported() {
        assertThat(report.summary().cases()).isEqualTo(7);
        assertThat(report.summary().compared()).isEqualTo(7);
        assertThat(report.invalid()).isEmpty();
        assertThat(report.differences()).extracting(WhatIf.Difference::line).containsExactly(3, 4, 5, 6);
        assertThat(report.differences()).allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo("BUNDLE");
            assertThat(d.matterCode()).isEqualTo("YC-YJS-001");
        });
        assertThat(report.summary().outcomes().get("base")).containsEntry("ACCEPT", 3).containsEntry("NOTIFY_SUPPLEMENT", 3);
        assertThat(report.summary().outcomeChanges()).containsEntry("NOTIFY_SUPPLEMENT → ACCEPT_WITH_DEFICIENCY", 1)
                .containsEntry("NOTIFY_SUPPLEMENT → ACCEPT", 1);
    }

    @Test
    void aLateToleratedMaterialIsAbandonedUnder2025AndWithdrawnUnderTheDraftAndTheBundleStandsAlike() {
        WhatIf.Change c = change(3, "YC-SPJY-001 supplement.lateConsequence");
        assertThat(c.base()).isEqualTo("ABANDONED");
        assertThat(c.proposal()).isEqualTo("WITHDRAWN");
        assertThat(c.baseClauses()).containsExactly(MEASURES_25);
        assertThat(c.proposalClauses()).containsExactly(DRAFT + " 第二十二条");
        assertThat(at(3).changes()).singleElement();
        assertThat(at(3).base().outcome()).isEqualTo("ACCEPT_WITH_DEFICIENCY").isEqualTo(at(3).proposal().outcome());
    }

    @Test
    void theDraftHasNoSupplementCapSoTheBundleIsAcceptedWithDeficiencyAndGetsItsDueDate() {
        WhatIf.Change outcome = change(4, "outcome");
        assertThat(outcome.base()).isEqualTo("NOTIFY_SUPPLEMENT");
        assertThat(outcome.proposal()).isEqualTo("ACCEPT_WITH_DEFICIENCY");
        // The bundle rule that took the matter's outcome, and the matter's own article, on each side.
        assertThat(outcome.baseClauses()).contains(MEASURES_28, MEASURES_25);
        assertThat(outcome.proposalClauses()).contains(DRAFT_24, DRAFT + " 第二十二条");
        WhatIf.Change due = change(4, "dueDate");
        assertThat(due.base()).isEqualTo("—");
        assertThat(due.proposal()).isEqualTo("2025-12-22"); // the list's 5 working days from 2025-12-15
        assertThat(due.proposalClauses()).containsExactly(DRAFT_24);
        assertThat(change(4, "YC-SPJY-001 outcome").proposal()).isEqualTo("ACCEPT_WITH_DEFICIENCY");
    }

    @Test
    void atTheWindowTheDraftSparesTheSharedIdentityProofThat2025AsksOfBothMatters() {
        WhatIf.Change outcome = change(5, "outcome");
        assertThat(outcome.base()).isEqualTo("NOTIFY_SUPPLEMENT");
        assertThat(outcome.proposal()).isEqualTo("ACCEPT");
        WhatIf.Change notice = change(5, "supplement.materials");
        assertThat(notice.base()).isEqualTo("B03 MISSING [YC-BDC-003, YC-SPJY-001]");
        assertThat(notice.proposal()).isEqualTo("—");
        assertThat(notice.baseClauses()).containsExactly(MEASURES_28);
        assertThat(change(5, "YC-SPJY-001 waived").proposalClauses()).contains(DRAFT + " 第二十一条");
        assertThat(change(5, "YC-BDC-003 waived").proposal()).contains("M02 DATA_SHARING");
    }

    @Test
    void aPregnantApplicantLosesTheGreenChannelOnEachMatterAndTheBundleIsDecidedAlike() {
        assertThat(at(6).changes()).extracting(WhatIf.Change::part)
                .containsExactly("YC-SPJY-001 priorityService", "YC-BDC-003 priorityService");
        assertThat(change(6, "YC-BDC-003 priorityService").baseClauses()).containsExactly("银川市政务服务管理办法 第三十二条");
    }

    @Test
    void eachSideAnswersWithItsOwnBundleRules() {
        List<AcceptanceResponse.Reason> draft = at(4).proposal().bundle().reasons();
        assertThat(draft).extracting(AcceptanceResponse.Reason::clause).allMatch(c -> c.startsWith(DRAFT))
                .contains(DRAFT_24, DRAFT + " 第二十一条");
        // The draft's 第二十一条第二款 says it in words; 银川 2025 reads it from 集成化办理 (YC-BUN-05).
        assertThat(draft).filteredOn(r -> r.rule().equals("yinchuan-draft.bundle.material-once"))
                .allSatisfy(r -> assertThat(r.basis()).isEqualTo("TEXT")).isNotEmpty();
        List<AcceptanceResponse.Reason> base = at(4).base().bundle().reasons();
        assertThat(base).extracting(AcceptanceResponse.Reason::clause).noneMatch(c -> c.startsWith(DRAFT))
                .contains(MEASURES_28);
        assertThat(base).filteredOn(r -> r.rule().equals("yinchuan.bundle.material-once"))
                .allSatisfy(r -> assertThat(r.interpretation()).isEqualTo("YC-BUN-05")).isNotEmpty();
        assertThat(at(4).proposal().bundle().matters()).extracting(m -> m.decision().ruleset().instruments())
                .allSatisfy(i -> assertThat(i).contains(DRAFT).doesNotContain("银川市政务服务管理办法"));
    }

    @Test
    void anUnknownBundleIsInvalidOnBothSidesAndAMisspelledFieldIsNamed() {
        JsonMapper json = JsonMapper.builder().build();
        List<FieldProblem> errors = new ArrayList<>();
        WhatIfCase c = WhatIfCase.read(json, json.readTree("""
                {"case": "未知一件事", "bundle": {"jurisdiction": "640100", "bundleCode": "YC-YJS-999", "asOf": "2026-03-02",
                 "applicant": {"type": "NATURAL_PERSON", "id": "64010219450302123X"}}}
                """), 1, "", errors);
        assertThat(errors).isEmpty();
        assertThat(c.kind()).isEqualTo("BUNDLE");
        WhatIf.Report r = run(List.of(c));
        assertThat(r.invalid()).singleElement().satisfies(i -> assertThat(i.errors())
                .extracting(FieldProblem::field).containsExactly("bundleCode"));
        List<FieldProblem> bad = new ArrayList<>();
        WhatIfCase.read(json, json.readTree("""
                {"case": "拼错字段", "bundle": {"jurisdiction": "640100", "bundleCod": "YC-YJS-001"}}
                """), 2, "", bad);
        assertThat(bad).extracting(FieldProblem::field).anyMatch(f -> f.startsWith("bundle."));
    }
}
