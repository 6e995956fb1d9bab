package org.zwfw.platform.api;

import org.zwfw.platform.audit.DecisionAuditLog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zwfw.identity.IdentifierHasher;
import org.zwfw.kernel.BadRequestException;
import org.zwfw.kernel.FieldProblem;
import org.zwfw.lawbook.vocabulary.Fields;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The decision audit log, for auditors. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Every decision given, with its reasons and rule set version")
public record AuditController(DecisionAuditLog log, IdentifierHasher hasher) {
    /** The acceptance outcomes (the workbench's filter lists them: {@link VocabularyController}). */
    static final List<String> OUTCOMES = List.of("ACCEPT", "ACCEPT_WITH_DEFICIENCY", "APPROVE_BY_COMMITMENT",
            "NOTIFY_SUPPLEMENT", "REJECT");
    private static final Set<String> KINDS = Set.of(DecisionAuditLog.ACCEPTANCE, DecisionAuditLog.FEE);

    @Operation(summary = "Logged decisions, newest first. Filter by kind (ACCEPTANCE or FEE), day decided (from/to, "
            + "Asia/Shanghai), matter, outcome (an acceptance outcome, or a fee decision's total in yuan such as 90.00), "
            + "and applicant — by its hash, or by its identifier, which is hashed here and never stored")
    @GetMapping("/decisions")
    public List<DecisionAuditLog.Entry> decisions(@RequestParam(required = false) String kind,
                                                  @RequestParam(required = false) String from,
                                                  @RequestParam(required = false) String to,
                                                  @RequestParam(required = false) String matterCode,
                                                  @RequestParam(required = false) String outcome,
                                                  @RequestParam(required = false) String applicantHash,
                                                  @RequestParam(required = false) String applicantId,
                                                  @RequestParam(defaultValue = "100") int limit) {
        List<FieldProblem> errors = new ArrayList<>();
        LocalDate f = Fields.date(from, "from", false, errors);
        LocalDate t = Fields.date(to, "to", false, errors);
        if (kind != null && !KINDS.contains(kind)) {
            errors.add(new FieldProblem("kind", "must be ACCEPTANCE or FEE"));
        }
        if (outcome != null && !OUTCOMES.contains(outcome)) {
            String total = feeTotal(outcome);
            if (total == null) {
                errors.add(new FieldProblem("outcome", "must be one of " + String.join(", ", OUTCOMES)
                        + ", or a fee total in yuan such as 90.00"));
            }
            outcome = total;
        }
        if (applicantHash != null && !applicantHash.matches("[0-9a-f]{64}")) {
            errors.add(new FieldProblem("applicantHash", "must be 64 lowercase hex digits"));
        }
        if (limit < 1 || limit > 1000) {
            errors.add(new FieldProblem("limit", "must be between 1 and 1000"));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        String hash = applicantId != null && !applicantId.isBlank() ? hasher.hash(applicantId) : applicantHash;
        return log.find(new DecisionAuditLog.Filter(kind, f, t, matterCode, outcome, hash, limit));
    }

    /** A fee total as the log keeps it (yuan, 2 decimals), or null when the text is not a non-negative amount. */
    private static String feeTotal(String outcome) {
        try {
            BigDecimal amount = new BigDecimal(outcome);
            // At most 12 integer digits: also keeps "1E+999999999" from being expanded.
            return amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 12 ? null
                    : amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
        } catch (NumberFormatException e) {
            return null;
        }
    }

}
