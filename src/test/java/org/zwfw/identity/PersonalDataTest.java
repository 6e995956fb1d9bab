package org.zwfw.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import tools.jackson.databind.json.JsonMapper;

/** Identifiers standing alone in free text are masked; hashes, versions, dates and other numbers are left alone. */
class PersonalDataTest {
    @Test
    void residentIdsAndCreditCodesAreMaskedWhereverTheyStand() {
        assertThat(PersonalData.mask("applicant=Applicant[type=NATURAL_PERSON, id=64010219450302123X, groups=[]]"))
                .isEqualTo("applicant=Applicant[type=NATURAL_PERSON, id=64**************3X, groups=[]]");
        assertThat(PersonalData.mask("{\"id\":\"91640100MA76A1B2CR\"}")).isEqualTo("{\"id\":\"91**************CR\"}");
        assertThat(PersonalData.mask("GET /api/v1/credit-records?subjectId=610103198804123458&reason=x"))
                .isEqualTo("GET /api/v1/credit-records?subjectId=61**************58&reason=x");
        assertThat(PersonalData.mask("old id 610103880412345 and 91640100ma76a1b2cr"))
                .isEqualTo("old id 61***********45 and 91**************cr");
        // A mistyped number (wrong check digit) is as personal as a valid one.
        assertThat(PersonalData.mask("610103198804123459,")).isEqualTo("61**************59,");
    }

    @Test
    void longerRunsHashesVersionsAndDatesAreLeftAlone() {
        String hash = "a3f1c2d4e5b6a7980112233445566778899aabbccddeeff00112233445566778";
        assertThat(PersonalData.mask(hash)).isEqualTo(hash);
        assertThat(PersonalData.mask("6101031988041234581")).isEqualTo("6101031988041234581");
        assertThat(PersonalData.mask("asOf 2026-03-02, 1234567890123 ms, case C-20260302-0001"))
                .isEqualTo("asOf 2026-03-02, 1234567890123 ms, case C-20260302-0001");
        assertThat(PersonalData.mask(null)).isNull();
    }

    @Test
    void theLogLayoutMasksMessagesAndStackTraces() {
        LoggerContext context = new LoggerContext();
        MaskingPatternLayout layout = new MaskingPatternLayout();
        layout.setContext(context);
        layout.setPattern("%m%n%ex");
        layout.start();
        LoggingEvent event = new LoggingEvent("x", context.getLogger("x"), Level.WARN, "subject {} refused",
                new IllegalStateException("no record for 91640100MA76A1B2CR"), new Object[] {"640102199003150046"});
        String line = layout.doLayout(event);
        assertThat(line).contains("subject 64**************46 refused", "no record for 91**************CR")
                .doesNotContain("640102199003150046", "91640100MA76A1B2CR");
    }

    @Test
    void structuredJsonLinesAreMaskedAndStayJson() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        // Spring Boot's structured formats read the application's Environment from the logging context.
        context.putObject(Environment.class.getName(),
                new MockEnvironment().withProperty("spring.application.name", "zwfw-rules"));
        MaskingConsoleEncoder encoder = new MaskingConsoleEncoder();
        encoder.setContext(context);
        encoder.setStructuredFormat("ecs");
        encoder.start();
        LoggingEvent event = new LoggingEvent("x", context.getLogger("x"), Level.INFO, "read {}", null,
                new Object[] {"640102199003150046"});
        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
        assertThat(line).contains("64**************46").doesNotContain("640102199003150046");
        assertThat(JsonMapper.builder().build().readTree(line).path("message").asString())
                .isEqualTo("read 64**************46");
    }
}
