package org.zwfw.acceptance;

import java.util.List;

import org.zwfw.acceptance.facts.Decision;
import org.zwfw.lawbook.Instrument;

/** What the rules decided, under which instruments and rule set version, and which rules fired. */
public record AcceptanceResult(Decision decision, List<String> jurisdictions, List<Instrument> instruments,
                               String rulesetVersion, List<String> firedRules) {}
