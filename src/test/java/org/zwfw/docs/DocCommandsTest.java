package org.zwfw.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.zwfw.ZwfwRulesApplication;

/**
 * The command-line examples of the pages that show a command's whole output (marked {@code <!-- command-example: name
 * exit=N -->}, see {@link DocPages#commandExamples}): the command is run as the page writes it, the jar's main class in
 * a JVM of its own on this test run's class path, and must exit with the code shown and print exactly the lines shown
 * on standard output (what it says on standard error — counts, progress — is not compared).
 */
class DocCommandsTest {
    static final List<String> JAR = List.of("java", "-Dfile.encoding=UTF-8", "-jar", "target/zwfw-rules-0.1.0.jar");

    @TestFactory
    Stream<DynamicTest> everyCommandExamplePrintsWhatItsPageShows() {
        List<DocPages.CommandExample> examples = DocPages.commandExamples();
        assertThat(examples).as("the pages' command examples").isNotEmpty();
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.toString(), () -> check(e)));
    }

    void check(DocPages.CommandExample e) throws Exception {
        List<String> words = CurlCommand.words(e.command().text().strip().replaceAll("\\\\\n", " "));
        assertThat(words.subList(0, Math.min(words.size(), JAR.size()))).as(e + ": the jar's command line")
                .isEqualTo(JAR);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                ZwfwRulesApplication.class.getName()));
        cmd.addAll(words.subList(JAR.size(), words.size()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as(e + ": finished").isTrue();
        assertThat(p.exitValue()).as(e + ": exit; printed " + printed).isEqualTo(e.exit());
        assertThat(printed.strip().lines().toList()).as(e + ": output (" + e.page() + ":" + e.output().line() + ")")
                .isEqualTo(e.output().text().strip().lines().toList());
    }
}
