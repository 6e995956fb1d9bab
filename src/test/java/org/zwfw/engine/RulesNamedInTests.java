package org.zwfw.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * Test support: keeps a rules test class honest when a rule is added. The rules a class must cover are taken from the
 * rule set itself (never a hand-typed list, which a new rule slips past and a removed test does not shorten), and each
 * one's id must be written, quoted, in the class's source: a rule nobody tests by name fails the check.
 */
public final class RulesNamedInTests {
    private RulesNamedInTests() {}

    /** Every rule of {@code rs} whose id {@code family} accepts is named in the source of {@code testClass}. */
    public static void assertEveryRuleNamed(RuleSet rs, Predicate<String> family, Class<?> testClass) {
        List<String> ids = rs.rules().stream().map(RuleInfo::id).filter(family).toList();
        assertThat(ids).as("rules of the family in the sample").isNotEmpty();
        String source = source(testClass);
        assertThat(ids.stream().filter(id -> !source.contains("\"" + id + "\"")).toList())
                .as("rules of the sample that no test of %s names", testClass.getSimpleName()).isEmpty();
    }

    private static String source(Class<?> testClass) {
        Class<?> top = testClass;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        Path file = Path.of("src/test/java", top.getName().replace('.', '/') + ".java");
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
