-- Impact: ex-post surveys (versioned definitions, instances per grant and wave, versioned answers), historic rankings
-- for the regression-discontinuity estimate.

create table impact_survey_definition (
    id          uuid primary key,
    kind        varchar(20) not null check (kind in ('BENEFICIARY', 'COMPARISON')),
    version     integer not null check (version > 0),
    questions   text not null,
    created_at  timestamptz not null,
    unique (kind, version)
);

-- Version 1 of both questionnaires is created by the application (SurveyDefinition.defaults) when first needed.

create table impact_survey (
    id                 uuid primary key,
    kind               varchar(20) not null check (kind in ('BENEFICIARY', 'COMPARISON')),
    definition_id      uuid not null references impact_survey_definition (id),
    grant_id           uuid,
    application_id     uuid,
    call_id            uuid,
    programme_id       uuid,
    organisation_id    uuid not null,
    organisation_type  varchar(40),
    domains            varchar(400) not null default '',
    reference          varchar(100),
    title              varchar(500) not null,
    amount             numeric(15, 2) not null check (amount >= 0),
    project_start      date,
    project_end        date not null,
    wave               integer not null check (wave > 0),
    opens_on           date not null,
    closes_on          date not null,
    state              varchar(20) not null check (state in ('SCHEDULED', 'OPEN', 'CLOSED')),
    invited_at         timestamptz,
    reminders_sent     integer not null default 0,
    last_reminder_on   date,
    baseline_year      integer,
    baseline_staff     numeric(12, 2),
    baseline_turnover  numeric(15, 2),
    created_at         timestamptz not null,
    version            bigint not null,
    check (closes_on > opens_on),
    check (kind = 'COMPARISON' or grant_id is not null)
);
create unique index impact_survey_grant_wave on impact_survey (grant_id, wave) where grant_id is not null;
create unique index impact_survey_comparison_wave on impact_survey (application_id, wave) where kind = 'COMPARISON';
create index impact_survey_org on impact_survey (organisation_id);
create index impact_survey_state on impact_survey (state, opens_on);

-- Answers are never overwritten: a correction is a new version.
create table impact_answer (
    id                 uuid primary key,
    survey_id          uuid not null references impact_survey (id),
    version            integer not null check (version > 0),
    answered_at        timestamptz not null,
    answered_by        uuid,
    answered_by_email  varchar(320),
    staff_fte          numeric(12, 2) check (staff_fte >= 0),
    fte_created        numeric(12, 2) check (fte_created >= 0),
    fte_kept           numeric(12, 2) check (fte_kept >= 0),
    turnover           numeric(15, 2) check (turnover >= 0),
    export_turnover    numeric(15, 2) check (export_turnover >= 0),
    private_funding    numeric(15, 2) check (private_funding >= 0),
    public_funding     numeric(15, 2) check (public_funding >= 0),
    spin_offs          integer check (spin_offs >= 0),
    patents            integer check (patents >= 0),
    publications       integer check (publications >= 0),
    dois               text,
    products_launched  integer check (products_launched >= 0),
    still_in_region    boolean,
    without_support    varchar(20) check (without_support in ('FULLY', 'SMALLER', 'LATER', 'NOT_AT_ALL')),
    comment            text,
    unique (survey_id, version)
);

-- Rankings of (possibly historic) calls: the running variable of the regression-discontinuity estimate.
create table impact_ranking (
    application_id  uuid primary key,
    call_id         uuid,
    score           numeric(8, 3) not null,
    cutoff          numeric(8, 3) not null,
    funded          boolean not null,
    imported_at     timestamptz not null
);
