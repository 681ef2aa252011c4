-- Evaluation: expert pool, criteria sets (versioned), per-call evaluation settings, applications registered for
-- evaluation, conflict-of-interest declarations, assignments, scorecards with a justification per criterion,
-- consensus scores, committee decisions.

create table evaluation_expert (
    id                         uuid primary key,
    user_id                    uuid unique references user_account (id),
    email                      varchar(254) not null unique,
    name                       varchar(200) not null,
    kind                       varchar(20) not null check (kind in ('INTERNAL_ADVISER', 'EXTERNAL_EXPERT', 'JURY_MEMBER')),
    gender                     varchar(10) not null check (gender in ('FEMALE', 'MALE', 'OTHER')),
    languages                  varchar(60) not null check (languages <> ''),
    keywords                   text not null default '',
    domains                    varchar(300) not null default '',
    organisation_name          varchar(250),
    organisation_number        varchar(10) check (organisation_number ~ '^[01][0-9]{9}$'),
    past_organisation_numbers  text not null default '',
    declared_relation_numbers  text not null default '',
    available                  boolean not null default true,
    max_load                   integer not null check (max_load between 0 and 200),
    updated_at                 timestamptz not null,
    version                    bigint not null default 0
);

create table evaluation_expert_aud (
    id                         uuid not null,
    rev                        bigint not null references audit_revision (id),
    revtype                    smallint,
    user_id                    uuid,
    email                      varchar(254),
    name                       varchar(200),
    kind                       varchar(20),
    gender                     varchar(10),
    languages                  varchar(60),
    keywords                   text,
    domains                    varchar(300),
    organisation_name          varchar(250),
    organisation_number        varchar(10),
    past_organisation_numbers  text,
    declared_relation_numbers  text,
    available                  boolean,
    max_load                   integer,
    updated_at                 timestamptz,
    primary key (id, rev)
);

create table evaluation_criteria_set (
    id          uuid primary key,
    reference   varchar(60) not null,
    version     integer not null check (version >= 1),
    created_at  timestamptz not null,
    unique (reference, version)
);

create table evaluation_criterion (
    criteria_set_id uuid not null references evaluation_criteria_set (id) on delete cascade,
    position        integer not null,
    code            varchar(40) not null,
    name_fr         varchar(200) not null,
    name_nl         varchar(200) not null,
    name_en         varchar(200),
    weight          numeric(7, 2) not null check (weight > 0),
    scale_min       integer not null,
    scale_max       integer not null,
    threshold       integer,
    primary key (criteria_set_id, position),
    unique (criteria_set_id, code),
    check (scale_min < scale_max),
    check (threshold is null or threshold between scale_min and scale_max)
);

-- the standard RDI criteria (DOMAIN.md §3.4), version 1, are created by the application (EvaluationService.standardCriteria)
-- when a call is first configured.

-- per call: k reviews per application, the pinned criteria set, the disagreement threshold, the conflict window
create table evaluation_call (
    call_id               uuid primary key references funding_call (id),
    reviews_per_application integer not null check (reviews_per_application between 1 and 10),
    criteria_set_id       uuid not null references evaluation_criteria_set (id),
    disagreement_spread   numeric(4, 2) not null check (disagreement_spread > 0),
    co_application_years  integer not null check (co_application_years between 0 and 20),
    updated_at            timestamptz not null,
    version               bigint not null default 0
);

create table evaluation_call_aud (
    call_id               uuid not null,
    rev                   bigint not null references audit_revision (id),
    revtype               smallint,
    reviews_per_application integer,
    criteria_set_id       uuid,
    disagreement_spread   numeric(4, 2),
    co_application_years  integer,
    updated_at            timestamptz,
    primary key (call_id, rev)
);

-- a submitted application registered for evaluation (on ApplicationSubmitted): what the assignment needs
create table evaluation_application (
    application_id    uuid primary key references application (id),
    call_id           uuid not null references funding_call (id),
    receipt_number    varchar(40),
    title             varchar(250) not null,
    coordinator_name  varchar(250),
    language          varchar(2) not null check (language in ('fr', 'nl', 'en')),
    keywords          text not null default '',
    domains           varchar(300) not null default '',
    partner_keys      text not null default '',
    requested_amount  numeric(15, 2) not null check (requested_amount >= 0),
    proposed_amount   numeric(15, 2) check (proposed_amount >= 0),
    registered_at     timestamptz not null,
    version           bigint not null default 0
);
create index evaluation_application_call on evaluation_application (call_id);

create table evaluation_application_aud (
    application_id    uuid not null,
    rev               bigint not null references audit_revision (id),
    revtype           smallint,
    call_id           uuid,
    receipt_number    varchar(40),
    title             varchar(250),
    coordinator_name  varchar(250),
    language          varchar(2),
    keywords          text,
    domains           varchar(300),
    partner_keys      text,
    requested_amount  numeric(15, 2),
    proposed_amount   numeric(15, 2),
    registered_at     timestamptz,
    primary key (application_id, rev)
);

create table evaluation_assignment (
    id              uuid primary key,
    application_id  uuid not null references evaluation_application (application_id),
    expert_id       uuid not null references evaluation_expert (id),
    affinity        integer not null check (affinity >= 0),
    manual          boolean not null default false,
    assigned_at     timestamptz not null,
    unique (application_id, expert_id)
);
create index evaluation_assignment_expert on evaluation_assignment (expert_id);

create table evaluation_assignment_aud (
    id              uuid not null,
    rev             bigint not null references audit_revision (id),
    revtype         smallint,
    application_id  uuid,
    expert_id       uuid,
    affinity        integer,
    manual          boolean,
    assigned_at     timestamptz,
    primary key (id, rev)
);

-- declared before the content is shown; immutable
create table evaluation_declaration (
    id              uuid primary key,
    application_id  uuid not null references evaluation_application (application_id),
    expert_id       uuid not null references evaluation_expert (id),
    conflicted      boolean not null,
    reason          text,
    declared_at     timestamptz not null,
    unique (application_id, expert_id),
    check (not conflicted or (reason is not null and length(trim(reason)) > 0))
);

create table evaluation_scorecard (
    id               uuid primary key,
    application_id   uuid not null references evaluation_application (application_id),
    expert_id        uuid not null references evaluation_expert (id),
    criteria_set_id  uuid not null references evaluation_criteria_set (id),
    submitted_at     timestamptz,
    updated_at       timestamptz not null,
    version          bigint not null default 0,
    unique (application_id, expert_id)
);

create table evaluation_scorecard_aud (
    id               uuid not null,
    rev              bigint not null references audit_revision (id),
    revtype          smallint,
    application_id   uuid,
    expert_id        uuid,
    criteria_set_id  uuid,
    submitted_at     timestamptz,
    updated_at       timestamptz,
    primary key (id, rev)
);

create table evaluation_score (
    id              uuid primary key,
    scorecard_id    uuid not null references evaluation_scorecard (id) on delete cascade,
    criterion_code  varchar(40) not null,
    score           integer not null,
    justification   text not null check (length(trim(justification)) > 0),
    unique (scorecard_id, criterion_code)
);

create table evaluation_score_aud (
    id              uuid not null,
    rev             bigint not null references audit_revision (id),
    revtype         smallint,
    scorecard_id    uuid,
    criterion_code  varchar(40),
    score           integer,
    justification   text,
    primary key (id, rev)
);

-- the lead adviser's consensus score on a criterion (replaces the experts' mean)
create table evaluation_consensus (
    id              uuid primary key,
    application_id  uuid not null references evaluation_application (application_id),
    criterion_code  varchar(40) not null,
    score           integer not null,
    recorded_by     uuid not null,
    recorded_at     timestamptz not null,
    unique (application_id, criterion_code)
);

-- committee decision: recorded by the programme officer, approved by the committee (then final, event published)
create table evaluation_decision (
    id               uuid primary key,
    application_id   uuid not null unique references evaluation_application (application_id),
    call_id          uuid not null references funding_call (id),
    outcome          varchar(10) not null check (outcome in ('FUND', 'RESERVE', 'REJECT')),
    amount           numeric(15, 2),
    reason           text,
    against_line     boolean not null default false,
    recorded_by      uuid not null,
    recorded_at      timestamptz not null,
    approved_by      uuid,
    approved_at      timestamptz,
    version          bigint not null default 0,
    check (outcome <> 'FUND' or amount > 0),
    check (not against_line or (reason is not null and length(trim(reason)) > 0)),
    check ((approved_by is null) = (approved_at is null))
);

create table evaluation_decision_aud (
    id               uuid not null,
    rev              bigint not null references audit_revision (id),
    revtype          smallint,
    application_id   uuid,
    call_id          uuid,
    outcome          varchar(10),
    amount           numeric(15, 2),
    reason           text,
    against_line     boolean,
    recorded_by      uuid,
    recorded_at      timestamptz,
    approved_by      uuid,
    approved_at      timestamptz,
    primary key (id, rev)
);
