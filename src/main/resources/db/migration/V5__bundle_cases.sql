-- 一件事一次办: one case for a bundle. case_file.matter_code holds the bundle's code and bundle_code says it is one;
-- its matters, each with the outcome of its own decision, are rows of case_matter.
alter table case_file add column bundle_code varchar(100);

create table case_matter (
    case_id     varchar(40)  not null references case_file (case_id),
    position    integer      not null,
    matter_code varchar(100) not null,
    outcome     varchar(40)  not null,
    primary key (case_id, position)
);
