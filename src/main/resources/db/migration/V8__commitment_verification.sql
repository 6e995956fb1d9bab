-- The verification duty of a 告知承诺 approval (domain.md §3): the 告知承诺事项清单 row says within how many days of the
-- decision (calendar or working) the commitment is verified; the case clock supervises it until a verification is
-- recorded. verification_required: the case is approved by commitment (its duty runs, with or without a limit on file);
-- verification_due: the date the list row's days give (null where the row states none); verified_on: the first
-- verification recorded (late ones too: the clock then shows the duty was missed).
alter table case_file add column verification_required boolean not null default false;
alter table case_file add column verification_due date;
alter table case_file add column verified_on date;

create index case_file_clock_verification on case_file (jurisdiction, verification_due);
