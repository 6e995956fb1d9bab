package org.zwfw.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.fees.facts.FeeDecision;
import org.zwfw.fees.facts.FeeItem;
import org.zwfw.lawbook.Instrument;
import org.zwfw.kernel.Problem;
import org.zwfw.engine.RuleInfo;
import org.zwfw.engine.RuleSet;
import org.zwfw.kernel.RuleSetException;
import org.zwfw.engine.RulesFolder;
import org.zwfw.engine.RulesNamedInTests;
import org.zwfw.engine.SampleRules;

/**
 * One fee rule at a time, on the engine: a case that fires it (with its effect) and a counter-example that does not.
 * The sample catalog links only YC-BDC-003 (行政确认) to a fee; {@link #edited} is a copy where analysts linked two
 * 行政许可 matters to fees: 银川 YC-SGXK-002 to BDC-NONRESIDENTIAL (basis 规范性文件) and 新乡 XX-SGXK-002 to a test
 * fee TEST-LICENCE-LAW whose basis is a 行政法规; and where YC-BDC-003 names no fee (a 行政确认 without a fee).
 */
class FeeRulesTest {
    static final String YINCHUAN = "640100";
    static final String XINXIANG = "410700";
    static final LocalDate JAN_15_2026 = LocalDate.of(2026, 1, 15);
    static final String BASIS_2559 = "发改价格规〔2016〕2559号";
    static final String LAW = "中华人民共和国行政许可法";
    static final String ART_58 = "中华人民共和国行政许可法 第五十八条";
    static final String ART_59 = "中华人民共和国行政许可法 第五十九条";
    static final String OS_4 = "国务院关于在线政务服务的若干规定 第四条";
    static final String YC_33 = "银川市政务服务管理办法 第三十三条";
    static final String XX_29 = "新乡市政务服务条例 第二十九条";

    static RuleSet rs;
    static RuleSet edited;

    @TempDir
    static Path scratch;

    final FeeEngine engine = new FeeEngine();

    @BeforeAll
    static void load() {
        rs = SampleRules.get();
        RulesFolder f = RulesFolder.copyOfSample(scratch);
        f.edit("ningxia/yinchuan/catalog/matters.csv", s -> s.replace(
                "YC-SGXK-002,建筑工程施工许可,行政许可,LEGAL_PERSON,7,3,N,N,,", "YC-SGXK-002,建筑工程施工许可,行政许可,LEGAL_PERSON,7,3,N,N,BDC-NONRESIDENTIAL,"));
        f.edit("henan/xinxiang/catalog/matters.csv", s -> s.replace(
                "XX-SGXK-002,建筑工程施工许可,行政许可,LEGAL_PERSON,7,3,N,N,,", "XX-SGXK-002,建筑工程施工许可,行政许可,LEGAL_PERSON,7,3,N,N,TEST-LICENCE-LAW,"));
        f.edit("henan/xinxiang/catalog/matters.csv", s -> s.replace(
                "XX-GTGS-004,个体工商户设立登记,行政许可,", "XX-GTGS-004,个体工商户设立登记,行政确认,"));
        f.appendLines("national/fees/fee-standards.csv", "TEST-LICENCE-LAW,测试收费（行政法规依据）,件,25.5,CASE,,测试用行政法规,行政法规");
        edited = f.load();
    }

    /** A fee question as an intake clerk would fill it in. */
    static final class Q {
        final String jurisdiction;
        final String matter;
        final LocalDate asOf;
        String type = "LEGAL_PERSON";
        String scale;
        int certificates = 1;
        String housing;
        String reason;
        String channel = FeeQuery.WINDOW;

        Q(String jurisdiction, String matter, LocalDate asOf) {
            this.jurisdiction = jurisdiction;
            this.matter = matter;
            this.asOf = asOf;
        }

        Q scale(String s) { scale = s; return this; }
        Q certificates(int n) { certificates = n; return this; }
        Q housing(String h) { housing = h; return this; }
        Q reason(String r) { reason = r; return this; }
        Q online() { channel = FeeQuery.ONLINE; return this; }

        FeeQuery query() {
            return new FeeQuery(jurisdiction, matter, asOf, type, null, scale, Set.of(), certificates, housing, reason,
                    channel);
        }
    }

    static Q q(String jurisdiction, String matter, LocalDate asOf) {
        return new Q(jurisdiction, matter, asOf);
    }

    static Q bdc() {
        return q(YINCHUAN, "YC-BDC-003", JAN_15_2026);
    }

    FeeResult run(Q q) { return engine.evaluate(rs, q.query()); }

    FeeResult runEdited(Q q) { return engine.evaluate(edited, q.query()); }

    static BigDecimal yuan(String v) { return new BigDecimal(v); }

    static List<String> clauses(FeeResult r) {
        return r.decision().getReasons().stream().map(FeeDecision.Reason::clause).toList();
    }

    static List<String> texts(FeeResult r) {
        return r.decision().getReasons().stream().map(FeeDecision.Reason::text).toList();
    }

    static FeeDecision.Reason reason(FeeResult r, String rule) {
        List<FeeDecision.Reason> of = r.decision().getReasons().stream().filter(x -> x.rule().equals(rule)).toList();
        assertThat(of).as("reasons of %s in %s", rule, r.decision().getReasons()).isNotEmpty();
        return of.get(0);
    }

    @Nested
    class ChargePerStandard {
        @Test
        void oneCertificateIs80Yuan() {
            FeeResult r = run(bdc());
            assertThat(r.firedRules()).contains("national.fee.charge-per-standard", "national.fee.charge-with",
                    "national.fee.first-units-free", "national.fee.total");
            assertThat(r.decision().getAmountYuan()).isEqualTo(yuan("80.00"));
            assertThat(r.decision().getItems()).extracting(FeeItem::getFee, FeeItem::getAmountYuan)
                    .containsExactly(tuple("BDC-RESIDENTIAL", yuan("80.00")), tuple("BDC-CERT-EXTRA", yuan("0.00")));
            assertThat(r.decision().getItems()).allSatisfy(i -> assertThat(i.getBasis()).contains(BASIS_2559));
            assertThat(r.decision().isLawful()).isTrue();
            assertThat(texts(r)).contains("应缴费用合计 80.00 元");
        }

        @Test
        void theChargeRestsOnTheStandardsRow() {
            FeeDecision.Reason x = reason(run(bdc()), "national.fee.charge-per-standard");
            assertThat(x.clause()).isEqualTo(OS_4);
            assertThat(x.basis()).isEqualTo("LIST");
            assertThat(x.list().name()).isEqualTo("收费标准");
            assertThat(x.list().row()).isEqualTo("BDC-RESIDENTIAL");
            assertThat(x.list().source()).contains(BASIS_2559);
        }

        @Test
        void aLicenceWithoutFeeChargesNothingUnderArticle58() {
            FeeResult r = run(q(YINCHUAN, "YC-SPJY-001", JAN_15_2026));
            assertThat(r.firedRules()).doesNotContain("national.fee.charge-per-standard", "national.fee.total",
                    "national.fee.no-fee").contains("national.fee.licence-no-fee");
            assertThat(r.decision().getAmountYuan()).isEqualTo(yuan("0.00"));
            assertThat(r.decision().getItems()).isEmpty();
            assertThat(texts(r)).anyMatch(t -> t.contains("未列收费项目，不收取费用"));
            FeeDecision.Reason x = reason(r, "national.fee.licence-no-fee");
            assertThat(x.clause()).isEqualTo(ART_58);
            assertThat(x.basis()).isEqualTo("TEXT");
            assertThat(r.decision().getPaymentMethods()).isEmpty();
        }

        @Test
        void aConfirmationWithoutFeeChargesNothingOnTheCatalogAndNotUnderTheLicensingLaw() {
            FeeResult r = runEdited(q(XINXIANG, "XX-GTGS-004", JAN_15_2026));
            assertThat(r.firedRules()).containsExactly("national.fee.no-fee");
            FeeDecision.Reason x = reason(r, "national.fee.no-fee");
            assertThat(x.clause()).isEqualTo(OS_4);
            assertThat(x.basis()).isEqualTo("LIST");
            assertThat(x.list().name()).isEqualTo("政务服务事项清单");
            assertThat(x.text()).contains("未列收费项目，不收取费用");
            assertThat(clauses(r)).noneMatch(c -> c.startsWith(LAW));
        }

        @Test
        void noFeeRulesDoNotFireForAMatterWithAFee() {
            assertThat(run(bdc()).firedRules()).doesNotContain("national.fee.no-fee", "national.fee.licence-no-fee");
            assertThat(run(q(YINCHUAN, "YC-SPJY-001", JAN_15_2026)).firedRules()).doesNotContain("national.fee.no-fee");
        }
    }

    /** 不动产转移登记 is a 行政确认: the licensing law is no basis for its fee, before 银川's measures and after. */
    @Nested
    class NonLicenceMatter {
        @Test
        void chargedByTheStandardWithoutOneCitationOfTheLicensingLaw() {
            for (LocalDate d : List.of(LocalDate.of(2025, 11, 15), LocalDate.of(2025, 12, 15))) {
                FeeResult r = run(q(YINCHUAN, "YC-BDC-003", d));
                assertThat(r.decision().getAmountYuan()).as(d.toString()).isEqualTo(yuan("80.00"));
                assertThat(r.decision().isLawful()).isTrue();
                assertThat(clauses(r)).as(d.toString()).noneMatch(c -> c.startsWith(LAW));
                assertThat(r.firedRules()).as(d.toString()).contains("national.fee.non-licence-per-standard")
                        .noneMatch(id -> id.startsWith("national.fee.licence-"));
                FeeDecision.Reason x = reason(r, "national.fee.non-licence-per-standard");
                assertThat(x.clause()).isEqualTo(OS_4);
                assertThat(x.basis()).isEqualTo("LIST");
                assertThat(x.interpretations()).containsExactly("NAT-OS-04");
                assertThat(x.list().row()).isEqualTo("BDC-RESIDENTIAL");
                assertThat(x.list().source()).contains(BASIS_2559);
                assertThat(x.text()).contains("行政确认").contains("不是行政许可").contains(BASIS_2559);
            }
        }

        @Test
        void beforeYinchuansMeasuresTheStandardAloneDecides() {
            FeeResult r = run(q(YINCHUAN, "YC-BDC-003", LocalDate.of(2025, 11, 15)));
            assertThat(clauses(r)).allMatch(c -> c.equals(OS_4));
            assertThat(r.decision().getReasons()).allSatisfy(x -> assertThat(x.basis()).isEqualTo("LIST"));
        }

        @Test
        void afterThemTheLocalArticleIsCitedBesideTheStandard() {
            FeeResult r = run(q(YINCHUAN, "YC-BDC-003", LocalDate.of(2025, 12, 15)));
            assertThat(clauses(r)).contains(OS_4, YC_33);
        }

        @Test
        void saidOnlyForAFeeLeftToChargeAndNeverForALicence() {
            FeeResult twoCerts = run(bdc().certificates(2));
            assertThat(twoCerts.decision().getReasons())
                    .filteredOn(x -> x.rule().equals("national.fee.non-licence-per-standard"))
                    .extracting(x -> x.list().row()).containsExactly("BDC-RESIDENTIAL", "BDC-CERT-EXTRA");
            assertThat(run(bdc()).decision().getReasons())
                    .filteredOn(x -> x.rule().equals("national.fee.non-licence-per-standard")).hasSize(1);
            assertThat(runEdited(q(XINXIANG, "XX-SGXK-002", JAN_15_2026)).firedRules())
                    .doesNotContain("national.fee.non-licence-per-standard");
            assertThat(runEdited(q(YINCHUAN, "YC-SGXK-002", JAN_15_2026)).firedRules())
                    .doesNotContain("national.fee.non-licence-per-standard");
        }
    }

    @Nested
    class CertificatesFromTheSecond {
        @Test
        void twoCertificatesAre90Yuan() {
            FeeResult r = run(bdc().certificates(2));
            assertThat(r.decision().getAmountYuan()).isEqualTo(yuan("90.00"));
            assertThat(r.decision().getItems()).extracting(FeeItem::getFee, FeeItem::getAmountYuan)
                    .containsExactly(tuple("BDC-RESIDENTIAL", yuan("80.00")), tuple("BDC-CERT-EXTRA", yuan("10.00")));
            assertThat(r.decision().getExemptions()).extracting(FeeDecision.Relief::fee, FeeDecision.Relief::reason)
                    .containsExactly(tuple("BDC-CERT-EXTRA", "第一本证书免收"));
        }

        @Test
        void fiveCertificatesAre120Yuan() {
            assertThat(run(bdc().certificates(5)).decision().getAmountYuan()).isEqualTo(yuan("120.00"));
        }

        @Test
        void chargeWithDoesNotFireWithoutTheMainFee() {
            assertThat(run(q(XINXIANG, "XX-SPJY-001", JAN_15_2026).certificates(3)).firedRules())
                    .doesNotContain("national.fee.charge-with", "national.fee.first-units-free");
        }
    }

    @Nested
    class Exemptions {
        @Test
        void microAndSmallEnterprisesPayNothing() {
            for (String scale : List.of("MICRO", "SMALL")) {
                FeeResult r = run(bdc().scale(scale));
                assertThat(r.firedRules()).contains("national.fee.exempt-enterprise-scale");
                assertThat(r.decision().getAmountYuan()).isEqualTo(yuan("0.00"));
                assertThat(r.decision().getExemptions()).extracting(FeeDecision.Relief::fee, FeeDecision.Relief::reason)
                        .contains(tuple("BDC-RESIDENTIAL", "小微企业（含个体工商户）免收"));
                assertThat(r.decision().getExemptions()).allSatisfy(e -> assertThat(e.basis()).contains(BASIS_2559));
                assertThat(clauses(r)).contains(YC_33);
                FeeDecision.Reason x = reason(r, "national.fee.exempt-enterprise-scale");
                assertThat(x.basis()).isEqualTo("LIST");
                assertThat(x.list().row()).isEqualTo("BDC-RESIDENTIAL/ENTERPRISE_SCALE");
                assertThat(x.list().source()).contains(BASIS_2559);
                assertThat(r.decision().getPaymentMethods()).isEmpty();
            }
        }

        @Test
        void mediumAndLargeEnterprisesPay() {
            for (String scale : List.of("MEDIUM", "LARGE")) {
                FeeResult r = run(bdc().scale(scale));
                assertThat(r.firedRules()).doesNotContain("national.fee.exempt-enterprise-scale");
                assertThat(r.decision().getAmountYuan()).isEqualTo(yuan("80.00"));
            }
        }

        @Test
        void aMicroEnterpriseStillPaysForTheSecondCertificate() {
            // 2559号 exempts 小微企业 from the 登记费, not from the 证书工本费.
            assertThat(run(bdc().scale("MICRO").certificates(2)).decision().getAmountYuan()).isEqualTo(yuan("10.00"));
        }

        @Test
        void affordableHousingPaysNothing() {
            FeeResult r = run(bdc().housing("PUBLIC_RENTAL"));
            assertThat(r.firedRules()).contains("national.fee.exempt-housing-type");
            assertThat(r.decision().getAmountYuan()).isEqualTo(yuan("0.00"));
            assertThat(r.decision().getExemptions()).extracting(FeeDecision.Relief::reason)
                    .anyMatch(x -> x.startsWith("廉租住房、公共租赁住房、经济适用住房和棚户区改造安置住房"));
        }

        @Test
        void commodityHousingPays() {
            FeeResult r = run(bdc().housing("COMMODITY"));
            assertThat(r.firedRules()).doesNotContain("national.fee.exempt-housing-type");
            assertThat(r.decision().getAmountYuan()).isEqualTo(yuan("80.00"));
        }

        @Test
        void oneWholeExemptionIsEnough() {
            FeeResult r = run(bdc().scale("MICRO").housing("LOW_RENT"));
            assertThat(r.decision().getExemptions()).filteredOn(e -> e.fee().equals("BDC-RESIDENTIAL")).hasSize(1);
        }

        @Test
        void theFirstCertificateIsFree() {
            FeeResult r = run(bdc());
            assertThat(r.firedRules()).contains("national.fee.first-units-free");
            assertThat(r.decision().getItems()).filteredOn(i -> i.getFee().equals("BDC-CERT-EXTRA"))
                    .singleElement().satisfies(i -> assertThat(i.getChargedUnits()).isZero());
        }
    }

    @Nested
    class Reductions {
        @Test
        void partitionBySameHolderIsHalved() {
            FeeResult r = run(bdc().reason("SAME_HOLDER_PARTITION"));
            assertThat(r.firedRules()).contains("national.fee.reduce-registration-reason");
            assertThat(r.decision().getAmountYuan()).isEqualTo(yuan("40.00"));
            assertThat(r.decision().getExemptions()).extracting(FeeDecision.Relief::reason)
                    .contains("同一权利人因分割、合并不动产申请变更登记减半收取");
        }

        @Test
        void anotherReasonIsNotReduced() {
            FeeResult r = run(bdc().reason("OTHER"));
            assertThat(r.firedRules()).doesNotContain("national.fee.reduce-registration-reason");
            assertThat(r.decision().getAmountYuan()).isEqualTo(yuan("80.00"));
        }

        @Test
        void anExemptedFeeIsNotReducedToo() {
            FeeResult r = run(bdc().scale("MICRO").reason("SAME_HOLDER_MERGER"));
            assertThat(r.firedRules()).doesNotContain("national.fee.reduce-registration-reason");
            assertThat(r.decision().getAmountYuan()).isEqualTo(yuan("0.00"));
        }
    }

    @Nested
    class LicenceNeedsLaw {
        @Test
        void aLicenceFeeOnAGuidanceBasisIsNotCharged() {
            FeeResult r = runEdited(q(YINCHUAN, "YC-SGXK-002", JAN_15_2026).certificates(2));
            assertThat(r.firedRules()).contains("national.fee.licence-needs-law");
            assertThat(r.decision().isLawful()).isFalse();
            assertThat(r.decision().getAmountYuan()).isEqualTo(yuan("0.00"));
            assertThat(r.decision().getItems()).allSatisfy(i -> assertThat(i.getAmountYuan()).isEqualTo(yuan("0.00")));
            assertThat(clauses(r)).contains(ART_58).doesNotContain(YC_33, ART_59);
            assertThat(reason(r, "national.fee.licence-needs-law").basis()).isEqualTo("TEXT");
            assertThat(texts(r)).anyMatch(t -> t.contains("不是法律、行政法规，不得收取"));
            assertThat(r.decision().getPaymentMethods()).isEmpty();
        }

        @Test
        void aFreeFirstCertificateIsNoChargeTheLawMustStop() {
            FeeResult r = runEdited(q(YINCHUAN, "YC-SGXK-002", JAN_15_2026));
            assertThat(r.decision().getReasons()).filteredOn(x -> x.rule().equals("national.fee.licence-needs-law"))
                    .singleElement().satisfies(x -> assertThat(x.text()).contains("不动产登记费（非住宅）"));
            assertThat(r.decision().getItems()).filteredOn(i -> i.getFee().equals("BDC-CERT-EXTRA"))
                    .singleElement().satisfies(i -> assertThat(i.isLawful()).isTrue());
        }

        @Test
        void aLicenceFeeOnAnAdministrativeRegulationIsCharged() {
            FeeResult r = runEdited(q(XINXIANG, "XX-SGXK-002", JAN_15_2026));
            assertThat(r.firedRules()).doesNotContain("national.fee.licence-needs-law");
            assertThat(r.decision().isLawful()).isTrue();
            assertThat(r.decision().getAmountYuan()).isEqualTo(yuan("25.50"));
        }

        @Test
        void aConfirmationMatterIsNotALicence() {
            FeeResult r = run(bdc());
            assertThat(r.firedRules()).doesNotContain("national.fee.licence-needs-law", "national.fee.licence-per-law");
            assertThat(r.decision().isLawful()).isTrue();
        }
    }

    @Nested
    class LicencePerLaw {
        @Test
        void aLicenceFeeALawProvidesIsChargedByThePublishedStandardUnderArticle59() {
            FeeResult r = runEdited(q(XINXIANG, "XX-SGXK-002", JAN_15_2026));
            assertThat(r.firedRules()).contains("national.fee.licence-per-law");
            assertThat(clauses(r)).contains(ART_59).doesNotContain(ART_58);
            FeeDecision.Reason x = reason(r, "national.fee.licence-per-law");
            assertThat(x.basis()).isEqualTo("TEXT");
            assertThat(x.list().row()).isEqualTo("TEST-LICENCE-LAW");
            assertThat(x.text()).contains("行政法规").contains("按照公布的法定项目和标准收费").contains("25.50 元/件");
        }

        @Test
        void notCitedForAFeeBelowTheLawNorForAConfirmationNorForALicenceWithoutFee() {
            assertThat(runEdited(q(YINCHUAN, "YC-SGXK-002", JAN_15_2026)).firedRules())
                    .doesNotContain("national.fee.licence-per-law");
            assertThat(clauses(run(bdc()))).doesNotContain(ART_59);
            assertThat(run(q(YINCHUAN, "YC-SPJY-001", JAN_15_2026)).firedRules())
                    .doesNotContain("national.fee.licence-per-law");
        }
    }

    @Nested
    class Yinchuan33 {
        @Test
        void namesBasisAndStandardReceiptAndPaymentMethods() {
            FeeResult r = run(bdc());
            assertThat(r.firedRules()).contains("yinchuan.fee.publish-basis", "yinchuan.fee.receipt-and-payment");
            assertThat(r.decision().getReasons()).filteredOn(x -> YC_33.equals(x.clause()))
                    .extracting(FeeDecision.Reason::text)
                    .anyMatch(t -> t.contains(BASIS_2559) && t.contains("80.00 元/件"))
                    .anyMatch(t -> t.contains("合法凭证") && t.contains("现金、银行卡、电子支付"));
            assertThat(r.decision().getPaymentMethods()).containsExactly("CASH", "BANK_CARD", "E_PAYMENT");
        }

        @Test
        void notCitedTheDayBeforeItTakesEffect() {
            FeeResult r = run(q(YINCHUAN, "YC-BDC-003", LocalDate.of(2025, 11, 30)));
            assertThat(clauses(r)).doesNotContain(YC_33);
            assertThat(r.decision().getAmountYuan()).isEqualTo(yuan("80.00"));
            assertThat(r.decision().getPaymentMethods()).isEmpty();
        }

        @Test
        void citedOnTheDayItTakesEffect() {
            assertThat(clauses(run(q(YINCHUAN, "YC-BDC-003", LocalDate.of(2025, 12, 1))))).contains(YC_33);
        }

        @Test
        void nothingToPayMeansNoReceiptAndNoPaymentMethods() {
            FeeResult r = run(bdc().scale("MICRO"));
            assertThat(r.firedRules()).contains("yinchuan.fee.publish-basis")
                    .doesNotContain("yinchuan.fee.receipt-and-payment");
        }

        @Test
        void aMatterWithoutFeeHasNothingToPublish() {
            assertThat(run(q(YINCHUAN, "YC-SPJY-001", JAN_15_2026)).firedRules())
                    .doesNotContain("yinchuan.fee.publish-basis", "yinchuan.fee.receipt-and-payment",
                            "yinchuan.fee.receipt-online");
        }

        @Test
        void onlineTheReceiptIsOwedButNotTheCountersPaymentMethods() {
            FeeResult r = run(bdc().online());
            assertThat(r.decision().getAmountYuan()).isEqualTo(yuan("80.00"));
            assertThat(r.firedRules()).contains("yinchuan.fee.publish-basis", "yinchuan.fee.receipt-online")
                    .doesNotContain("yinchuan.fee.receipt-and-payment");
            assertThat(r.decision().getPaymentMethods()).isEmpty();
            FeeDecision.Reason x = reason(r, "yinchuan.fee.receipt-online");
            assertThat(x.clause()).isEqualTo(YC_33);
            assertThat(x.basis()).isEqualTo("TEXT");
            assertThat(x.text()).contains("合法凭证").contains("线下办理").contains("在线办理，不适用");
        }

        @Test
        void atTheWindowTheOnlineRuleIsSilent() {
            assertThat(run(bdc()).firedRules()).doesNotContain("yinchuan.fee.receipt-online");
            assertThat(run(bdc().online().scale("MICRO")).firedRules()).doesNotContain("yinchuan.fee.receipt-online");
            assertThat(run(q(YINCHUAN, "YC-BDC-003", LocalDate.of(2025, 11, 30)).online()).firedRules())
                    .doesNotContain("yinchuan.fee.receipt-online");
        }
    }

    @Nested
    class Xinxiang29 {
        @Test
        void namesBasisAndStandardReceiptAndPaymentMethods() {
            FeeResult r = runEdited(q(XINXIANG, "XX-SGXK-002", JAN_15_2026));
            assertThat(r.firedRules()).contains("xinxiang.fee.publish-basis", "xinxiang.fee.receipt-and-payment");
            assertThat(clauses(r)).contains(XX_29).doesNotContain(YC_33);
            assertThat(r.decision().getPaymentMethods()).containsExactly("CASH", "BANK_CARD", "E_PAYMENT");
        }

        @Test
        void notCitedBeforeItTakesEffect() {
            FeeResult r = runEdited(q(XINXIANG, "XX-SGXK-002", LocalDate.of(2024, 2, 29)));
            assertThat(clauses(r)).doesNotContain(XX_29);
            assertThat(r.decision().getAmountYuan()).isEqualTo(yuan("25.50"));
        }

        @Test
        void aSampleXinxiangMatterHasNoFee() {
            FeeResult r = run(q(XINXIANG, "XX-GTGS-004", JAN_15_2026));
            assertThat(r.firedRules()).containsExactly("national.fee.licence-no-fee");
        }

        @Test
        void onlineNoPaymentMethodsButTheReceipt() {
            FeeResult r = runEdited(q(XINXIANG, "XX-SGXK-002", JAN_15_2026).online());
            assertThat(r.firedRules()).contains("xinxiang.fee.publish-basis", "xinxiang.fee.receipt-online")
                    .doesNotContain("xinxiang.fee.receipt-and-payment");
            assertThat(r.decision().getPaymentMethods()).isEmpty();
            assertThat(reason(r, "xinxiang.fee.receipt-online").text()).contains("线下办理");
            assertThat(runEdited(q(XINXIANG, "XX-SGXK-002", JAN_15_2026)).firedRules())
                    .doesNotContain("xinxiang.fee.receipt-online");
        }
    }

    @Nested
    class YinchuanDraft31 {
        final Instrument draft = rs.instruments().stream().filter(i -> i.id().equals("yinchuan-draft-2025"))
                .findFirst().orElseThrow();

        @Test
        void neverAppliesToARealDecision() {
            assertThat(run(bdc()).firedRules()).noneMatch(id -> id.startsWith("yinchuan-draft."));
        }

        @Test
        void aWhatIfUnderTheDraftCitesItsArticle() {
            FeeResult r = engine.evaluate(rs, bdc().query(), whatIf());
            assertThat(r.firedRules()).contains("yinchuan-draft.fee.publish-basis", "yinchuan-draft.fee.receipt-and-payment")
                    .doesNotContain("yinchuan-draft.fee.receipt-online");
            assertThat(clauses(r)).contains("银川市政务服务管理办法（草案） 第三十一条").doesNotContain(YC_33);
            assertThat(r.decision().getPaymentMethods()).containsExactly("CASH", "BANK_CARD", "E_PAYMENT");
        }

        @Test
        void aWhatIfOnlineUnderTheDraftOffersNoCounterMethods() {
            FeeResult r = engine.evaluate(rs, bdc().online().query(), whatIf());
            assertThat(r.firedRules()).contains("yinchuan-draft.fee.receipt-online")
                    .doesNotContain("yinchuan-draft.fee.receipt-and-payment");
            assertThat(r.decision().getPaymentMethods()).isEmpty();
        }

        /** The national instruments with the draft in place of the measures. */
        List<Instrument> whatIf() {
            List<Instrument> whatIf = rs.instruments().stream()
                    .filter(i -> List.of("national-administrative-licensing-law", "national-online-services-2019")
                            .contains(i.id()))
                    .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
            whatIf.add(draft);
            return whatIf;
        }
    }

    @Nested
    class Tables {
        @TempDir
        Path tmp;

        List<Problem> problemsOf(RulesFolder f) {
            RuleSetException e = catchThrowableOfType(RuleSetException.class, f::load);
            assertThat(e).as("the folder is refused").isNotNull();
            return e.getProblems();
        }

        @Test
        void readsTheReferenceStandards() {
            FeeTables t = rs.table(FeeTables.class);
            assertThat(t.standards()).extracting(s -> s.code(), s -> s.amountYuan(), s -> s.unit(), s -> s.basisLevel())
                    .containsExactly(tuple("BDC-RESIDENTIAL", yuan("80.00"), "件", "规范性文件"),
                            tuple("BDC-NONRESIDENTIAL", yuan("550.00"), "件", "规范性文件"),
                            tuple("BDC-CERT-EXTRA", yuan("10.00"), "本", "规范性文件"));
            assertThat(t.standards()).allSatisfy(s -> assertThat(s.basis())
                    .isEqualTo("《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）"));
        }

        @Test
        void aBadAmountIsReportedAtItsRow() {
            RulesFolder f = RulesFolder.copyOfSample(tmp).edit("national/fees/fee-standards.csv",
                    s -> s.replace("件,550,", "件,五百五十,"));
            assertThat(problemsOf(f)).anySatisfy(p -> {
                assertThat(p.file()).isEqualTo("national/fees/fee-standards.csv");
                assertThat(p.line()).isEqualTo(3);
                assertThat(p.message()).contains("amount_yuan");
            });
        }

        @Test
        void anUnknownBasisLevelIsReportedAtItsRow() {
            RulesFolder f = RulesFolder.copyOfSample(tmp).edit("national/fees/fee-standards.csv",
                    s -> s.replace("2559号）,规范性文件\nBDC-NONRESIDENTIAL", "2559号）,通知\nBDC-NONRESIDENTIAL"));
            assertThat(problemsOf(f)).anySatisfy(p -> {
                assertThat(p.toString()).startsWith("national/fees/fee-standards.csv:2:");
                assertThat(p.message()).contains("basis_level");
            });
        }

        @Test
        void anExemptionValueNoRequestCanNameIsReported() {
            RulesFolder f = RulesFolder.copyOfSample(tmp).edit("national/fees/fee-exemptions.csv",
                    s -> s.replace("SMALL|MICRO", "SMALL|TINY"));
            assertThat(problemsOf(f)).anySatisfy(p -> {
                assertThat(p.toString()).startsWith("national/fees/fee-exemptions.csv:2:");
                assertThat(p.message()).contains("TINY");
            });
        }

        @Test
        void aMatterNamingAnUndefinedFeeIsReportedAtItsCatalogRow() {
            RulesFolder f = RulesFolder.copyOfSample(tmp).edit("ningxia/yinchuan/catalog/matters.csv",
                    s -> s.replace("BDC-RESIDENTIAL", "BDC-RESIDENTAL"));
            assertThat(problemsOf(f)).anySatisfy(p -> {
                assertThat(p.toString()).startsWith("ningxia/yinchuan/catalog/matters.csv:4:");
                assertThat(p.message()).contains("BDC-RESIDENTAL");
            });
        }

        @Test
        void aReductionShareOutsideZeroAndOneIsReported() {
            RulesFolder f = RulesFolder.copyOfSample(tmp).edit("national/fees/fee-reductions.csv",
                    s -> s.replaceFirst(",0.5,", ",1.5,"));
            assertThat(problemsOf(f)).anySatisfy(p -> assertThat(p.toString())
                    .startsWith("national/fees/fee-reductions.csv:2:").contains("payable_share"));
        }
    }

    @Test
    void everyFeeRuleIsCoveredByThisClass() {
        RulesNamedInTests.assertEveryRuleNamed(rs, id -> id.contains(".fee."), getClass());
    }

    @Test
    void theLicensingLawsFeeRulesAskForALicenceAndTheListRulesRestOnTheStandard() {
        // 行政许可法 governs 行政许可 matters only; what the published standard says is LIST under 716号 第四条.
        assertThat(rs.rules()).filteredOn(r -> r.id().contains(".fee.") && r.clause().startsWith(LAW))
                .extracting(RuleInfo::id)
                .containsExactlyInAnyOrder("national.fee.licence-needs-law", "national.fee.licence-per-law",
                        "national.fee.licence-no-fee");
        assertThat(rs.rules()).filteredOn(r -> r.id().contains(".fee.") && r.clause().equals(OS_4))
                .hasSize(9)
                .allSatisfy(r -> assertThat(org.zwfw.lawbook.Basis.of(rs.kieBase().getRule(r.packageName(), r.name())
                        .getMetaData()).kind()).isEqualTo("LIST"));
    }
}
