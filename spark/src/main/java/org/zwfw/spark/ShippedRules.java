package org.zwfw.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.zwfw.engine.CompiledRuleCache;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RuleSetLoader;
import org.zwfw.kernel.RuleSetException;
import org.zwfw.lawbook.Lawbook;

/**
 * What the driver broadcasts: the rules folder as it read it (each file's path and bytes) and the policy rules it
 * compiled once with Drools' executable model (the kjar's bytes). An executor JVM rebuilds its rule set from these
 * once ({@link #ruleSet}) — the tables read from the files, the rule base loaded from the compiled classes — and
 * never compiles a rule: a KieBase is not broadcast (it does not serialise safely) and DRL is not compiled on
 * executors (class-loader failures), as the Spark notes in docs/spark.md explain.
 */
public record ShippedRules(String version, Map<String, byte[]> files, byte[] kjar) implements Serializable {
    /** Each executor JVM's rule sets, by version: built by the first task that needs one, shared by the others. */
    private static final Map<String, RuleSet> BUILT = new ConcurrentHashMap<>();

    /**
     * The rules of a rule set loaded on the driver, with the kjar the loader stored in {@code compiled} (a folder of
     * its own, empty before the load: its single entry is this rule set's).
     */
    public static ShippedRules of(RuleSet rs, Path compiled) throws IOException {
        List<Path> jars;
        try (var s = Files.list(compiled)) {
            jars = s.filter(p -> p.getFileName().toString().endsWith(".jar")).toList();
        }
        if (jars.size() != 1) {
            throw new IllegalStateException("expected one compiled rule base in " + compiled + ", found " + jars.size()
                    + " (was the default charset UTF-8? run with -Dfile.encoding=UTF-8)");
        }
        Lawbook book = rs.lawbook();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Path f : book.files()) {
            files.put(book.rel(f), Files.readAllBytes(f));
        }
        return new ShippedRules(rs.version(), files, Files.readAllBytes(jars.get(0)));
    }

    /** This JVM's rule set of these rules: built on first use, then the same one for every task. */
    public RuleSet ruleSet() {
        return BUILT.computeIfAbsent(version, v -> build());
    }

    private RuleSet build() {
        try {
            Path dir = Files.createTempDirectory("zwfw-rules-");
            Path folder = dir.resolve("rules");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path p = folder.resolve(f.getKey()).normalize();
                if (!p.startsWith(folder)) {
                    throw new IllegalArgumentException("a rules file outside the rules folder: " + f.getKey());
                }
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
            }
            // The compiled classes are loaded from this jar for as long as the JVM runs (a URLClassLoader over it).
            Path jar = Files.write(dir.resolve("policies.jar"), kjar);
            jar.toFile().deleteOnExit();
            RuleSet rs = RuleSetLoader.loadPolicies(folder, CompiledRuleCache.pinned(jar));
            if (!rs.version().equals(version)) {
                throw new IllegalStateException("rules rebuilt on an executor as version " + rs.version()
                        + ", not the driver's " + version);
            }
            return rs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuleSetException e) {
            throw new IllegalStateException("rules rejected on an executor: " + e.getProblems(), e);
        }
    }
}
