package org.zwfw.fees;

import java.util.List;

import org.zwfw.fees.facts.FeeDecision;
import org.zwfw.lawbook.Instrument;

/** What the fee rules decided, under which instruments and rule set version, and which rules fired. */
public record FeeResult(FeeDecision decision, List<String> jurisdictions, List<Instrument> instruments,
                        String rulesetVersion, List<String> firedRules) {}
