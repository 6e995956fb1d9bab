package org.zwfw.supervision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.zwfw.cases.CaseRepository;
import org.zwfw.cases.CaseService;
import org.zwfw.catalog.CommitmentListing;
import org.zwfw.catalog.Matter;
import org.zwfw.catalog.WorkingCalendar;
import org.zwfw.engine.DecisionDesk;
import org.zwfw.engine.RuleSet;
import org.zwfw.kernel.BadRequestException;
import org.zwfw.kernel.ConflictException;
import org.zwfw.kernel.FieldProblem;
import org.zwfw.kernel.NotFoundException;
import org.zwfw.lawbook.vocabulary.Fields;
import org.zwfw.supervision.facts.Clock;
import org.zwfw.supervision.facts.ClockDecision;
import org.zwfw.supervision.facts.ClockMove;
import org.zwfw.supervision.facts.Reasoned;
import org.zwfw.supervision.facts.VerificationDuty;

import tools.jackson.databind.json.JsonMapper;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * The case clock (domain.md §7, api.md "Supervision"): each open case's promised and legal due dates on a date, the
 * working days left to each, whether and since when it is overdue and on which, and the clause of each limit — all
 * concluded by the supervision rules under the law the case was opened under; and the lawful changes to the clock
 * (an extension of the legal date, completion), each decided by a rule or refused (409) naming the clause.
 */
@Service
public class ClockService {
    /** States in which a case's clock no longer runs. */
    static final Set<String> CLOSED = Set.of("WITHDRAWN", "ABANDONED", "REVOKED", "REJECTED", "COMPLETED");
    static final Set<String> STATUSES = Set.of("DUE_SOON", "OVERDUE");
    static final Set<String> APPROVERS = Set.of("AGENCY_HEAD", "GOVERNMENT_HEAD", "OTHER");

    private final SupervisionRepository repo;
    private final CaseRepository cases;
    private final CaseService caseService;
    private final DecisionDesk desk;
    private final SupervisionEngine engine = new SupervisionEngine();
    private final JsonMapper json = JsonMapper.builder().build();

    /** {@code desk}: the rule set in service and the transaction each move of the clock is made in. */
    public ClockService(SupervisionRepository repo, CaseRepository cases, CaseService caseService, DecisionDesk desk) {
        this.repo = repo;
        this.cases = cases;
        this.caseService = caseService;
        this.desk = desk;
    }

    /** One case's clock on a date. */
    public record CaseClock(String caseId, String jurisdiction, String matterCode, String state, LocalDate acceptedOn,
                            LocalDate promisedDueDate, LocalDate legalDueDate, Integer workingDaysLeft,
                            Integer legalWorkingDaysLeft, String overdue, LocalDate overdueSince, String status,
                            String promisedClause, String legalClause, boolean extended, LocalDate completedOn,
                            List<Reasoned.Reason> reasons,
                            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                            Verification verification) {}

    /**
     * The verification duty of a 告知承诺 approval on the date (domain.md §3): due by {@code dueDate} (null: the list
     * row states no limit), {@code daysLeft} in the row's {@code dayKind} (CALENDAR or WORKING; negative when past),
     * {@code overdueSince} (the day after the due date, while none is recorded), {@code method}, and the clause of the
     * list's requiring article.
     */
    public record Verification(LocalDate dueDate, Integer days, String dayKind, String method, Integer daysLeft,
                               LocalDate overdueSince, String clause) {}

    /**
     * The query of {@code GET /api/v1/supervision/cases} as sent, every member optional: each is checked here and named
     * in a 400 when wrong.
     */
    public record CaseQuery(
            @Parameter(description = "the date the clock is read on, YYYY-MM-DD (default today, Asia/Shanghai)") String asOf,
            @Parameter(description = "DUE_SOON or OVERDUE (default: every open case on the clock)") String status,
            @Parameter(description = "行政区划代码") String jurisdiction,
            @Parameter(description = "实施编码, or a 一件事 bundle's code") String matterCode,
            @Parameter(description = "cases accepted on or after this date") String acceptedFrom,
            @Parameter(description = "cases accepted on or before this date") String acceptedTo,
            @Parameter(description = "cases read per page (default 500, at most 5000)") String size,
            @Parameter(description = "the previous page's nextCursor") String cursor) {}

    /** One page of the clock: {@code nextCursor} asks for the next one (null on the last). */
    public record CaseList(LocalDate asOf, List<CaseClock> cases, String nextCursor) {}

    public record ExtensionInput(String date, Integer workingDays, String reason, String approvedBy,
                                 String applicantToldOn) {}

    public record CompletionInput(String date) {}

    public record ProcedureInput(String kind, String from, String to) {}

    /**
     * {@code GET /api/v1/supervision/cases}: the open cases on the clock on {@code asOf}, by status if asked, a page of
     * {@code size} candidates at a time after {@code cursor} (ordered by promised date, then case).
     */
    public CaseList list(CaseQuery q) {
        RuleSet rs = desk.rules();
        List<FieldProblem> errors = new ArrayList<>();
        LocalDate date = q.asOf() == null || q.asOf().isBlank() ? desk.today()
                : Fields.date(q.asOf().trim(), "asOf", true, errors);
        if (q.status() != null && !STATUSES.contains(q.status())) {
            errors.add(new FieldProblem("status", "must be DUE_SOON or OVERDUE"));
        }
        String j = q.jurisdiction() == null || q.jurisdiction().isBlank() ? null
                : rs.catalog().requestedJurisdiction(q.jurisdiction(), errors);
        String m = q.matterCode() == null || q.matterCode().isBlank() ? null : q.matterCode().trim();
        if (m != null && j != null && !rs.catalog().of(j).matters().containsKey(m)) {
            errors.add(new FieldProblem("matterCode", "is not a matter of jurisdiction " + j));
        }
        LocalDate from = q.acceptedFrom() == null ? null : Fields.date(q.acceptedFrom().trim(), "acceptedFrom", true, errors);
        LocalDate to = q.acceptedTo() == null ? null : Fields.date(q.acceptedTo().trim(), "acceptedTo", true, errors);
        Paging page = Paging.of(q.size(), q.cursor(), errors);
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        WorkingCalendar calendar = rs.catalog().calendar().tracking();
        // Due soon: a promised date no further ahead than the longest warning period on file (the rules decide each).
        int horizon = rs.table(SupervisionTables.class) == null ? 0 : rs.table(SupervisionTables.class)
                .warningPeriods().stream().mapToInt(w -> w.workingDays()).max().orElse(0);
        LocalDate until = "DUE_SOON".equals(q.status()) ? calendar.addWorkingDays(date, horizon) : null;
        List<CaseClock> out = new ArrayList<>();
        List<SupervisionRepository.ClockRow> rows = repo.candidates(new SupervisionRepository.ClockQuery(date, j, m,
                from, to, "OVERDUE".equals(q.status()), until, page.size(), page.after()));
        SupervisionRepository.ClockRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        String next = page.next(rows.size(), last == null ? null : new Paging.Key(last.promisedDue(), last.caseId()));
        for (SupervisionRepository.ClockRow row : rows) {
            String state = stateOn(row, date);
            if (CLOSED.contains(state) || row.promisedDue() == null && row.legalDue() == null
                    && !row.verificationPendingOn(date)) {
                continue;
            }
            CaseClock c = evaluate(rs, row, state, date);
            if (q.status() == null || q.status().equals(c.status())) {
                out.add(c);
            }
        }
        return new CaseList(date, out, next);
    }

    /** {@code POST /api/v1/cases/{caseId}/extensions}: the legal date moved, or 409 naming the clause. */
    public CaseClock extend(String caseId, ExtensionInput in, String caller) {
        if (in == null) {
            throw new BadRequestException(List.of(new FieldProblem("body", "a JSON body with date, workingDays, reason, "
                    + "approvedBy and applicantToldOn is required")));
        }
        List<FieldProblem> errors = new ArrayList<>();
        LocalDate date = Fields.date(in.date() == null ? null : in.date().trim(), "date", true, errors);
        if (in.workingDays() == null || in.workingDays() < 1) {
            errors.add(new FieldProblem("workingDays", "must be a whole number of working days of at least 1"));
        }
        if (in.approvedBy() == null || !APPROVERS.contains(in.approvedBy())) {
            errors.add(new FieldProblem("approvedBy", "must be AGENCY_HEAD (本行政机关负责人), GOVERNMENT_HEAD "
                    + "(本级人民政府负责人) or OTHER"));
        }
        LocalDate told = in.applicantToldOn() == null ? null
                : Fields.date(in.applicantToldOn().trim(), "applicantToldOn", true, errors);
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return desk.inTransaction(() -> {
            SupervisionRepository.ClockRow row = onTheClock(caseId, date);
            RuleSet rs = desk.rules();
            ClockMove move = new ClockMove("EXTENSION", date, in.workingDays(), in.reason(), in.approvedBy(), told);
            ClockDecision d = engine.move(rs, clockOf(rs, row, date), move);
            refuseIfRefused(d, row);
            if (d.getNewLegalDue() == null) {
                throw new ConflictException("caseId", "no text on file allows extending the time limit of this case",
                        row.legalDue());
            }
            // Stored on the decided date less the procedures' days (they are added back when the clock is read).
            LocalDate stored = rs.catalog().calendar().tracking().addWorkingDays(row.legalDue(), in.workingDays());
            if (!repo.extend(caseId, row.rowVersion(), stored, date)) {
                throw new ConflictException("caseId", "the case was changed by another request; read it again", null);
            }
            cases.addEvent(caseId, date, caller, "EXTENSION", in.workingDays() + " working days, legal due "
                    + d.getNewLegalDue(), row.state(), json.writeValueAsString(d.getReasons()));
            SupervisionRepository.ClockRow after = repo.clock(caseId).orElseThrow();
            return withReasons(evaluate(rs, after, row.state(), date), d.getReasons());
        });
    }

    /** {@code POST /api/v1/cases/{caseId}/completion}: the case finished when its result was issued. */
    public CaseClock complete(String caseId, CompletionInput in, String caller) {
        if (in == null) {
            throw new BadRequestException(List.of(new FieldProblem("body", "a JSON body with date is required")));
        }
        List<FieldProblem> errors = new ArrayList<>();
        LocalDate date = Fields.date(in.date() == null ? null : in.date().trim(), "date", true, errors);
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return desk.inTransaction(() -> {
            SupervisionRepository.ClockRow row = onTheClock(caseId, date);
            RuleSet rs = desk.rules();
            ClockDecision d = engine.move(rs, clockOf(rs, row, date), new ClockMove("COMPLETION", date, 0, null, null,
                    null));
            refuseIfRefused(d, row);
            if (d.getCompletedOn() == null) {
                throw new ConflictException("caseId", "no text on file in force for this case says when it is "
                        + "finished", null);
            }
            if (!repo.complete(caseId, row.rowVersion(), date)) {
                throw new ConflictException("caseId", "the case was changed by another request; read it again", null);
            }
            cases.addEvent(caseId, date, caller, "COMPLETION", "completed " + date, "COMPLETED",
                    json.writeValueAsString(d.getReasons()));
            SupervisionRepository.ClockRow after = repo.clock(caseId).orElseThrow();
            return withReasons(evaluate(rs, after, "COMPLETED", date), d.getReasons());
        });
    }

    /**
     * {@code POST /api/v1/cases/{caseId}/procedures}: a special procedure held during the case. Whether its days count
     * toward the limits is the published list's to say (新乡 第十八条); one not listed is a 409 naming the clause.
     */
    public CaseClock procedure(String caseId, ProcedureInput in, String caller) {
        if (in == null) {
            throw new BadRequestException(List.of(new FieldProblem("body", "a JSON body with kind, from and to is required")));
        }
        List<FieldProblem> errors = new ArrayList<>();
        String kind = Fields.code(in.kind());
        if (kind == null) {
            errors.add(new FieldProblem("kind", "is required (the list's code, e.g. ON_SITE_INSPECTION)"));
        }
        LocalDate from = Fields.date(in.from() == null ? null : in.from().trim(), "from", true, errors);
        LocalDate to = Fields.date(in.to() == null ? null : in.to().trim(), "to", true, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldProblem("to", "is before from"));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return desk.inTransaction(() -> {
            SupervisionRepository.ClockRow row = onTheClock(caseId, from);
            RuleSet rs = desk.rules();
            WorkingCalendar calendar = rs.catalog().calendar().tracking();
            int days = calendar.workingDaysBetween(from.minusDays(1), to);
            ClockDecision d = engine.move(rs, clockOf(rs, row, from), ClockMove.procedure(kind, from, to, days));
            refuseIfRefused(d, row);
            if (d.getExcludedDays() == null) {
                throw new ConflictException("caseId", "no text on file in force for this case manages special "
                        + "procedures by a list", null);
            }
            if (!repo.touch(caseId, row.rowVersion())) {
                throw new ConflictException("caseId", "the case was changed by another request; read it again", null);
            }
            repo.addProcedure(caseId, new SupervisionRepository.Procedure(kind, from, to, d.getExcludedDays()), caller);
            cases.addEvent(caseId, from, caller, "PROCEDURE", kind + " " + from + ".." + to + ", not counted "
                    + d.getExcludedDays(), row.state(), json.writeValueAsString(d.getReasons()));
            SupervisionRepository.ClockRow after = repo.clock(caseId).orElseThrow();
            return withReasons(evaluate(rs, after, row.state(), from), d.getReasons());
        });
    }

    private static CaseClock withReasons(CaseClock c, List<Reasoned.Reason> moveReasons) {
        List<Reasoned.Reason> all = new ArrayList<>(moveReasons);
        all.addAll(c.reasons());
        return new CaseClock(c.caseId(), c.jurisdiction(), c.matterCode(), c.state(), c.acceptedOn(),
                c.promisedDueDate(), c.legalDueDate(), c.workingDaysLeft(), c.legalWorkingDaysLeft(), c.overdue(),
                c.overdueSince(), c.status(), c.promisedClause(), c.legalClause(), c.extended(), c.completedOn(),
                List.copyOf(all), c.verification());
    }

    private static void refuseIfRefused(ClockDecision d, SupervisionRepository.ClockRow row) {
        if (d.getConflict() != null) {
            throw new ConflictException("caseId", d.getConflictClause() + "：" + d.getConflict(), row.legalDue());
        }
    }

    /** The case, which must be on the clock (accepted with due dates) and open on the date of the change. */
    private SupervisionRepository.ClockRow onTheClock(String caseId, LocalDate date) {
        SupervisionRepository.ClockRow row = repo.clock(caseId).orElseThrow(() -> new NotFoundException("caseId",
                "names no case", "no case " + caseId));
        if (date.isBefore(row.openedOn())) {
            throw new BadRequestException(List.of(new FieldProblem("date", "is before the case was accepted ("
                    + row.openedOn() + ")")));
        }
        if (row.promisedDue() == null && row.legalDue() == null) {
            throw new ConflictException("caseId", "a case with outcome " + row.outcome()
                    + " has no due dates: its clock does not run", null);
        }
        if (row.completedOn() != null) {
            throw new ConflictException("caseId", "the case was completed on " + row.completedOn(), null);
        }
        String state = stateOn(row, date);
        if (CLOSED.contains(state)) {
            throw new ConflictException("caseId", "a case in state " + state + " has no running clock", null);
        }
        return row;
    }

    /**
     * The case's state on a date, from its history (the state after its last event by then); a case pending
     * supplements then reads as its law says (e.g. withdrawn once its deadline passed).
     */
    private String stateOn(SupervisionRepository.ClockRow row, LocalDate date) {
        if (row.completedBy(date) != null) {
            return "COMPLETED";
        }
        String state = row.state();
        for (CaseRepository.Event e : cases.events(row.caseId())) {
            if (!e.date().isAfter(date)) {
                state = e.stateAfter();
            }
        }
        if ("PENDING_SUPPLEMENT".equals(state) && row.deadline() != null && date.isAfter(row.deadline())) {
            return caseService.read(row.caseId(), date.toString()).state();
        }
        return state;
    }

    /**
     * The clock on a date: the stored dates, the legal one as extended by then, both pushed on by the days of the
     * special procedures begun by then that the list says do not count.
     */
    private Clock clockOf(RuleSet rs, SupervisionRepository.ClockRow row, LocalDate date) {
        WorkingCalendar calendar = rs.catalog().calendar().tracking();
        int excluded = excludedBy(row.caseId(), date);
        LocalDate promised = row.promisedDue() == null ? null : calendar.addWorkingDays(row.promisedDue(), excluded);
        LocalDate legal = row.legalDueOn(date) == null ? null : calendar.addWorkingDays(row.legalDueOn(date), excluded);
        Matter matter = rs.catalog().of(row.jurisdiction()).matters().get(row.matterCode());
        return new Clock(row.caseId(), row.jurisdiction(), row.matterCode(), matter != null && matter.isLicence(),
                row.openedOn(), promised, legal, row.extendedBy(date), row.completedBy(date), date,
                promised == null ? null : calendar.workingDaysBetween(date, promised),
                legal == null ? null : calendar.workingDaysBetween(date, legal));
    }

    private int excludedBy(String caseId, LocalDate date) {
        return repo.procedures(caseId).stream().filter(p -> !p.from().isAfter(date))
                .mapToInt(SupervisionRepository.Procedure::excludedDays).sum();
    }

    private CaseClock evaluate(RuleSet rs, SupervisionRepository.ClockRow row, String state, LocalDate date) {
        Clock c = clockOf(rs, row, date);
        CommitmentListing.Verification listed = row.verificationPendingOn(date) ? rs.catalog().of(row.jurisdiction())
                .commitmentOf(row.matterCode()).map(CommitmentListing::duty).orElse(CommitmentListing.Verification.NONE)
                : null;
        VerificationDuty duty = listed == null ? null : dutyOf(rs, row, listed, date);
        ClockDecision d = engine.clock(rs, c, duty);
        Verification v = null;
        if (duty != null) {
            v = new Verification(duty.dueDate(), duty.dueDate() == null ? null : listed.days(), duty.dayKind(),
                    listed.method(), duty.daysLeft(), d.getVerificationOverdueSince(), d.getVerificationClause());
        }
        return new CaseClock(row.caseId(), row.jurisdiction(), row.matterCode(), state, row.openedOn(),
                c.promisedDue(), c.legalDue(), c.promisedLeft(), c.legalLeft(), d.getOverdue(), d.getOverdueSince(),
                d.getStatus(), d.getPromisedClause(), d.getLegalClause(), c.extended(), c.completedOn(),
                d.getReasons(), v);
    }

    /**
     * The verification duty on a date, while no verification is recorded by then: the days left counted as the list
     * row ({@code listed}) counts them (calendar days by java.time, working days by the tracking calendar).
     */
    private static VerificationDuty dutyOf(RuleSet rs, SupervisionRepository.ClockRow row,
                                           CommitmentListing.Verification listed, LocalDate date) {
        LocalDate due = row.verificationDue();
        String kind = due == null ? null : listed.dayKind();
        Integer left = due == null || kind == null ? null : "WORKING".equals(kind)
                ? rs.catalog().calendar().tracking().workingDaysBetween(date, due)
                : (int) ChronoUnit.DAYS.between(date, due);
        return new VerificationDuty(row.matterCode(), row.openedOn(), due, kind, left, date);
    }
}
