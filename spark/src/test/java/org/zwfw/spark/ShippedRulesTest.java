package org.zwfw.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.engine.CompiledRuleCache;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RuleSetLoader;

/**
 * What an executor gets: the rules compiled once on the driver, rebuilt into a rule set of the same version without
 * compiling; compiled rules that are missing or do not load are an error there, never a reason to compile DRL.
 */
class ShippedRulesTest {
    @TempDir
    Path dir;

    @Test
    void anExecutorRebuildsTheDriversRuleSetFromTheBroadcastBytes() throws Exception {
        Path compiled = Files.createDirectory(dir.resolve("compiled"));
        RuleSet driver = RuleSetLoader.loadPolicies(MatchRuns.RULES, new CompiledRuleCache(compiled));
        ShippedRules shipped = ShippedRules.of(driver, compiled);
        // Through Java serialisation, as a broadcast variable travels.
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(shipped);
        }
        ShippedRules received;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            received = (ShippedRules) in.readObject();
        }
        RuleSet executor = received.ruleSet();
        assertEquals(driver.version(), executor.version());
        assertTrue(executor.kieBase().getKiePackages().stream().mapToLong(p -> p.getRules().size()).sum() > 0);
        assertTrue(received.ruleSet() == executor, "built once per JVM");
    }

    @Test
    void missingOrBrokenCompiledRulesFailInsteadOfCompiling() throws Exception {
        IllegalStateException missing = assertThrows(IllegalStateException.class, () ->
                RuleSetLoader.loadPolicies(MatchRuns.RULES, CompiledRuleCache.pinned(dir.resolve("none.jar"))));
        assertTrue(missing.getMessage().contains("no compiled rules"), missing.getMessage());
        Path broken = Files.write(dir.resolve("broken.jar"), new byte[] {1, 2, 3});
        IllegalStateException unreadable = assertThrows(IllegalStateException.class, () ->
                RuleSetLoader.loadPolicies(MatchRuns.RULES, CompiledRuleCache.pinned(broken)));
        assertTrue(unreadable.getMessage().contains("do not load"), unreadable.getMessage());
    }
}
