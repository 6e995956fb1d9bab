package org.zwfw;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ZwfwRulesApplication {
    /**
     * With no command it runs the service; {@code match …} runs a population through the policies, {@code validate}
     * checks a rules folder, {@code scaffold} starts a new clause.
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("match")) {
            System.exit(org.zwfw.policies.batch.MatchCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("validate")) {
            System.exit(org.zwfw.governance.validate.ValidateCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("scaffold")) {
            System.exit(org.zwfw.governance.scaffold.ScaffoldCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("lint")) {
            System.exit(org.zwfw.catalog.lint.LintCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("generate")) {
            System.exit(org.zwfw.policies.generate.GenerateCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("what-if")) {
            System.exit(org.zwfw.ruleset.whatif.WhatIfCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(ZwfwRulesApplication.class, args);
    }
}
