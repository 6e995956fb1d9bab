package org.zwfw.lawbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.cases.CaseEngine;
import org.zwfw.cases.facts.CaseEvent;
import org.zwfw.cases.facts.CaseFile;
import org.zwfw.cases.facts.Transition;
import org.zwfw.engine.Engine;
import org.zwfw.engine.NoLawInForce;
import org.zwfw.kernel.Problem;
import org.zwfw.engine.RuleSet;
import org.zwfw.kernel.RuleSetException;
import org.zwfw.engine.RuleSetLoader;
import org.zwfw.engine.RulesFolder;

/** The rules folder is read once into a lawbook, and everything a rule set answers with is read from that copy. */
class LawbookTest {
    @TempDir
    static Path tmp;
    static RulesFolder folder;
    static RuleSet rs;

    @BeforeAll
    static void load() {
        folder = RulesFolder.copyOfSample(tmp.resolve("rules"));
        rs = folder.load();
    }

    @Test
    void theVersionIsTheHashOfWhatWasReadAndTheCopyIsNotTheFolder() throws Exception {
        Lawbook again = Lawbook.read(folder.root());
        assertThat(again.version()).isEqualTo(rs.version());
        assertThat(rs.root().getFileSystem()).isNotEqualTo(folder.root().getFileSystem());
        assertThat(rs.lawbook().files()).extracting(rs.lawbook()::rel).contains("jurisdictions.csv", "phases.csv");
        assertThat(again.stillOnDisk()).isTrue();
    }

    @Test
    void aRuleSetKeepsReadingItsOwnCopyAfterTheFolderIsEdited(@TempDir Path other) throws Exception {
        RulesFolder f = RulesFolder.copyOfSample(other.resolve("rules"));
        RuleSet before = f.load();
        Lawbook book = before.lawbook();
        String matters = "ningxia/yinchuan/catalog/matters.csv";
        String original = Files.readString(before.root().resolve(matters), StandardCharsets.UTF_8);
        f.write(matters, "code,broken\n");
        // What the rule set reads (lint, policy rows, coverage) is what its version names, not the edited file.
        assertThat(Files.readString(before.root().resolve(matters), StandardCharsets.UTF_8)).isEqualTo(original);
        assertThat(book.stillOnDisk()).isFalse();
        assertThat(Lawbook.read(f.root()).version()).isNotEqualTo(before.version());
    }

    @Test
    void eachFamilyRunsThePhasesTheTableListsInOrder() {
        Phases phases = rs.table(Phases.class);
        assertThat(phases.of("acceptance")).startsWith("eligibility").endsWith("service");
        assertThat(phases.of("fees")).containsExactly("fee-items", "fee-basis", "fee-exemptions", "fee-total");
        assertThat(phases.familyOf("lint-baseline")).contains("lint");
    }

    @Test
    void aRuleInAPhaseNoFamilyRunsIsAProblemAtItsLine(@TempDir Path other) {
        RulesFolder f = RulesFolder.copyOfSample(other.resolve("rules"));
        String file = "henan/xinxiang/regulation-2024/cases.drl";
        f.edit(file, s -> s.replaceFirst("ruleflow-group \"case\"", "ruleflow-group \"cases\""));
        int line = lineOf(f.read(file), "ruleflow-group \"cases\"");
        assertThatThrownBy(f::load).isInstanceOf(RuleSetException.class).satisfies(e -> {
            List<Problem> problems = ((RuleSetException) e).getProblems();
            assertThat(problems).hasSize(1);
            assertThat(problems.get(0).file()).isEqualTo(file);
            assertThat(problems.get(0).line()).isBetween(1, line);
            assertThat(problems.get(0).message()).contains("is in phase \"cases\"", "never fire");
        });
    }

    @Test
    void aNewPhaseIsATableRowAndItsRulesRun(@TempDir Path other) {
        RulesFolder f = RulesFolder.copyOfSample(other.resolve("rules"));
        f.edit("henan/xinxiang/regulation-2024/cases.drl",
                s -> s.replace("ruleflow-group \"case\"", "ruleflow-group \"case-xinxiang\""));
        f.edit("phases.csv", s -> s + "cases,case-xinxiang,2,办件状态的变更（新乡）\n");
        RuleSet edited = f.load();
        assertThat(edited.table(Phases.class).of("cases")).containsExactly("case", "case-xinxiang");
        // 新乡 第二十条: a supplement not brought by the deadline withdraws the application — now in its own phase.
        CaseFile pending = new CaseFile("CASE-T", "410700", LocalDate.of(2025, 3, 3), "ACCEPT_WITH_DEFICIENCY",
                "PENDING_SUPPLEMENT", LocalDate.of(2025, 3, 10), "WITHDRAWN", new LinkedHashSet<>(List.of("M01")), null);
        Transition t = new CaseEngine().apply(edited, pending,
                new CaseEvent("READ", LocalDate.of(2025, 3, 11), Set.of(), null, null));
        assertThat(t.getReasons()).extracting(Transition.Reason::rule).containsExactly("xinxiang.case.withdrawn");
    }

    @Test
    void aDateWithNoLawInForceIsRefusedForEveryFamilyNamingTheField() {
        assertThatThrownBy(() -> Engine.lawInForce(rs, "410700", LocalDate.of(2000, 1, 1), "asOf"))
                .isInstanceOf(NoLawInForce.class)
                .hasMessageContaining("no instrument of jurisdiction 410700 or above is in force on 2000-01-01")
                .hasMessageContaining("the earliest applies from")
                .extracting(e -> ((NoLawInForce) e).field()).isEqualTo("asOf");
    }

    @Test
    void aFolderReadTwiceUnchangedHasOneVersion() {
        assertThat(org.zwfw.lawbook.Lawbook.read(folder.root()).version()).isEqualTo(rs.version());
    }

    private static int lineOf(String text, String needle) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        return -1;
    }
}
