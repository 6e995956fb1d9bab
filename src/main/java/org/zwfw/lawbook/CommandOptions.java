package org.zwfw.lawbook;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import picocli.CommandLine.Option;

/**
 * The options the jar's commands share, declared once and mixed into each command ({@code @Mixin}): which rules
 * folder to read, and which jurisdiction's law on which day.
 */
public final class CommandOptions {
    private CommandOptions() {}

    /** {@code --rules}: the rules folder a command reads (or copies). */
    public static final class RulesFolder {
        @Option(names = "--rules", defaultValue = "rules", description = "the rules folder (default: ${DEFAULT-VALUE})")
        public Path rules;
    }

    /** {@code --jurisdiction} and {@code --as-of}: whose instruments and catalog apply, on which day. */
    public static final class JurisdictionOnDate {
        @Option(names = "--jurisdiction", required = true, description = "行政区划代码 whose rules and catalog apply")
        public String jurisdiction;

        @Option(names = "--as-of", description = "the day whose law applies, YYYY-MM-DD (default today, Asia/Shanghai)")
        LocalDate asOf;

        public LocalDate date() {
            return asOf != null ? asOf : LocalDate.now(ZoneId.of("Asia/Shanghai"));
        }
    }
}
