package org.zwfw.bundles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zwfw.acceptance.AcceptanceEngine;
import org.zwfw.acceptance.AcceptanceRequest;
import org.zwfw.acceptance.AcceptanceResponse;
import org.zwfw.acceptance.AcceptanceService;
import org.zwfw.acceptance.AcceptanceValidator;
import org.zwfw.engine.Engine;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.SampleRules;
import org.zwfw.kernel.BadRequestException;
import org.zwfw.kernel.FieldProblem;
import org.zwfw.kernel.NotFoundException;

/**
 * {@link BundleEvaluator} without Spring or a store, as a what-if runs it: each matter decided by the acceptance engine
 * on the sample rules. The service's answers through HTTP are {@code BundleApiTest}'s.
 */
class BundleEvaluatorTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    final RuleSet rs = SampleRules.get();

    static BundleRequest yinchuan(String asOf, List<String> provided) {
        return new BundleRequest("640100", "YC-YJS-001", asOf, null, null,
                new AcceptanceRequest.Applicant("NATURAL_PERSON", "64010219450302123X", List.of()),
                provided.stream().map(c -> new AcceptanceRequest.MaterialEntry(c, "PROVIDED")).toList(), null, null);
    }

    BundleResponse decide(BundleRequest r) {
        BundleEvaluator.Checked c = BundleEvaluator.check(r, rs, TODAY);
        BundleEvaluator.Evaluated<AcceptanceResponse> e = BundleEvaluator.evaluate(rs, c,
                Engine.lawInForce(rs, c.bundle().jurisdiction(), c.asOf(), "asOf"),
                ar -> AcceptanceService.toResponse(new AcceptanceEngine().evaluate(rs,
                        AcceptanceValidator.validate(ar, rs, TODAY))), a -> a, null);
        return BundleEvaluator.toResponse(rs, e, null);
    }

    static final List<String> ALL = List.of("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B09");

    @Test
    void aCompleteBundleIsAcceptedWholeWithItsPromisedDueDateAndIsNotProvisional() {
        BundleResponse r = decide(yinchuan("2026-03-02", ALL));
        assertThat(r.outcome()).isEqualTo("ACCEPT");
        assertThat(r.dueDate()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(r.matters()).extracting(m -> m.decision().outcome()).containsExactly("ACCEPT", "ACCEPT");
        assertThat(r.provisional()).isNull();
        assertThat(r.caseId()).isNull();
    }

    @Test
    void aBundleDueInAYearWhoseHolidayScheduleIsNotOnFileIsProvisionalAndSaysWhichYear() {
        BundleResponse r = decide(yinchuan("2026-12-28", ALL));
        assertThat(r.outcome()).isEqualTo("ACCEPT");
        assertThat(r.dueDate()).hasYear(2027);
        assertThat(r.provisional()).isTrue();
        assertThat(r.reasons()).filteredOn(x -> x.rule().equals("national.bundle.provisional-calendar"))
                .singleElement().satisfies(x -> {
                    assertThat(x.text()).contains("2027");
                    assertThat(x.clause()).isEqualTo("国务院关于在线政务服务的若干规定 第四条");
                    assertThat(x.interpretation()).isEqualTo("NAT-OS-12");
                });
        // Each matter's own answer says so too, and the bundle's answer names the matters.
        assertThat(r.matters()).allSatisfy(m -> assertThat(m.decision().provisional()).isTrue());
        assertThat(r.reasons()).filteredOn(x -> x.rule().equals("national.bundle.provisional-matter")).hasSize(2);
    }

    @Test
    void aBundleDueWithinTheCalendarIsStillProvisionalWhenAMattersOwnDateRunsPastIt() {
        // 2026-12-16 + 5 working days = 2026-12-23: the bundle's own count stays in 2026, but a matter's legal date
        // (30 working days for the 不动产转移登记) runs into 2027.
        BundleResponse r = decide(yinchuan("2026-12-16", ALL));
        assertThat(r.dueDate()).isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(r.reasons()).noneMatch(x -> x.rule().equals("national.bundle.provisional-calendar"));
        assertThat(r.matters()).filteredOn(m -> m.matterCode().equals("YC-BDC-003")).singleElement()
                .satisfies(m -> assertThat(m.decision().provisional()).isTrue());
        assertThat(r.matters()).filteredOn(m -> m.matterCode().equals("YC-SPJY-001")).singleElement()
                .satisfies(m -> assertThat(m.decision().provisional()).isNull());
        assertThat(r.reasons()).anyMatch(x -> x.rule().equals("national.bundle.provisional-matter"));
        assertThat(r.provisional()).isTrue();
    }

    @Test
    void anUnknownBundleIs404AndAMaterialOfNoBundleIs400NamingTheField() {
        BundleRequest unknown = new BundleRequest("640100", "YC-YJS-999", "2026-03-02", null, null,
                new AcceptanceRequest.Applicant("NATURAL_PERSON", "64010219450302123X", List.of()), List.of(), null, null);
        assertThatThrownBy(() -> BundleEvaluator.check(unknown, rs, TODAY)).isInstanceOf(NotFoundException.class)
                .satisfies(e -> assertThat(((NotFoundException) e).getField()).isEqualTo("bundleCode"));
        assertThatThrownBy(() -> BundleEvaluator.check(yinchuan("2026-03-02", List.of("B01", "Z99")), rs, TODAY))
                .isInstanceOf(BadRequestException.class)
                .satisfies(e -> assertThat(((BadRequestException) e).getErrors()).extracting(FieldProblem::field)
                        .anyMatch(f -> f.startsWith("materials")));
    }
}
