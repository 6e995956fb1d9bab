package org.zwfw.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class RuleSetLoaderTest {
    @Test
    void sampleRulesLoad() {
        RuleSet rs = RuleSetLoader.load(Path.of("rules"));
        assertThat(rs.rules()).isNotEmpty();
        rs.rules().forEach(r -> System.out.println(r));
    }
}
