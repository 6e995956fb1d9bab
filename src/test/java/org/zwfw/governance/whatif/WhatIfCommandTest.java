package org.zwfw.governance.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.engine.RulesFolder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code what-if} of the 银川 draft against 银川 2025 over the sample cases (requests of the 银川 2025 acceptance
 * scenarios): each known difference is reported with its clauses, nothing else is; and the exit codes.
 */
class WhatIfCommandTest {
    static final Path SAMPLE = Path.of("samples/what-if/yinchuan-draft-vs-2025.jsonl");
    static final String MEASURES_25 = "银川市政务服务管理办法 第二十五条";
    static final String DRAFT_22 = "银川市政务服务管理办法（草案） 第二十二条";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dir;
    static Run draft;
    static JsonNode report;

    record Run(int code, String out, String err) {}

    static Run whatIf(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = WhatIfCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void draftAgainst2025() throws IOException {
        draft = whatIf("--base", "yinchuan-measures-2025", "--proposal", "yinchuan-draft-2025", "--cases",
                SAMPLE.toString(), "--json", dir.resolve("r.json").toString(), "--html", dir.resolve("r.html").toString());
        report = JSON.readTree(Files.readString(dir.resolve("r.json"), StandardCharsets.UTF_8));
    }

    static JsonNode differenceAt(int line) {
        for (JsonNode d : report.path("differences")) {
            if (d.path("line").asInt() == line) {
                return d;
            }
        }
        throw new AssertionError("no difference reported for line " + line);
    }

    static JsonNode change(JsonNode difference, String part) {
        for (JsonNode c : difference.path("changes")) {
            if (c.path("part").asString().equals(part)) {
                return c;
            }
        }
        throw new AssertionError("no change of " + part + " in " + difference);
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    @Test
    void lateSupplementIsAbandonedUnder2025AndWithdrawnUnderTheDraft() {
        JsonNode c = change(differenceAt(1), "supplement.lateConsequence");
        assertThat(c.path("base").asString()).isEqualTo("ABANDONED");
        assertThat(c.path("proposal").asString()).isEqualTo("WITHDRAWN");
        assertThat(texts(c.path("baseClauses"))).containsExactly(MEASURES_25);
        assertThat(texts(c.path("proposalClauses"))).containsExactly(DRAFT_22);
        // The deadline the applicant committed to is the same on both sides, so it is not reported.
        assertThat(differenceAt(1).path("changes").size()).isEqualTo(1);
    }

    @Test
    void theSupplementCapOf2025IsNotInTheDraft() {
        JsonNode beyond = change(differenceAt(4), "outcome");
        assertThat(beyond.path("base").asString()).isEqualTo("NOTIFY_SUPPLEMENT");
        assertThat(beyond.path("proposal").asString()).isEqualTo("ACCEPT_WITH_DEFICIENCY");
        assertThat(texts(beyond.path("baseClauses"))).contains(MEASURES_25);
        assertThat(texts(beyond.path("proposalClauses"))).contains(DRAFT_22);

        JsonNode deadline = change(differenceAt(5), "supplement.deadline");
        assertThat(deadline.path("base").asString()).isEqualTo("2025-12-22");   // capped at 5 working days
        assertThat(deadline.path("proposal").asString()).isEqualTo("2025-12-29"); // the list's 10 working days
        assertThat(texts(deadline.path("baseClauses"))).containsExactly(MEASURES_25);
        assertThat(texts(deadline.path("proposalClauses"))).containsExactly(DRAFT_22);
    }

    @Test
    void pregnantWomenGetTheGreenChannelUnder2025Only() {
        JsonNode d = differenceAt(6);
        JsonNode c = change(d, "priorityService");
        assertThat(c.path("base").asString()).isEqualTo("true");
        assertThat(c.path("proposal").asString()).isEqualTo("false");
        assertThat(texts(c.path("baseClauses"))).containsExactly("银川市政务服务管理办法 第三十二条");
        assertThat(d.path("changes").size()).isEqualTo(1);
    }

    @Test
    void atTheWindowTheDraftSparesTheSharedMaterialThat2025StillDemands() {
        JsonNode c = change(differenceAt(10), "outcome");
        assertThat(c.path("base").asString()).isEqualTo("NOTIFY_SUPPLEMENT");
        assertThat(c.path("proposal").asString()).isEqualTo("ACCEPT");
        // 2025 refuses 容缺 because the demanded ID is a main material; the draft waives it (its 第二十一条).
        assertThat(texts(c.path("baseClauses"))).contains(MEASURES_25);
        JsonNode w = change(differenceAt(10), "waived");
        assertThat(w.path("base").asString()).doesNotContain("M03");
        assertThat(w.path("proposal").asString()).contains("M03");
        assertThat(texts(w.path("proposalClauses"))).contains("银川市政务服务管理办法（草案） 第二十一条");
    }

    @Test
    void theDraftExcludesAnyBadCreditRecordFromTheCommitmentRoute() {
        JsonNode c = change(differenceAt(8), "outcome");
        assertThat(c.path("base").asString()).isEqualTo("APPROVE_BY_COMMITMENT");
        assertThat(c.path("proposal").asString()).isEqualTo("ACCEPT");
        assertThat(texts(c.path("proposalClauses"))).contains("银川市政务服务管理办法（草案） 第二十三条");
        assertThat(texts(c.path("baseClauses"))).contains("银川市政务服务管理办法 第二十六条");
    }

    @Test
    void casesDecidedAlikeAreNotReportedAndTheCountsAddUp() {
        assertThat(draft.code()).as(draft.err()).isEqualTo(1);
        List<Integer> lines = new ArrayList<>();
        report.path("differences").forEach(d -> lines.add(d.path("line").asInt()));
        // 2, 3: notified alike; 7: 军人 in both; 9: clean credit; 11: 新乡 untouched. 10: at the window the draft's
        // 第二十一条 spares the shared ID that 银川 2025 (which dropped that sentence) still demands.
        assertThat(lines).containsExactly(1, 4, 5, 6, 8, 10);
        JsonNode s = report.path("summary");
        assertThat(s.path("cases").asInt()).isEqualTo(11);
        assertThat(s.path("compared").asInt()).isEqualTo(11);
        assertThat(s.path("differing").asInt()).isEqualTo(6);
        assertThat(s.path("outcomes").path("base").path("APPROVE_BY_COMMITMENT").asInt()).isEqualTo(2);
        assertThat(s.path("outcomes").path("proposal").path("APPROVE_BY_COMMITMENT").asInt()).isEqualTo(1);
        assertThat(s.path("outcomeChanges").path("APPROVE_BY_COMMITMENT → ACCEPT").asInt()).isEqualTo(1);
        assertThat(s.path("outcomeChanges").path("NOTIFY_SUPPLEMENT → ACCEPT_WITH_DEFICIENCY").asInt()).isEqualTo(1);
        assertThat(s.path("outcomeChanges").path("NOTIFY_SUPPLEMENT → ACCEPT").asInt()).isEqualTo(1);
        assertThat(s.path("clauses").path(MEASURES_25).asInt()).isEqualTo(4);
        assertThat(s.path("clauses").path("银川市政务服务管理办法 第三十二条").asInt()).isEqualTo(1);
        assertThat(report.path("proposal").path("instrumentStatus").asString()).isEqualTo("DRAFT");
        assertThat(draft.out()).contains("6 differ").contains("priorityService: true → false");
    }

    @Test
    void theHtmlReportShowsEachDifferenceWithItsClausesAndNoApplicantInClear() throws IOException {
        String html = Files.readString(dir.resolve("r.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<td>supplement.lateConsequence</td>", "ABANDONED", "WITHDRAWN", MEASURES_25, DRAFT_22,
                "银川市政务服务管理办法 第三十二条", "银川市政务服务管理办法（草案） 第二十三条");
        String json = Files.readString(dir.resolve("r.json"), StandardCharsets.UTF_8);
        for (String id : List.of("64010219450302123X", "91640100MA76Q3R4TH", "91640100MA76A1B2CR")) {
            assertThat(html).doesNotContain(id);
            assertThat(json).doesNotContain(id);
        }
        assertThat(html).contains("64**************3X");
    }

    @Test
    void theSameRulesOnBothSidesExitZero() {
        Run r = whatIf("--base", "rules", "--proposal", "rules", "--cases", SAMPLE.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("11 compared, 0 differ");
    }

    @Test
    void anUnknownInstrumentExitsTwoNamingIt() {
        Run r = whatIf("--base", "yinchuan-measures-2025", "--proposal", "yinchuan-draft-2099", "--cases", SAMPLE.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--proposal yinchuan-draft-2099: neither a rules folder nor an instrument")
                .contains("yinchuan-draft-2025");
    }

    @Test
    void aBrokenRulesFolderExitsTwoWithFileAndLine(@TempDir Path copy) {
        RulesFolder f = RulesFolder.copyOfSample(copy);
        f.edit("ningxia/yinchuan/measures-2025/acceptance.drl", s -> s + "\nrule \"坏规则\"\nwhen\n    NoSuchFact()\nthen\nend\n");
        Run r = whatIf("--base", f.root().toString(), "--proposal", "rules", "--cases", SAMPLE.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).containsPattern("ningxia/yinchuan/measures-2025/acceptance\\.drl:\\d+: ");
    }

    @Test
    void badCasesAreReportedByLineAndExitTwo() throws IOException {
        Path cases = dir.resolve("bad.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLE, StandardCharsets.UTF_8).subList(0, 1));
        lines.add("{not json");
        lines.add("{\"case\":\"wrong date\",\"acceptance\":{\"jurisdiction\":\"640100\",\"matterCode\":\"YC-SPJY-001\","
                + "\"asOf\":\"2025-02-30\",\"applicant\":{\"type\":\"LEGAL_PERSON\",\"id\":\"91640100MA76A1B2CR\"}}}");
        lines.add("{\"case\":\"neither\"}");
        Files.write(cases, lines, StandardCharsets.UTF_8);
        Path json = dir.resolve("bad.json");
        Run r = whatIf("--base", "yinchuan-measures-2025", "--proposal", "yinchuan-draft-2025", "--cases",
                cases.toString(), "--json", json.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("line 2: invalid: case is not valid JSON", "line 3: invalid: asOf must be a real date",
                "line 4: invalid: case has neither");
        JsonNode rep = JSON.readTree(Files.readString(json, StandardCharsets.UTF_8));
        assertThat(rep.path("summary").path("differing").asInt()).isEqualTo(1);
        assertThat(rep.path("invalid").size()).isEqualTo(3);
    }

    @Test
    void aMissingOptionOrCasesFileExitsTwo() {
        assertThat(whatIf("--base", "rules").code()).isEqualTo(2);
        Run r = whatIf("--base", "rules", "--proposal", "rules", "--cases", dir.resolve("none.jsonl").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("none.jsonl: no such file");
    }
}
