package org.zwfw.policies.generate;

import org.zwfw.lawbook.CommandOptions;

import java.io.BufferedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code generate --size 1000000 --out subjects.csv}: a synthetic population (deterministic by seed) for trying the
 * {@code match} command at scale; with {@code --policies N --rules-out dir} also a copy of the rules folder with N
 * synthetic policies added (never the real rules folder).
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic population CSV, and optionally a rules copy with synthetic policies.")
public class GenerateCommand implements Callable<Integer> {
    @Option(names = "--size", defaultValue = "1000000", description = "subjects (default ${DEFAULT-VALUE})")
    long size;

    @Option(names = "--seed", defaultValue = "2026", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, description = "population CSV to write")
    Path out;

    @Option(names = "--policies", defaultValue = "0", description = "synthetic policies to add to a rules copy")
    int policies;

    @Mixin
    CommandOptions.RulesFolder rulesFolder;

    @Option(names = "--rules-out", description = "where the rules copy with synthetic policies goes")
    Path rulesOut;

    public static int run(String... args) {
        return new CommandLine(new GenerateCommand()).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            PopulationGenerator.write(w, size, seed);
        }
        System.out.printf("wrote %d subjects to %s%n", size, out);
        if (policies > 0) {
            if (rulesOut == null) {
                System.err.println("--policies needs --rules-out (the real rules folder is never changed)");
                return 2;
            }
            SyntheticPolicies.copyRules(rulesFolder.rules, rulesOut);
            SyntheticPolicies.write(rulesOut, policies, seed);
            System.out.printf("wrote a copy of %s with %d synthetic policies to %s%n", rulesFolder.rules, policies, rulesOut);
        }
        return 0;
    }
}
