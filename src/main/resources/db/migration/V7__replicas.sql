-- Replicas of the service on one database (operators.md "Several replicas"). Each running replica keeps one row here,
-- refreshed every heartbeat: the rule set version it serves and since when, so an analyst sees which replica serves
-- which version. A replica stopped in an orderly way removes its row; one that was killed leaves it, no longer fresh.
create table service_replica (
    replica          varchar(100) primary key,
    started_at       timestamp with time zone not null,
    last_seen        timestamp with time zone not null,
    ruleset_version  varchar(64)  not null,
    ruleset_since    timestamp with time zone not null
);

-- Which replica made each reload (empty for the reloads audited before replicas were recorded). A reload on one
-- replica is followed by the others (trigger_kind REPLICA), each from its own rules folder.
alter table ruleset_reload_audit add column replica varchar(100);
