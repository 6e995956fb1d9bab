package org.zwfw.platform.api;

import org.zwfw.governance.whatif.WhatIf;
import org.zwfw.governance.whatif.WhatIfCase;
import org.zwfw.governance.whatif.WhatIfHtml;
import org.zwfw.governance.whatif.WhatIfSide;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zwfw.acceptance.AcceptanceRequest;
import org.zwfw.platform.audit.Caller;
import org.zwfw.platform.audit.DecisionAuditLog;
import org.zwfw.credit.CreditRepository;
import org.zwfw.policies.PolicyMatchService;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RuleSetHolder;
import org.zwfw.kernel.BadRequestException;
import org.zwfw.kernel.FieldProblem;
import org.zwfw.lawbook.vocabulary.Fields;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What-if for analysts, on the rule set in service: a batch of cases, or the decisions of the audit log replayed,
 * under two sides — {@code CURRENT} (the law as it stands on each case's date) or an instrument put in force in place
 * of its jurisdiction's others (a draft included). Rule folders are not accepted here: compiling a folder named by a
 * caller would run its code in the service; compare folders with the {@code what-if} command.
 */
@RestController
@RequestMapping("/api/v1/ruleset/what-if")
@Tag(name = "Rules", description = "The rule set in service and its reload")
public record WhatIfController(RuleSetHolder holder, PolicyMatchService policies, CreditRepository credit,
                               DecisionAuditLog audit) {
    static final String CURRENT = "CURRENT";
    static final int MAX_CASES = 10_000;
    static final Set<String> FORMATS = Set.of("json", "html");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Batch(
            @Schema(description = "CURRENT (default) or an instrument id / exact title", example = "yinchuan-measures-2025") String base,
            @Schema(description = "CURRENT or an instrument id / exact title", example = "yinchuan-draft-2025") String proposal,
            @Schema(description = "cases: {\"case\": label, \"acceptance\": {…}} or {\"case\": label, \"policyMatch\": {…}}")
            JsonNode cases) {
        /** Cases by count only: frameworks log request bodies at DEBUG, and cases carry applicants' identifiers. */
        @Override
        public String toString() {
            return "Batch[base=" + base + ", proposal=" + proposal + ", cases=" + (cases == null ? null : cases.size()) + "]";
        }
    }

    public record Replay(String base, String proposal,
                         @Schema(description = "first day decided (Asia/Shanghai)", format = "date") String from,
                         @Schema(format = "date") String to, String matterCode, String outcome,
                         @Schema(description = "at most this many logged decisions, newest first (default 1000)") Integer limit) {}

    @Operation(summary = "Decide a batch of cases under two sides and report every decision that differs, with both "
            + "outcomes and the clauses responsible (format=html for a readable page)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> batch(@RequestBody(required = false) Batch body, @RequestParam(defaultValue = "json") String format) {
        List<FieldProblem> errors = new ArrayList<>();
        if (body == null) {
            throw new BadRequestException(List.of(new FieldProblem("body", "a JSON body with base, proposal and cases is required")));
        }
        checkFormat(format, errors);
        RuleSet rs = holder.current();
        WhatIfSide base = side(rs, body.base(), "base", errors);
        WhatIfSide proposal = side(rs, body.proposal(), "proposal", errors);
        List<WhatIfCase> cases = new ArrayList<>();
        JsonNode list = body.cases();
        if (list == null || !list.isArray() || list.isEmpty()) {
            errors.add(new FieldProblem("cases", "must be a non-empty array of cases"));
        } else if (list.size() > MAX_CASES) {
            errors.add(new FieldProblem("cases", "lists more than " + MAX_CASES + " cases"));
        } else {
            for (int i = 0; i < list.size(); i++) {
                WhatIfCase c = WhatIfCase.read(JSON, list.get(i), i, "cases[" + i + "].", errors);
                if (c != null) {
                    cases.add(c);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        String caller = Caller.current();
        return answer(whatIf(caller).run(base, proposal, cases, List.of()), format);
    }

    @Operation(summary = "Replay logged acceptance decisions under two sides: which past decisions would change. The log "
            + "keeps the request with the applicant's identifier replaced by its keyed hash; credit records are read by "
            + "that hash (the read audited)")
    @PostMapping(path = "/replay", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> replay(@RequestBody(required = false) Replay body, @RequestParam(defaultValue = "json") String format) {
        List<FieldProblem> errors = new ArrayList<>();
        if (body == null) {
            throw new BadRequestException(List.of(new FieldProblem("body", "a JSON body with base and proposal is required")));
        }
        checkFormat(format, errors);
        RuleSet rs = holder.current();
        WhatIfSide base = side(rs, body.base(), "base", errors);
        WhatIfSide proposal = side(rs, body.proposal(), "proposal", errors);
        LocalDate from = Fields.date(body.from(), "from", false, errors);
        LocalDate to = Fields.date(body.to(), "to", false, errors);
        int limit = body.limit() == null ? 1000 : body.limit();
        if (limit < 1 || limit > 1000) {
            errors.add(new FieldProblem("limit", "must be between 1 and 1000"));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        List<WhatIfCase> cases = new ArrayList<>();
        List<WhatIfCase.Unreadable> unreadable = new ArrayList<>();
        for (DecisionAuditLog.Entry e : audit.find(new DecisionAuditLog.Filter(
                DecisionAuditLog.ACCEPTANCE, from, to, body.matterCode(), body.outcome(), null, limit))) {
            WhatIfCase.Logged logged = new WhatIfCase.Logged(e.id(), e.outcome(), e.rulesetVersion(), e.decidedAt().toString());
            try {
                AcceptanceRequest r = JSON.readValue(e.request(), AcceptanceRequest.class);
                cases.add(new WhatIfCase((int) e.id(), "audit entry " + e.id(), r, null, logged));
            } catch (RuntimeException ex) {
                unreadable.add(new WhatIfCase.Unreadable((int) e.id(),
                        List.of(new FieldProblem("request", "the logged request cannot be read"))));
            }
        }
        return answer(whatIf(Caller.current()).run(base, proposal, cases, unreadable), format);
    }

    private WhatIf whatIf(String caller) {
        WhatIf.Credit records = (rs, q, c) -> {
            if (!"COMMITMENT".equals(q.route())) {
                return List.of();
            }
            String purpose = "what-if " + q.jurisdiction() + "/" + q.matterCode() + " as of " + q.asOf()
                    + (c.logged() == null ? "" : ", replay of audit entry " + c.logged().auditId());
            return c.logged() != null ? credit.readForHash(q.applicantId(), caller, purpose)
                    : credit.readFor(q.applicantId(), caller, purpose);
        };
        return new WhatIf(records, policies::match, LocalDate.now(ZoneId.of("Asia/Shanghai")));
    }

    private static ResponseEntity<?> answer(WhatIf.Report report, String format) {
        if ("html".equals(format)) {
            return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                    .body(WhatIfHtml.render(report));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }

    private static void checkFormat(String format, List<FieldProblem> errors) {
        if (!FORMATS.contains(format)) {
            errors.add(new FieldProblem("format", "must be json or html"));
        }
    }

    private static WhatIfSide side(RuleSet rs, String spec, String field, List<FieldProblem> errors) {
        if ("proposal".equals(field) && (spec == null || spec.isBlank())) {
            errors.add(new FieldProblem(field, "is required: CURRENT or an instrument id"));
            return null;
        }
        if (spec == null || spec.isBlank() || spec.equals(CURRENT)) {
            return WhatIfSide.asTheLawStands(CURRENT, rs);
        }
        return WhatIfSide.instrument(rs, spec).map(i -> new WhatIfSide(spec, rs, i)).orElseGet(() -> {
            errors.add(new FieldProblem(field, "must be CURRENT or an instrument of the rule set in service ("
                    + String.join(", ", rs.instruments().stream().map(i -> i.id()).toList()) + ")"));
            return null;
        });
    }
}
