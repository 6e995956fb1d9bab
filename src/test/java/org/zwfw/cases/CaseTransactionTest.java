package org.zwfw.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.zwfw.acceptance.AcceptanceRequest;
import org.zwfw.audit.DecisionAuditLog;

/** A case and its audit record land together or not at all. */
@SpringBootTest
class CaseTransactionTest {
    @MockitoSpyBean
    DecisionAuditLog audit;

    @Autowired
    CaseService cases;

    @Autowired
    JdbcClient jdbc;

    @Test
    void whenTheAuditRecordCannotBeWrittenNoCaseIsLeftBehind() {
        doThrow(new IllegalStateException("audit store down")).when(audit)
                .append(any(org.zwfw.engine.DecisionLog.Logged.class));
        int before = jdbc.sql("select count(*) from case_file").query(Integer.class).single();
        AcceptanceRequest request = new AcceptanceRequest("410700", "XX-GTGS-004", "2026-07-01", "ORDINARY",
                new AcceptanceRequest.Applicant("NATURAL_PERSON", "410702194008152347", List.of()),
                List.of(new AcceptanceRequest.MaterialEntry("M01", "PROVIDED"),
                        new AcceptanceRequest.MaterialEntry("M03", "PROVIDED")), null);
        assertThatThrownBy(() -> cases.open(request, "test")).hasMessageContaining("audit store down");
        assertThat(jdbc.sql("select count(*) from case_file").query(Integer.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from case_event where kind = 'OPENED' and event_date = DATE '2026-07-01'")
                .query(Integer.class).single()).isZero();
    }
}
