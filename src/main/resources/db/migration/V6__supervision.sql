-- Supervision (domain.md §7): the case clock and 好差评.
-- The two due dates a case was decided with (the promised one of the 办事指南, the legal one), kept beside the case so
-- the supervisors' question "which cases are due soon or overdue" is a range read, not a decision per case. An
-- extension moves only the legal date, from the day it was granted (legal_due_extended, extended_on); completion
-- closes the clock from its date. Reads for a past asOf use the dates in force on that day.
alter table case_file add column promised_due date;
alter table case_file add column legal_due date;
alter table case_file add column legal_due_extended date;
alter table case_file add column extended_on date;
alter table case_file add column completed_on date;

-- One jurisdiction's open cases by each due date (the query's filters; no full scan per request).
create index case_file_clock_promised on case_file (jurisdiction, promised_due);
create index case_file_clock_legal on case_file (jurisdiction, legal_due);
create index case_file_clock_extended on case_file (jurisdiction, legal_due_extended);

-- 好差评: one row per review posted by an intake system. A reviewer's identifier, if sent, is kept as a keyed hash.
create table review (
    review_id       varchar(40)  primary key,
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    jurisdiction    varchar(6)   not null,
    matter_code     varchar(100) not null,
    case_id         varchar(40),
    channel         varchar(20)  not null,
    review_date     date         not null,
    rating          varchar(20)  not null,
    real_name       boolean      not null,
    reviewer_hash   varchar(64),
    callback_due    date,
    reasons         text         not null,
    callback_on     date,
    finding         varchar(30),
    rectification   varchar(20),
    rectified_on    date,
    rectify_by      date,
    feedback_on     date,
    row_version     integer      not null
);
create index review_callback_due on review (jurisdiction, callback_due);
create index review_rectify_by on review (jurisdiction, rectify_by);
