-- Fee decisions join the audit log. kind says which question a row answers: ACCEPTANCE (every row before this
-- migration) or FEE. A fee decision has no route, and its outcome is the total payable in yuan (e.g. 90.00).
alter table decision_audit add column kind varchar(20) default 'ACCEPTANCE' not null;
alter table decision_audit alter column route drop not null;
create index decision_audit_kind on decision_audit (kind, decided_at);
