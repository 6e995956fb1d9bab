package org.zwfw.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.zwfw.acceptance.AcceptanceRequest;
import org.zwfw.acceptance.AcceptanceResponse;
import org.zwfw.acceptance.AcceptanceService;
import org.zwfw.engine.DecisionDesk;
import org.zwfw.cases.facts.CaseEvent;
import org.zwfw.cases.facts.CaseFile;
import org.zwfw.cases.facts.Transition;
import org.zwfw.credit.CreditRepository;
import org.zwfw.identity.Identifiers;
import org.zwfw.kernel.BadRequestException;
import org.zwfw.kernel.ConflictException;
import org.zwfw.kernel.FieldProblem;
import org.zwfw.lawbook.vocabulary.Fields;
import org.zwfw.kernel.NotFoundException;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens cases from acceptance requests and moves them on. Every move is decided by the case rules under the law the
 * case was decided by; a case and its audit record (or its event, or the credit record a false commitment writes)
 * land in one transaction.
 */
@Service
public class CaseService {
    /** The state a case starts in, by outcome (api.md "Cases"). */
    static final Map<String, String> INITIAL_STATE = Map.of("ACCEPT", "ACCEPTED",
            "ACCEPT_WITH_DEFICIENCY", "PENDING_SUPPLEMENT", "APPROVE_BY_COMMITMENT", "APPROVED",
            "NOTIFY_SUPPLEMENT", "NOTIFIED", "REJECT", "REJECTED");
    static final Set<String> RESULTS = Set.of("FULFILLED", "NOT_FULFILLED", "FALSE_COMMITMENT");

    private final AcceptanceService acceptance;
    /** The rule set in service, the audit log and the transaction, as every family takes them. */
    private final DecisionDesk desk;
    private final CaseRepository cases;
    private final CreditRepository credit;
    private final CaseEngine engine = new CaseEngine();
    private final JsonMapper json = JsonMapper.builder().build();

    public CaseService(AcceptanceService acceptance, DecisionDesk desk, CaseRepository cases,
                       CreditRepository credit) {
        this.acceptance = acceptance;
        this.desk = desk;
        this.cases = cases;
        this.credit = credit;
    }

    public record Opened(String caseId, AcceptanceResponse decision, String state) {}

    public record HistoryEntry(LocalDate date, String kind, String detail, String state,
                               List<Transition.Reason> reasons) {}

    /**
     * A case as it stands. {@code provisional}: its decision counted a date (the deadline among them) past the last
     * year of the holiday calendar then on file, on the statutory holidays alone (api.md); the case keeps the dates
     * of its decision, as it keeps its law, so this stays true once the year is added. Absent otherwise.
     */
    public record View(String caseId, String jurisdiction, String matterCode, String outcome, String state,
                       LocalDate deadline, String lateConsequence, List<String> missing, LocalDate rectifyBy,
                       String rulesetVersion, List<Transition.Reason> reasons, List<HistoryEntry> history,
                       @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                       Boolean provisional,
                       @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                       String bundleCode,
                       @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
                       List<CaseRepository.BundleMatter> matters) {}

    /**
     * A 一件事一次办 bundle decided whole, to be kept as one case: the bundle's outcome, its one notice (deadline and
     * the bundle materials missing), its due date, and each matter's outcome. {@code first} is the first matter's
     * decision, whose query and hashed applicant the case keeps.
     */
    public record BundleCase(String jurisdiction, String bundleCode, AcceptanceService.Decided first, String outcome,
                             LocalDate deadline, String lateConsequence, List<String> missing, LocalDate dueDate,
                             LocalDate legalDueDate, Map<String, String> matterOutcomes,
                             List<AcceptanceResponse.Reason> reasons) {}

    /** Opens one case for a bundle, in the caller's transaction; its matters are rows of the case. */
    public String openBundle(BundleCase b, String caller) {
        AcceptanceService.Decided d = b.first();
        String caseId = "CASE-" + UUID.randomUUID().toString().replace("-", "");
        String state = INITIAL_STATE.get(b.outcome());
        Map<String, Object> kept = new java.util.LinkedHashMap<>();
        kept.put("outcome", b.outcome());
        kept.put("bundleCode", b.bundleCode());
        kept.put("matters", b.matterOutcomes());
        kept.put("dueDate", b.dueDate() == null ? null : b.dueDate().toString());
        kept.put("legalDueDate", b.legalDueDate() == null ? null : b.legalDueDate().toString());
        kept.put("provisional", Boolean.TRUE.equals(d.response().provisional()));
        cases.insert(new CaseRepository.Row(caseId, null, b.jurisdiction(), b.bundleCode(), d.applicantHash(),
                d.query().applicantType(), d.query().asOf(), d.query().route(), b.outcome(), state, b.deadline(),
                b.lateConsequence(), json.writeValueAsString(b.missing()), null, d.response().ruleset().version(),
                json.writeValueAsString(kept), 0), caller, Identifiers.mask(d.query().applicantId()));
        cases.markBundle(caseId, b.bundleCode(), b.matterOutcomes().entrySet().stream()
                .map(e -> new CaseRepository.BundleMatter(e.getKey(), e.getValue())).toList());
        cases.addEvent(caseId, d.query().asOf(), caller, "OPENED", b.outcome(), state,
                json.writeValueAsString(b.reasons()));
        // On the case clock like a case of one matter: the bundle's promised date and its legal date (bundle rules).
        if (b.dueDate() != null || b.legalDueDate() != null) {
            cases.setDueDates(caseId, b.dueDate(), b.legalDueDate());
        }
        return caseId;
    }

    /** Validated before the transaction (a bad request is a 400 whether or not the store answers), kept in one. */
    public Opened open(AcceptanceRequest request, String caller) {
        AcceptanceService.Checked checked = acceptance.check(request);
        return desk.inTransaction(() -> open(checked, caller));
    }

    private Opened open(AcceptanceService.Checked checked, String caller) {
        AcceptanceService.Decided d = acceptance.evaluate(checked, caller);
        AcceptanceResponse r = d.response();
        String caseId = "CASE-" + UUID.randomUUID().toString().replace("-", "");
        String state = INITIAL_STATE.get(r.outcome());
        List<String> missing = r.supplement() == null || !"ACCEPT_WITH_DEFICIENCY".equals(r.outcome()) ? List.of()
                : r.supplement().materials().stream().map(AcceptanceResponse.Item::code).toList();
        cases.insert(new CaseRepository.Row(caseId, null, d.query().jurisdiction(), d.query().matterCode(),
                d.applicantHash(), d.query().applicantType(), d.query().asOf(), d.query().route(), r.outcome(), state,
                r.supplement() == null ? null : r.supplement().deadline(),
                r.supplement() == null ? null : r.supplement().lateConsequence(), json.writeValueAsString(missing), null,
                r.ruleset().version(), json.writeValueAsString(r), 0), caller, Identifiers.mask(d.query().applicantId()));
        cases.addEvent(caseId, d.query().asOf(), caller, "OPENED", r.outcome(), state, json.writeValueAsString(r.reasons()));
        if (r.dueDate() != null || r.legalDueDate() != null) {
            cases.setDueDates(caseId, r.dueDate(), r.legalDueDate());
        }
        if (r.verification() != null) {
            cases.setVerificationDue(caseId, r.verification().dueDate());
        }
        desk.append(AcceptanceService.logged(caller, d, r, caseId));
        return new Opened(caseId, r, state);
    }

    /** The case as it stands on a date: a pending case whose deadline has passed reads as its law says. */
    public View read(String caseId, String asOf) {
        LocalDate date = asOf == null || asOf.isBlank() ? LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                : required(asOf, "asOf");
        CaseRepository.Row row = find(caseId);
        Transition t = engine.apply(desk.rules(), file(row), new CaseEvent("READ", date, Set.of(), null, null));
        String state = t.getNewState() == null ? row.state() : t.getNewState();
        return view(row, state, t.getReasons());
    }

    /**
     * Materials handed in on a date: {@code materials} meet the requirements; {@code nonConforming} were handed in but
     * do not meet them (银川市政务服务管理办法 第二十五条: 所补齐补正的材料不符合要求的，视为放弃申请).
     */
    public record SupplementInput(String date, List<String> materials, List<String> nonConforming) {
        public SupplementInput(String date, List<String> materials) {
            this(date, materials, null);
        }
    }

    public record VerificationInput(String date, String result, String rectifyBy) {}

    /**
     * What can be checked from the request alone is checked before the store is touched; that the materials are ones
     * this case waits for (and a non-conforming one a material of the case's matter at all), once its record is read.
     */
    public View supplement(String caseId, SupplementInput in, String caller) {
        if (in == null) {
            throw new BadRequestException(List.of(new FieldProblem("body", "a JSON body with date and materials is required")));
        }
        List<FieldProblem> errors = new ArrayList<>();
        LocalDate date = dateOrError(in.date(), "date", errors);
        List<String> brought = in.materials() == null ? List.of() : in.materials();
        List<String> nonConforming = in.nonConforming() == null ? List.of() : in.nonConforming();
        if (brought.isEmpty() && nonConforming.isEmpty()) {
            errors.add(new FieldProblem("materials", "lists no material (nor does nonConforming)"));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return desk.inTransaction(() -> {
            CaseRepository.Row row = find(caseId);
            Set<String> missing = missing(row);
            String awaited = missing.isEmpty() ? "" : " (" + String.join(", ", missing) + ")";
            List<FieldProblem> notAwaited = new ArrayList<>();
            for (int i = 0; i < brought.size(); i++) {
                if (brought.get(i) == null || !missing.contains(brought.get(i))) {
                    notAwaited.add(new FieldProblem("materials[" + i + "]", "is not a material this case is waiting for"
                            + awaited));
                }
            }
            // A bundle's case waits for the bundle's own materials (B01 …), not its matters' catalog materials: for
            // it, a material it is not waiting for is the whole question.
            boolean bundle = cases.bundleOf(caseId).isPresent();
            Set<String> ofMatter = new LinkedHashSet<>();
            desk.rules().catalog().of(row.jurisdiction()).materialsOf(row.matterCode())
                    .forEach(m -> ofMatter.add(m.code()));
            for (int i = 0; i < nonConforming.size(); i++) {
                String code = nonConforming.get(i);
                String field = "nonConforming[" + i + "]";
                if (code == null || !bundle && !ofMatter.contains(code)) {
                    notAwaited.add(new FieldProblem(field, "is not a material of matter " + row.matterCode()));
                } else if (!missing.contains(code)) {
                    notAwaited.add(new FieldProblem(field, "is not a material this case is waiting for" + awaited));
                } else if (brought.contains(code)) {
                    notAwaited.add(new FieldProblem(field, "is also listed in materials: a material handed in either "
                            + "meets the requirements or does not"));
                }
            }
            if (!notAwaited.isEmpty()) {
                throw new BadRequestException(notAwaited);
            }
            if (date.isBefore(row.asOf())) {
                throw new BadRequestException(List.of(new FieldProblem("date", "is before the case was opened (" + row.asOf() + ")")));
            }
            String detail = (brought.isEmpty() ? "" : "materials " + String.join(",", brought))
                    + (brought.isEmpty() || nonConforming.isEmpty() ? "" : "; ")
                    + (nonConforming.isEmpty() ? "" : "nonConforming " + String.join(",", nonConforming));
            return move(row, new CaseEvent("SUPPLEMENT", date, new LinkedHashSet<>(brought), null, null,
                    new LinkedHashSet<>(nonConforming)), caller, detail);
        });
    }

    /** As {@link #supplement}: the request's own fields first, then what depends on the case's state. */
    public View verify(String caseId, VerificationInput in, String caller) {
        if (in == null) {
            throw new BadRequestException(List.of(new FieldProblem("body", "a JSON body with date and result is required")));
        }
        List<FieldProblem> errors = new ArrayList<>();
        LocalDate date = dateOrError(in.date(), "date", errors);
        if (in.result() == null || !RESULTS.contains(in.result())) {
            errors.add(new FieldProblem("result", "must be FULFILLED, NOT_FULFILLED or FALSE_COMMITMENT"));
        }
        LocalDate rectifyBy = in.rectifyBy() == null ? null : dateOrError(in.rectifyBy(), "rectifyBy", errors);
        if (date != null && rectifyBy != null && rectifyBy.isBefore(date)) {
            errors.add(new FieldProblem("rectifyBy", "is before date"));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return desk.inTransaction(() -> {
            CaseRepository.Row row = find(caseId);
            if (in.rectifyBy() == null && "NOT_FULFILLED".equals(in.result()) && "APPROVED".equals(row.state())) {
                throw new BadRequestException(List.of(new FieldProblem("rectifyBy", "is required when ordering rectification")));
            }
            View moved = move(row, new CaseEvent("VERIFICATION", date, Set.of(), in.result(), rectifyBy), caller,
                    in.result() + (rectifyBy == null ? "" : " rectifyBy " + rectifyBy));
            // The verification duty the case clock supervises is met by the first verification, late or not.
            cases.recordVerification(caseId, date);
            return moved;
        });
    }

    private View move(CaseRepository.Row row, CaseEvent event, String caller, String detail) {
        Transition t = engine.apply(desk.rules(), file(row), event);
        if (t.getConflict() != null) {
            // The case rules refuse an event by its date (after the deadline, before a rectification period ends).
            throw new ConflictException("date", t.getConflict(), row.deadline());
        }
        if (t.getNewState() == null) {
            throw new ConflictException("caseId", "a case in state " + row.state() + " does not take a "
                    + event.kind().toLowerCase() + (event.result() == null ? "" : " " + event.result()), row.deadline());
        }
        Set<String> missing = t.getStillMissing() != null ? t.getStillMissing()
                : "SUPPLEMENTED".equals(t.getNewState()) ? Set.of() : missing(row);
        LocalDate rectifyBy = t.getRectifyBy() != null ? t.getRectifyBy() : row.rectifyBy();
        if (!cases.update(row.caseId(), row.rowVersion(), t.getNewState(), json.writeValueAsString(missing), rectifyBy)) {
            throw new ConflictException("caseId", "the case was changed by another request; read it again",
                    row.deadline());
        }
        cases.addEvent(row.caseId(), event.date(), caller, event.kind(), detail, t.getNewState(),
                json.writeValueAsString(t.getReasons()));
        if (t.getFalseCommitmentOn() != null) {
            credit.addForHash(row.applicantHash(), "虚假承诺（案件 " + row.caseId() + "）", "FALSE_COMMITMENT",
                    t.getFalseCommitmentOn(), "本系统核查", caller, row.caseId());
        }
        return view(find(row.caseId()), t.getNewState(), t.getReasons());
    }

    private CaseRepository.Row find(String caseId) {
        return cases.find(caseId).orElseThrow(() -> new NotFoundException("caseId", "names no case",
                "no case " + caseId));
    }

    private Set<String> missing(CaseRepository.Row row) {
        return new LinkedHashSet<>(json.readValue(row.missing(), new TypeReference<List<String>>() {}));
    }

    private CaseFile file(CaseRepository.Row row) {
        CaseRepository.VerificationDuty duty = cases.verificationDuty(row.caseId()).orElse(null);
        return new CaseFile(row.caseId(), row.jurisdiction(), row.asOf(), row.outcome(), row.state(), row.deadline(),
                row.lateConsequence(), missing(row), row.rectifyBy(), duty == null ? null : duty.due(),
                duty == null ? null : duty.verifiedOn());
    }

    private View view(CaseRepository.Row row, String state, List<Transition.Reason> reasons) {
        List<HistoryEntry> history = cases.events(row.caseId()).stream()
                .map(e -> new HistoryEntry(e.date(), e.kind(), e.detail(), e.stateAfter(),
                        json.readValue(e.reasons(), new TypeReference<List<Transition.Reason>>() {})))
                .toList();
        return new View(row.caseId(), row.jurisdiction(), row.matterCode(), row.outcome(), state, row.deadline(),
                row.lateConsequence(), List.copyOf(missing(row)), row.rectifyBy(), row.rulesetVersion(), reasons, history,
                provisional(row), cases.bundleOf(row.caseId()).orElse(null), cases.mattersOf(row.caseId()));
    }

    /** Whether the case's decision was provisional (its stored answer says so). */
    private Boolean provisional(CaseRepository.Row row) {
        if (row.decision() == null || row.decision().isBlank()) {
            return null;
        }
        return json.readTree(row.decision()).path("provisional").asBoolean(false) ? Boolean.TRUE : null;
    }

    private static LocalDate required(String s, String field) {
        List<FieldProblem> errors = new ArrayList<>();
        LocalDate d = dateOrError(s, field, errors);
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return d;
    }

    /** Dates in case events: required, surrounding blanks ignored. */
    private static LocalDate dateOrError(String s, String field, List<FieldProblem> errors) {
        return Fields.date(s == null ? null : s.trim(), field, true, errors);
    }
}
