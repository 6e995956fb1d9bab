package org.zwfw.lint;

import java.time.LocalDate;
import java.util.List;

import org.zwfw.lint.facts.Breach;

/**
 * Every breach found, each with its check, message and clause; {@code catalog} says which catalog was linted
 * ({@code PUBLISHED} or {@code UPLOADED}); {@code ruleset} the rule set version and the instruments in force.
 */
public record CatalogLintResponse(String jurisdiction, LocalDate asOf, String catalog, List<Breach> breaches,
                                  Ruleset ruleset) {
    public record Ruleset(String version, List<String> instruments) {}
}
