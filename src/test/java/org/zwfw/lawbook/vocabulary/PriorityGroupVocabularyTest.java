package org.zwfw.lawbook.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.acceptance.AcceptanceEngine;
import org.zwfw.acceptance.AcceptanceQuery;
import org.zwfw.acceptance.AcceptanceRequest;
import org.zwfw.acceptance.AcceptanceResult;
import org.zwfw.acceptance.AcceptanceValidator;
import org.zwfw.acceptance.facts.Decision;
import org.zwfw.kernel.Problem;
import org.zwfw.engine.RuleSet;
import org.zwfw.kernel.RuleSetException;
import org.zwfw.engine.RuleSetHolder;
import org.zwfw.platform.web.VocabularyOpenApi;
import org.zwfw.engine.RulesFolder;
import org.zwfw.kernel.BadRequestException;
import org.zwfw.kernel.FieldProblem;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

/**
 * A new priority group is a table edit: a row in rules/vocabulary/priority-groups.csv and in the instrument's list,
 * no Java. Checked on a copy of the sample rules with 退役军人 added to the vocabulary and to 新乡's list.
 */
class PriorityGroupVocabularyTest {
    static final LocalDate ON = LocalDate.of(2025, 12, 15);
    static final String XINXIANG_PERSON = "410702198304120030";

    @TempDir
    static Path scratch;
    static RuleSetHolder service;
    static RuleSet veteran;

    @BeforeAll
    static void load() {
        Path folder = RulesFolder.copyOfSample(scratch.resolve("veteran"))
                .appendLines("vocabulary/priority-groups.csv", "VETERAN,退役军人,依法退出现役的军人")
                .appendLines("henan/xinxiang/regulation-2024/priority-groups.csv", "VETERAN,退役军人")
                .root();
        service = new RuleSetHolder(folder.toString());
        veteran = service.current();
    }

    static AcceptanceRequest xinxiangFood(List<String> groups) {
        return new AcceptanceRequest("410700", "XX-SPJY-001", ON.toString(), null,
                new AcceptanceRequest.Applicant("NATURAL_PERSON", XINXIANG_PERSON, groups),
                List.of(new AcceptanceRequest.MaterialEntry("M01", "PROVIDED"),
                        new AcceptanceRequest.MaterialEntry("M04", "PROVIDED"),
                        new AcceptanceRequest.MaterialEntry("M05", "PROVIDED"),
                        new AcceptanceRequest.MaterialEntry("M06", "PROVIDED")), null);
    }

    @Test
    void aGroupAddedToTheVocabularyAndToXinxiangsListIsAListedGroupThere() {
        assertThat(veteran.table(Vocabulary.class).groupCodes())
                .containsExactly("MILITARY", "ELDERLY", "DISABLED", "PREGNANT", "VETERAN");
        AcceptanceQuery q = AcceptanceValidator.validate(xinxiangFood(List.of("VETERAN")), veteran, ON);
        assertThat(q.groups()).containsExactly("VETERAN");

        AcceptanceResult r = new AcceptanceEngine().evaluate(veteran, q);
        assertThat(r.firedRules()).contains("xinxiang.priority.green-channel")
                .doesNotContain("xinxiang.priority.not-named");
        assertThat(r.decision().isPriorityService()).isTrue();
        assertThat(r.decision().getReasons()).map(Decision.Reason::text)
                .anyMatch(t -> t.startsWith("申请人属于退役军人"));
    }

    @Test
    void theOpenApiEnumsAreTheCodesOfTheRuleSetInService() {
        Schema<Object> groups = new ArraySchema().items(new StringSchema());
        groups.addExtension(VocabularyOpenApi.EXTENSION, Map.of("table", "priority-groups"));
        Schema<String> type = new StringSchema();
        type.addExtension(VocabularyOpenApi.EXTENSION, Map.of("table", "applicant-types"));
        Schema<String> status = new StringSchema();
        status.addExtension(VocabularyOpenApi.EXTENSION, Map.of("table", "material-statuses"));
        OpenAPI api = new OpenAPI().components(new Components()
                .addSchemas("Applicant", new ObjectSchema().addProperty("type", type).addProperty("groups", groups))
                .addSchemas("MaterialEntry", new ObjectSchema().addProperty("status", status)));
        new VocabularyOpenApi(service).customise(api);
        assertThat(groups.getItems().getEnum()).hasToString("[MILITARY, ELDERLY, DISABLED, PREGNANT, VETERAN]");
        assertThat(type.getEnum()).containsExactly("NATURAL_PERSON", "LEGAL_PERSON");
        assertThat(status.getEnum()).containsExactly("PROVIDED", "MISSING", "NOT_LEGAL_FORM");
    }

    @Test
    void inTheSampleRulesTheSameGroupIsNotAWordAtAll() {
        RuleSet sample = RulesFolder.copyOfSample(scratch.resolve("sample")).load();
        assertThatThrownBy(() -> AcceptanceValidator.validate(xinxiangFood(List.of("VETERAN")), sample, ON))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.getErrors()).containsExactly(
                        new FieldProblem("applicant.groups[0]", "must be one of MILITARY, ELDERLY, DISABLED, PREGNANT")));
    }

    @Test
    void aGroupNotInTheVocabularyIsABadFieldNamingTheAllowedCodes() {
        assertThatThrownBy(() -> AcceptanceValidator.validate(xinxiangFood(List.of("STUDENT", "VETERAN")), veteran, ON))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.getErrors()).containsExactly(
                        new FieldProblem("applicant.groups[0]",
                                "must be one of MILITARY, ELDERLY, DISABLED, PREGNANT, VETERAN")));
    }

    @Test
    void anInstrumentListNamingAGroupOutsideTheVocabularyIsAProblemAtItsLine() {
        RulesFolder f = RulesFolder.copyOfSample(scratch.resolve("unknown"))
                .appendLines("henan/xinxiang/regulation-2024/priority-groups.csv", "VETERAN,退役军人");
        assertThatThrownBy(f::load).isInstanceOfSatisfying(RuleSetException.class, e ->
                assertThat(e.getProblems()).extracting(Problem::toString).contains(
                        "henan/xinxiang/regulation-2024/priority-groups.csv:5: group VETERAN is not a priority group of "
                                + "vocabulary/priority-groups.csv (MILITARY, ELDERLY, DISABLED, PREGNANT)"));
    }

    @Test
    void aBadVocabularyRowRejectsTheRuleSetAtItsLine() {
        RulesFolder f = RulesFolder.copyOfSample(scratch.resolve("bad"))
                .appendLines("vocabulary/priority-groups.csv", "ELDERLY,老年人,重复")
                .appendLines("vocabulary/applicant-types.csv", "INDIVIDUAL_BUSINESS,个体工商户,LICENCE_NO,")
                .appendLines("vocabulary/material-statuses.csv", "COPY,复印件,Y,");
        assertThatThrownBy(f::load).isInstanceOfSatisfying(RuleSetException.class, e ->
                assertThat(e.getProblems()).extracting(Problem::toString).contains(
                        "vocabulary/priority-groups.csv:6: code ELDERLY listed twice",
                        "vocabulary/applicant-types.csv:4: identifier must be RESIDENT_ID or CREDIT_CODE, not LICENCE_NO",
                        "vocabulary/material-statuses.csv:5: only one status counts as provided (provided=Y)"));
    }

    @Test
    void anApplicantTypeIsCheckedByTheIdentifierItsRowNames() {
        RuleSet typed = RulesFolder.copyOfSample(scratch.resolve("types"))
                .appendLines("vocabulary/applicant-types.csv", "INDIVIDUAL_BUSINESS,个体工商户,CREDIT_CODE,")
                .load();
        AcceptanceRequest asBusiness = new AcceptanceRequest("410700", "XX-SPJY-001", ON.toString(), null,
                new AcceptanceRequest.Applicant("INDIVIDUAL_BUSINESS", XINXIANG_PERSON, List.of()), List.of(), null);
        assertThatThrownBy(() -> AcceptanceValidator.validate(asBusiness, typed, ON))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.getErrors()).containsExactly(
                        new FieldProblem("applicant.id", "type mismatch: applicant.type is INDIVIDUAL_BUSINESS but "
                                + "applicant.id is a 身份证号 (a NATURAL_PERSON's identifier)")));
    }
}
