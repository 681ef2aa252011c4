-- opendata: import jobs with their error reports, and the external funders' portfolios they load.

create table opendata_import_job (
    id               uuid primary key,
    format           varchar(40)  not null check (format in ('GIVING360_JSON', 'CORDIS_CSV', 'BRUSSELS_SUBSIDIES_CSV')),
    mode             varchar(20)  not null check (mode in ('ALL_OR_NOTHING', 'VALID_ROWS')),
    file_name        varchar(300) not null,
    file_size        bigint       not null check (file_size >= 0),
    status           varchar(20)  not null check (status in ('QUEUED', 'VALIDATING', 'WRITING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    rows_total       integer      not null default 0 check (rows_total >= 0),
    rows_checked     integer      not null default 0 check (rows_checked >= 0),
    rows_written     integer      not null default 0 check (rows_written >= 0),
    rows_rejected    integer      not null default 0 check (rows_rejected >= 0),
    error_count      integer      not null default 0 check (error_count >= 0),
    cancel_requested boolean      not null default false,
    outcome_key      varchar(100),
    dataset_key      varchar(200),
    created_by       varchar(200) not null,
    created_at       timestamptz  not null,
    started_at       timestamptz,
    finished_at      timestamptz
);
create index opendata_import_job_created on opendata_import_job (created_at desc);

-- the line-numbered error report (at most regia.opendata.max-stored-errors per job; error_count has the total)
create table opendata_import_error (
    id          bigint generated always as identity primary key,
    job_id      uuid         not null references opendata_import_job (id) on delete cascade,
    seq         integer      not null,
    row_number  integer,
    field       varchar(200),
    value       text,
    reason_key  varchar(100) not null,
    detail      text,
    unique (job_id, seq)
);

-- one imported file = one dataset of an external funder's portfolio; re-importing the same key replaces it
create table opendata_dataset (
    id           uuid primary key,
    dataset_key  varchar(200) not null unique,
    format       varchar(40)  not null,
    title        varchar(300) not null,
    funder_id    varchar(200),
    funder_name  varchar(300),
    source_file  varchar(300) not null,
    licence      varchar(200) not null,
    grant_count  integer      not null check (grant_count >= 0),
    total_amount numeric(18,2),
    updated_at   timestamptz  not null,
    job_id       uuid references opendata_import_job (id) on delete set null
);

create table opendata_external_grant (
    id                uuid primary key,
    dataset_id        uuid          not null references opendata_dataset (id) on delete cascade,
    row_number        integer       not null,
    identifier        varchar(300)  not null,
    title             text,
    description       text,
    funder_id         varchar(200),
    funder_name       varchar(300),
    recipient_id      varchar(200),
    recipient_name    varchar(500),
    recipient_country varchar(100),
    recipient_type    varchar(100),
    project_ref       varchar(100),
    participant_role  varchar(50),
    amount            numeric(15,2),
    currency          varchar(3)    not null,
    award_date        date,
    award_year        integer check (award_year between 1900 and 2200),
    start_date        date,
    end_date          date,
    programme         varchar(500),
    from_open_call    boolean,
    unique (dataset_id, identifier)
);
create index opendata_external_grant_dataset on opendata_external_grant (dataset_id);
create index opendata_external_grant_filters on opendata_external_grant (funder_id, award_year);
