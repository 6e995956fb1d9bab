package org.zwfw.supervision;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.zwfw.cases.CaseRepository;
import org.zwfw.engine.DecisionDesk;
import org.zwfw.engine.RuleSet;
import org.zwfw.kernel.BadRequestException;
import org.zwfw.kernel.ConflictException;
import org.zwfw.kernel.FieldProblem;
import org.zwfw.kernel.NotFoundException;
import org.zwfw.lawbook.vocabulary.Fields;
import org.zwfw.supervision.facts.Reasoned;
import org.zwfw.supervision.facts.Review;
import org.zwfw.supervision.facts.ReviewDecision;
import org.zwfw.supervision.facts.ReviewStanding;

import io.swagger.v3.oas.annotations.media.Schema;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * 好差评 (domain.md §7): reviews posted by intake systems, the callback due date the law in force sets (or the reason
 * it sets none, or that its text is not on file), the callback with its finding, the rectification, the feedback, and
 * what is late on a date — a missed callback or a missed set rectification date, nothing else. A reviewer's identifier,
 * if sent, is kept only as a keyed hash.
 */
@Service
public class ReviewService {
    static final Set<String> RATINGS = Set.of("VERY_GOOD", "GOOD", "AVERAGE", "BAD", "VERY_BAD");
    /** The channels a review comes from: the window, online (portal, app), the 12345 hotline. */
    static final Set<String> CHANNELS = Set.of("WINDOW", "ONLINE", "HOTLINE");
    static final Set<String> FINDINGS = Set.of("CLEAR_AND_REASONABLE", "COMPLEX", "UNFOUNDED");
    static final Set<String> RECTIFICATIONS = Set.of("IMMEDIATE", "BY_DATE");

    private final SupervisionRepository repo;
    private final CaseRepository cases;
    private final DecisionDesk desk;
    private final SupervisionEngine engine = new SupervisionEngine();
    private final JsonMapper json = JsonMapper.builder().build();

    /** {@code desk}: the rule set in service, the keyed hash of a reviewer's identifier, the transaction. */
    public ReviewService(SupervisionRepository repo, CaseRepository cases, DecisionDesk desk) {
        this.repo = repo;
        this.cases = cases;
        this.desk = desk;
    }

    public record ReviewInput(String jurisdiction, String matterCode, String caseId, String channel, String date,
                              String rating, Boolean realName, Applicant applicant) {}

    /** The reviewer, when the review is real-name and the intake system sends who: 身份证号 or 统一社会信用代码. */
    @Schema(name = "Reviewer", description = "The reviewer of a real-name review: 身份证号 or 统一社会信用代码")
    public record Applicant(String id) {}

    public record Posted(String reviewId, LocalDate callbackDue, List<Reasoned.Reason> reasons) {}

    public record CallbackInput(String date, String finding) {}

    public record RectificationInput(String date, String kind, String by) {}

    public record FeedbackInput(String date) {}

    /** A review as it stands on a date, with what is late and why. */
    public record ReviewView(String reviewId, String jurisdiction, String matterCode, String caseId, String channel,
                             LocalDate date, String rating, boolean realName, LocalDate callbackDue,
                             LocalDate callbackOn, String finding, String rectification, LocalDate rectifiedOn,
                             LocalDate rectifyBy, LocalDate feedbackOn, boolean late, boolean callbackLate,
                             boolean rectificationLate, List<Reasoned.Reason> reasons) {}

    /** One page of reviews: {@code nextCursor} asks for the next one (null on the last). */
    public record ReviewList(LocalDate asOf, List<ReviewView> reviews, String nextCursor) {}

    public Posted post(ReviewInput in, String caller) {
        if (in == null) {
            throw new BadRequestException(List.of(new FieldProblem("body", "a JSON body with jurisdiction, matterCode, "
                    + "channel, date, rating and realName is required")));
        }
        RuleSet rs = desk.rules();
        List<FieldProblem> errors = new ArrayList<>();
        String j = rs.catalog().requestedJurisdiction(in.jurisdiction(), errors);
        String matter = Fields.code(in.matterCode());
        if (matter == null) {
            errors.add(new FieldProblem("matterCode", "is required"));
        } else if (j != null && !rs.catalog().of(j).matters().containsKey(matter)) {
            errors.add(new FieldProblem("matterCode", "is not a matter of jurisdiction " + j));
        }
        String channel = Fields.code(in.channel());
        if (channel == null || !CHANNELS.contains(channel)) {
            errors.add(new FieldProblem("channel", "must be WINDOW, ONLINE or HOTLINE"));
        }
        LocalDate date = Fields.date(in.date() == null ? null : in.date().trim(), "date", true, errors);
        if (in.rating() == null || !RATINGS.contains(in.rating())) {
            errors.add(new FieldProblem("rating", "must be VERY_GOOD, GOOD, AVERAGE, BAD or VERY_BAD"));
        }
        if (in.realName() == null) {
            errors.add(new FieldProblem("realName", "is required (true when the reviewer gave their real name)"));
        }
        String caseId = Fields.code(in.caseId());
        String reviewerId = in.applicant() == null ? null : Fields.code(in.applicant().id());
        if (reviewerId != null && !org.zwfw.identity.Identifiers.isValidResidentId(reviewerId)
                && !org.zwfw.identity.Identifiers.isValidCreditCode(reviewerId)) {
            errors.add(new FieldProblem("applicant.id", "is neither a valid 身份证号 nor a valid 统一社会信用代码"));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        if (caseId != null) {
            CaseRepository.Row c = cases.find(caseId).orElseThrow(() -> new NotFoundException("caseId", "names no case",
                    "no case " + caseId));
            if (!c.jurisdiction().equals(j)) {
                throw new BadRequestException(List.of(new FieldProblem("caseId", "is a case of jurisdiction "
                        + c.jurisdiction() + ", not " + j)));
            }
        }
        Review review = new Review(j, matter, channel, date, in.rating(), in.realName());
        ReviewDecision d = engine.review(rs, review);
        String id = "REV-" + UUID.randomUUID().toString().replace("-", "");
        String reviewer = reviewerId == null ? null : desk.hash(reviewerId);
        desk.inTransaction(() -> {
            repo.insertReview(new SupervisionRepository.ReviewRow(id, j, matter, caseId, channel, date, in.rating(),
                    in.realName(), d.getCallbackDue(), json.writeValueAsString(d.getReasons()),
                    null, null, null, null, null, null, 0), reviewer, caller);
            return null;
        });
        return new Posted(id, d.getCallbackDue(), d.getReasons());
    }

    public ReviewView callback(String reviewId, CallbackInput in) {
        List<FieldProblem> errors = new ArrayList<>();
        LocalDate date = date(in == null ? null : in.date(), errors);
        if (in == null || in.finding() == null || !FINDINGS.contains(in.finding())) {
            errors.add(new FieldProblem("finding", "must be CLEAR_AND_REASONABLE, COMPLEX or UNFOUNDED"));
        }
        fail(errors);
        return desk.inTransaction(() -> {
            SupervisionRepository.ReviewRow r = find(reviewId);
            notBefore(date, r.date(), "the review");
            if (r.callbackOn() != null) {
                throw new ConflictException("reviewId", "the review was already called back on " + r.callbackOn(), null);
            }
            changed(repo.callback(reviewId, r.rowVersion(), date, in.finding()));
            return view(find(reviewId), date);
        });
    }

    public ReviewView rectification(String reviewId, RectificationInput in) {
        List<FieldProblem> errors = new ArrayList<>();
        LocalDate date = date(in == null ? null : in.date(), errors);
        String kind = in == null ? null : in.kind();
        if (kind == null || !RECTIFICATIONS.contains(kind)) {
            errors.add(new FieldProblem("kind", "must be IMMEDIATE or BY_DATE"));
        }
        LocalDate by = in == null || in.by() == null ? null : Fields.date(in.by().trim(), "by", true, errors);
        if ("BY_DATE".equals(kind) && by == null && in != null && in.by() == null) {
            errors.add(new FieldProblem("by", "is required for a rectification by a set date"));
        }
        if (date != null && by != null && by.isBefore(date)) {
            errors.add(new FieldProblem("by", "is before date"));
        }
        fail(errors);
        return desk.inTransaction(() -> {
            SupervisionRepository.ReviewRow r = find(reviewId);
            if (r.callbackOn() == null) {
                throw new ConflictException("reviewId", "the review has not been called back and verified yet", null);
            }
            if ("UNFOUNDED".equals(r.finding())) {
                throw new ConflictException("reviewId", "the callback found the review unfounded: nothing to rectify",
                        null);
            }
            if (r.rectification() != null) {
                throw new ConflictException("reviewId", "a rectification was already recorded (" + r.rectification()
                        + ")", null);
            }
            notBefore(date, r.callbackOn(), "the callback");
            boolean immediate = "IMMEDIATE".equals(kind);
            changed(repo.rectification(reviewId, r.rowVersion(), kind, immediate ? date : null, immediate ? null : by));
            return view(find(reviewId), date);
        });
    }

    public ReviewView feedback(String reviewId, FeedbackInput in) {
        List<FieldProblem> errors = new ArrayList<>();
        LocalDate date = date(in == null ? null : in.date(), errors);
        fail(errors);
        return desk.inTransaction(() -> {
            SupervisionRepository.ReviewRow r = find(reviewId);
            if (r.callbackOn() == null) {
                throw new ConflictException("reviewId", "the review has not been called back and verified yet", null);
            }
            if (r.feedbackOn() != null) {
                throw new ConflictException("reviewId", "feedback was already given on " + r.feedbackOn(), null);
            }
            notBefore(date, r.callbackOn(), "the callback");
            changed(repo.feedback(reviewId, r.rowVersion(), date));
            return view(find(reviewId), date);
        });
    }

    /** {@code GET /api/v1/reviews}: reviews made by asOf (with {@code late=true} only the late ones), as they stood. */
    public ReviewList list(String asOf, String late, String jurisdiction, String size, String cursor) {
        RuleSet rs = desk.rules();
        List<FieldProblem> errors = new ArrayList<>();
        LocalDate date = asOf == null || asOf.isBlank() ? LocalDate.now(ZoneId.of("Asia/Shanghai"))
                : Fields.date(asOf.trim(), "asOf", true, errors);
        if (late != null && !Set.of("true", "false").contains(late)) {
            errors.add(new FieldProblem("late", "must be true or false"));
        }
        String j = jurisdiction == null || jurisdiction.isBlank() ? null
                : rs.catalog().requestedJurisdiction(jurisdiction, errors);
        Paging page = Paging.of(size, cursor, errors);
        if (page.after() != null && page.after().date() == null) {
            errors.add(new FieldProblem("cursor", "is not a nextCursor of this list"));
        }
        fail(errors);
        boolean lateOnly = "true".equals(late);
        List<ReviewView> out = new ArrayList<>();
        List<SupervisionRepository.ReviewRow> rows = repo.reviews(date, j, lateOnly, page.size(), page.after());
        SupervisionRepository.ReviewRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        String next = page.next(rows.size(), last == null ? null : new Paging.Key(last.date(), last.reviewId()));
        for (SupervisionRepository.ReviewRow r : rows) {
            ReviewView v = view(r, date);
            if (!lateOnly || v.late()) {
                out.add(v);
            }
        }
        return new ReviewList(date, out, next);
    }

    /** The review on a date: what was done by then, and what the rules find late. */
    private ReviewView view(SupervisionRepository.ReviewRow r, LocalDate asOf) {
        LocalDate callbackOn = by(r.callbackOn(), asOf);
        LocalDate feedbackOn = by(r.feedbackOn(), asOf);
        ReviewStanding standing = new ReviewStanding(asOf, r.callbackDue(), callbackOn,
                callbackOn == null ? null : r.finding(), callbackOn == null ? null : r.rectifyBy(), feedbackOn);
        ReviewDecision d = engine.standing(desk.rules(), new Review(r.jurisdiction(), r.matterCode(), r.channel(),
                r.date(), r.rating(), r.realName()), standing);
        List<Reasoned.Reason> reasons = new ArrayList<>(json.readValue(r.reasons(),
                new TypeReference<List<Reasoned.Reason>>() {}));
        reasons.addAll(d.getReasons());
        return new ReviewView(r.reviewId(), r.jurisdiction(), r.matterCode(), r.caseId(), r.channel(), r.date(),
                r.rating(), r.realName(), r.callbackDue(), callbackOn, standing.finding(), r.rectification(),
                by(r.rectifiedOn(), asOf), standing.rectifyBy(), feedbackOn, d.isLate(), d.isCallbackLate(),
                d.isRectificationLate(), List.copyOf(reasons));
    }

    private static LocalDate by(LocalDate d, LocalDate asOf) {
        return d != null && !d.isAfter(asOf) ? d : null;
    }

    private SupervisionRepository.ReviewRow find(String reviewId) {
        return repo.review(reviewId).orElseThrow(() -> new NotFoundException("reviewId", "names no review",
                "no review " + reviewId));
    }

    private static LocalDate date(String s, List<FieldProblem> errors) {
        return Fields.date(s == null ? null : s.trim(), "date", true, errors);
    }

    private static void fail(List<FieldProblem> errors) {
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
    }

    private static void notBefore(LocalDate date, LocalDate earliest, String what) {
        if (date.isBefore(earliest)) {
            throw new BadRequestException(List.of(new FieldProblem("date", "is before " + what + " (" + earliest + ")")));
        }
    }

    private static void changed(boolean updated) {
        if (!updated) {
            throw new ConflictException("reviewId", "the review was changed by another request; read it again", null);
        }
    }
}
