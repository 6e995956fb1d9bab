package org.zwfw.services;

import java.util.List;

import org.zwfw.lawbook.Instrument;
import org.zwfw.services.facts.ServicesDecision;

/** What the services rules decided, under which instruments and rule set, and which rules fired. */
public record ServicesResult(ServicesDecision decision, List<String> jurisdictions, List<Instrument> instruments,
                             String rulesetVersion, List<String> firedRules) {}
