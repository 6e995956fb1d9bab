package org.zwfw.platform.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zwfw.platform.audit.Caller;
import org.zwfw.supervision.ReviewService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/reviews")
@Tag(name = "好差评", description = "Reviews, their callbacks, rectification and feedback, and what is late (domain.md §7)")
public record ReviewController(ReviewService reviews) {

    @Operation(summary = "Post a review (intake): callbackDue where the law in force sets one, else null and the reason says why",
            description = "新乡 第三十二条: a real-name 差评 (BAD, VERY_BAD: interpretation XX-REV-01) is called back within one "
                    + "working day from the day after the review's date (XX-REV-02). 银川 2025 sets no limit; 西安's "
                    + "好差评 measures (市政办函〔2021〕61号) are not on file. applicant.id (the reviewer), if sent, is kept only as a keyed hash.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public ReviewService.Posted post(@RequestBody(required = false) ReviewService.ReviewInput in) {
        return reviews.post(in, Caller.current());
    }

    @Operation(summary = "Reviews made by asOf (default today), with late=true only those late: a missed callback or a missed set rectification date",
            description = "Paged by review date: size (default 500, at most 5000) reviews read per page; the answer's "
                    + "nextCursor, passed as cursor, asks for the next page (null on the last). A page may hold fewer "
                    + "than size reviews (those not late are left out) and still have a nextCursor.")
    @GetMapping
    public ReviewService.ReviewList list(@RequestParam(required = false) String asOf,
                                         @RequestParam(required = false) String late,
                                         @RequestParam(required = false) String jurisdiction,
                                         @RequestParam(required = false) String size,
                                         @RequestParam(required = false) String cursor) {
        return reviews.list(asOf, late, jurisdiction, size, cursor);
    }

    @Operation(summary = "The callback and verification (回访核实) with its finding: CLEAR_AND_REASONABLE, COMPLEX or UNFOUNDED")
    @PostMapping(path = "/{reviewId}/callback", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ReviewService.ReviewView callback(@PathVariable String reviewId,
                                             @RequestBody(required = false) ReviewService.CallbackInput in) {
        return reviews.callback(reviewId, in);
    }

    @Operation(summary = "The rectification: IMMEDIATE (立即整改) or BY_DATE (限期整改, with the set date by)")
    @PostMapping(path = "/{reviewId}/rectification", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ReviewService.ReviewView rectification(@PathVariable String reviewId,
                                                  @RequestBody(required = false) ReviewService.RectificationInput in) {
        return reviews.rectification(reviewId, in);
    }

    @Operation(summary = "The result fed back to the applicant (整改情况及时向申请人反馈)")
    @PostMapping(path = "/{reviewId}/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ReviewService.ReviewView feedback(@PathVariable String reviewId,
                                             @RequestBody(required = false) ReviewService.FeedbackInput in) {
        return reviews.feedback(reviewId, in);
    }
}
