package org.zwfw.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zwfw.ServiceTest;
import org.zwfw.acceptance.AcceptanceRequest;

/**
 * A case and its audit record land together or not at all. The audit store is made unavailable for one request by
 * taking its table away (and putting it back), in the service the other tests share.
 */
@ServiceTest
class CaseTransactionTest {
    @Autowired
    CaseService cases;

    @Autowired
    JdbcClient jdbc;

    @Test
    void whenTheAuditRecordCannotBeWrittenNoCaseIsLeftBehind() {
        int before = jdbc.sql("select count(*) from case_file").query(Integer.class).single();
        AcceptanceRequest request = new AcceptanceRequest("410700", "XX-GTGS-004", "2026-07-01", "ORDINARY",
                new AcceptanceRequest.Applicant("NATURAL_PERSON", "410702194008152347", List.of()),
                List.of(new AcceptanceRequest.MaterialEntry("M01", "PROVIDED"),
                        new AcceptanceRequest.MaterialEntry("M03", "PROVIDED")), null);
        jdbc.sql("alter table decision_audit rename to decision_audit_down").update();
        try {
            assertThatThrownBy(() -> cases.open(request, "test")).hasStackTraceContaining("decision_audit");
        } finally {
            jdbc.sql("alter table decision_audit_down rename to decision_audit").update();
        }
        assertThat(jdbc.sql("select count(*) from case_file").query(Integer.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from case_event where kind = 'OPENED' and event_date = DATE '2026-07-01'")
                .query(Integer.class).single()).isZero();
    }
}
