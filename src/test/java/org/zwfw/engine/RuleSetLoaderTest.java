package org.zwfw.engine;

import org.zwfw.kernel.Problem;
import org.zwfw.kernel.RuleSetException;
import org.zwfw.lawbook.Instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.governance.validate.RuleSetValidator;
import org.zwfw.governance.validate.ValidationReport;

/**
 * Where the loader finds the rules: a rules folder reached through symbolic links (the folder itself, a subfolder, a
 * file) loads as the folder it points to; a link loop or a dangling link is a problem naming it; and a folder whose
 * rule files give no rule is refused, never served as an empty rule set.
 */
class RuleSetLoaderTest {
    static final String INSTRUMENT = "henan/xinxiang/regulation-2024";

    @TempDir
    Path tmp;

    static List<String> ruleIds(RuleSet rs) {
        return rs.rules().stream().map(RuleInfo::id).toList();
    }

    @Test
    void aRulesFolderReachedThroughSymbolicLinksLoadsAsTheFolderItPointsTo() throws IOException {
        RuleSet sample = SampleRules.get();
        Path real = RulesFolder.copyOfSample(tmp.resolve("release-1")).root();
        // A subfolder and a rule file that live elsewhere, linked into the folder.
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.move(real.resolve(INSTRUMENT), elsewhere.resolve("regulation-2024"));
        Files.createSymbolicLink(real.resolve(INSTRUMENT), elsewhere.resolve("regulation-2024"));
        Path drl = firstDrl(real.resolve("national"));
        Files.move(drl, elsewhere.resolve("linked.drl"));
        Files.createSymbolicLink(drl, elsewhere.resolve("linked.drl"));
        Path rules = Files.createSymbolicLink(tmp.resolve("rules"), real);

        RuleSet linked = RuleSetLoader.load(rules);

        assertThat(linked.rules()).isNotEmpty();
        assertThat(ruleIds(linked)).containsExactlyElementsOf(ruleIds(sample));
        assertThat(linked.instruments()).extracting(Instrument::id)
                .containsExactlyInAnyOrderElementsOf(sample.instruments().stream().map(Instrument::id).toList());
        // The same files under the same names: the same version as the sample it copies.
        assertThat(linked.version()).isEqualTo(sample.version()).isEqualTo(org.zwfw.lawbook.Lawbook.read(rules).version());
        assertThat(RuleSetValidator.validate(rules).valid()).isTrue();
    }

    @Test
    void aSymbolicLinkLoopIsAProblemNamingTheLinkNotACrash() throws IOException {
        Path root = RulesFolder.copyOfSample(tmp.resolve("rules")).root();
        Files.createSymbolicLink(root.resolve(INSTRUMENT + "/again"), root.resolve("henan"));

        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSetLoader.load(root));

        assertThat(e).isNotNull();
        assertThat(e.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(INSTRUMENT + "/again");
            assertThat(p.message()).contains("symbolic link loop");
        });
        ValidationReport report = RuleSetValidator.validate(root);
        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).anySatisfy(f -> assertThat(f.file()).isEqualTo(INSTRUMENT + "/again"));
    }

    @Test
    void aDanglingSymbolicLinkIsAProblemNamingIt() throws IOException {
        Path root = RulesFolder.copyOfSample(tmp.resolve("rules")).root();
        Files.createSymbolicLink(root.resolve(INSTRUMENT + "/moved.drl"), tmp.resolve("no-such-file.drl"));

        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSetLoader.load(root));

        assertThat(e).isNotNull();
        assertThat(e.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(INSTRUMENT + "/moved.drl");
            assertThat(p.message()).contains("does not exist");
        });
    }

    @Test
    void ruleFilesThatGiveNoRuleAreALoadProblemNotAnEmptyRuleSet() throws IOException {
        Path root = RulesFolder.copyOfSample(tmp.resolve("rules")).root();
        int drls = 0;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String n = f.getFileName().toString();
                if (n.endsWith(".drl")) {
                    // Every rule commented out: the file still parses, and compiles to nothing.
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    drls++;
                    Files.writeString(f, "/*\n" + text.replace("*/", "* /") + "\n*/\n", StandardCharsets.UTF_8);
                } else if (n.endsWith(".drl.csv")) {
                    // The policy decision tables taken out: what is left compiles, to no rule.
                    Files.delete(f);
                }
            }
        }

        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSetLoader.load(root));

        assertThat(e).isNotNull();
        String expected = "no rule compiled from the " + drls + " rule file(s)";
        assertThat(e.getProblems()).extracting(Problem::message)
                .singleElement().satisfies(m -> assertThat(m).contains(expected));
    }

    static Path firstDrl(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().findFirst().orElseThrow();
        }
    }
}
