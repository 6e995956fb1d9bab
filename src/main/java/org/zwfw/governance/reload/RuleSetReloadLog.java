package org.zwfw.governance.reload;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only log of rule set reloads: who, when, on which replica, the version before and after, the outcome and
 * any problems.
 */
@Repository
public class RuleSetReloadLog {

    public record Entry(long id, OffsetDateTime requestedAt, String caller, String trigger, String oldVersion,
                        String newVersion, String outcome, List<String> problems, String replica) {}

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    private final ReplicaIdentity replica;

    public RuleSetReloadLog(JdbcClient jdbc) {
        this(jdbc, null);
    }

    @Autowired
    public RuleSetReloadLog(JdbcClient jdbc, ReplicaIdentity replica) {
        this.jdbc = jdbc;
        this.replica = replica;
    }

    public void append(String caller, String trigger, String oldVersion, String newVersion, String outcome,
                       List<String> problems) {
        jdbc.sql("""
                        insert into ruleset_reload_audit (requested_at, caller, trigger_kind, old_version, new_version,
                            outcome, problems, replica)
                        values (:at, :caller, :trigger, :old, :new, :outcome, :problems, :replica)""")
                .param("at", OffsetDateTime.now(ZoneOffset.UTC)).param("caller", caller).param("trigger", trigger)
                .param("old", oldVersion).param("new", newVersion).param("outcome", outcome)
                .param("problems", json.writeValueAsString(problems))
                .param("replica", replica == null ? null : replica.name()).update();
    }

    /** The newest reloads first. */
    public List<Entry> recent(int limit) {
        return jdbc.sql("select * from ruleset_reload_audit order by id desc limit " + Math.max(1, Math.min(limit, 1000)))
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getObject("requested_at", OffsetDateTime.class),
                        rs.getString("caller"), rs.getString("trigger_kind"), rs.getString("old_version"),
                        rs.getString("new_version"), rs.getString("outcome"),
                        json.readValue(rs.getString("problems"), new TypeReference<List<String>>() {}),
                        rs.getString("replica")))
                .list();
    }
}
