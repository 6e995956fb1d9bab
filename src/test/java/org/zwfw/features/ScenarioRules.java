package org.zwfw.features;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RuleSetHolder;
import org.zwfw.engine.RuleSetLoader;
import org.zwfw.kernel.RulesFolders;

/**
 * One scenario's edited copy of the rules: made on the first edit, installed in the running service, and the
 * original rule set put back (and the copy deleted) when the scenario ends.
 */
final class ScenarioRules {
    private final RuleSetHolder holder;
    private RuleSet original;
    private Path copy;

    ScenarioRules(RuleSetHolder holder) {
        this.holder = holder;
    }

    /** The scenario's copy of rules/, made on first use. */
    Path copy() throws IOException {
        if (copy == null) {
            copy = RulesFolders.copy(Path.of("rules"), Files.createTempDirectory("rules-scenario-"));
        }
        return copy;
    }

    /** Serves the edited copy from now on, for this scenario. */
    void install() {
        if (original == null) {
            original = holder.current();
        }
        holder.install(RuleSetLoader.load(copy));
    }

    void restore() {
        if (original != null) {
            holder.install(original);
            original = null;
        }
        if (copy != null) {
            RulesFolders.delete(copy);
            copy = null;
        }
    }
}
