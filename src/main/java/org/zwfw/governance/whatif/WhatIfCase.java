package org.zwfw.governance.whatif;

import java.util.List;

import org.zwfw.acceptance.AcceptanceRequest;
import org.zwfw.policies.PolicyMatchService;
import org.zwfw.kernel.FieldProblem;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One case of a what-if batch: an acceptance request or a 免申即享 policy-match request, as intake systems send
 * them. A JSONL line is {@code {"case": "label", "acceptance": {…}}}, {@code {"case": …, "policyMatch": {…}}},
 * {@code {"case": …, "services": {…}}} (a services question, POST /api/v1/decisions/services),
 * {@code {"case": …, "bundle": {…}}} (a 一件事一次办 application, POST /api/v1/decisions/bundle-acceptance) or a
 * bare acceptance request. A case replayed from the audit log carries the logged request (the applicant's identifier
 * replaced by its keyed hash) and what was decided then.
 */
public record WhatIfCase(int line, String label, AcceptanceRequest acceptance, PolicyMatchService.Request policyMatch,
                         Logged logged, org.zwfw.services.ServicesRequest services,
                         org.zwfw.bundles.BundleRequest bundle) {

    /** An acceptance, policy-match or services case. */
    public WhatIfCase(int line, String label, AcceptanceRequest acceptance, PolicyMatchService.Request policyMatch,
                      Logged logged, org.zwfw.services.ServicesRequest services) {
        this(line, label, acceptance, policyMatch, logged, services, null);
    }

    /** A bundle case (POST /api/v1/decisions/bundle-acceptance). */
    public static WhatIfCase bundle(int line, String label, org.zwfw.bundles.BundleRequest bundle) {
        return new WhatIfCase(line, label, null, null, null, null, bundle);
    }

    /** An acceptance or policy-match case. */
    public WhatIfCase(int line, String label, AcceptanceRequest acceptance, PolicyMatchService.Request policyMatch,
                      Logged logged) {
        this(line, label, acceptance, policyMatch, logged, null);
    }

    /** What the audit log says was decided. */
    public record Logged(long auditId, String outcome, String rulesetVersion, String decidedAt) {}

    /** A line or element that is not a case, with what is wrong with it. */
    public record Unreadable(int line, List<FieldProblem> errors) {}

    public String kind() {
        return acceptance != null ? "ACCEPTANCE" : services != null ? "SERVICES" : bundle != null ? "BUNDLE"
                : "POLICY_MATCH";
    }

    /** The strict contract of the request bodies (an unknown field or a wrong type is named), for cases too. */
    private static final JsonMapper STRICT = org.zwfw.kernel.StrictJson.strict(JsonMapper.builder()).build();

    /**
     * Reads one case; {@code at} prefixes field names (e.g. {@code cases[3].}). Its requests are read as strictly as
     * the endpoints' bodies: an unknown field or a value of the wrong type is named by its path.
     */
    public static WhatIfCase read(JsonMapper json, JsonNode node, int line, String at, List<FieldProblem> errors) {
        String self = at.isEmpty() ? "case" : at.substring(0, at.length() - 1);
        if (node == null || !node.isObject()) {
            errors.add(new FieldProblem(self, "must be a JSON object"));
            return null;
        }
        if (node.hasNonNull("case") && !node.get("case").isValueNode()) {
            errors.add(new FieldProblem(at + "case", "must be a text label"));
            return null;
        }
        String label = node.hasNonNull("case") ? node.get("case").asString() : null;
        String where = node.has("acceptance") ? "acceptance" : node.has("policyMatch") ? "policyMatch"
                : node.has("services") ? "services" : node.has("bundle") ? "bundle" : null;
        try {
            if ("acceptance".equals(where)) {
                return new WhatIfCase(line, label, STRICT.treeToValue(node.get(where), AcceptanceRequest.class), null, null);
            }
            if ("services".equals(where)) {
                return new WhatIfCase(line, label, null, null, null,
                        STRICT.treeToValue(node.get(where), org.zwfw.services.ServicesRequest.class));
            }
            if ("bundle".equals(where)) {
                return bundle(line, label, STRICT.treeToValue(node.get(where), org.zwfw.bundles.BundleRequest.class));
            }
            if ("policyMatch".equals(where)) {
                PolicyMatchService.Request r = STRICT.treeToValue(node.get(where), PolicyMatchService.Request.class);
                // Near misses are not compared: only what each side matches.
                return new WhatIfCase(line, label, null,
                        new PolicyMatchService.Request(r.jurisdiction(), r.asOf(), r.subject(), null), null);
            }
            if (node.has("matterCode")) {
                tools.jackson.databind.node.ObjectNode bare = ((tools.jackson.databind.node.ObjectNode) node).deepCopy();
                bare.remove("case");
                return new WhatIfCase(line, label, STRICT.treeToValue(bare, AcceptanceRequest.class), null, null);
            }
        } catch (tools.jackson.core.JacksonException e) {
            errors.add(org.zwfw.kernel.BodyProblems.bodyProblem(e, at + (where == null ? "" : where + ".")));
            return null;
        } catch (RuntimeException e) {
            errors.add(new FieldProblem(at + (where == null ? "request" : where), "wrong type or shape for a request"));
            return null;
        }
        errors.add(new FieldProblem(self, "has neither \"acceptance\", \"policyMatch\", \"services\" nor \"bundle\" (nor is it a bare acceptance request)"));
        return null;
    }

}
