-- Applications: form definitions (data, versioned), the form a call pins, applications with consortium partners,
-- budgets, attachments (bytea + SHA-256), immutable submissions with receipts, screening history.

create table app_form_definition (
    id          uuid primary key,
    code        varchar(60) not null check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    version     integer not null check (version >= 1),
    definition  text not null,
    created_at  timestamptz not null,
    unique (code, version)
);

-- the form version a call pins, and its attachment size limit (kept here: the catalogue has no such fields)
create table app_call_settings (
    call_id              uuid primary key references funding_call (id),
    form_id              uuid not null references app_form_definition (id),
    max_attachment_bytes bigint not null check (max_attachment_bytes > 0 and max_attachment_bytes <= 26214400)
);

-- the aid rule set and de minimis nature of a programme (the catalogue's programme has no such field)
create table app_programme_aid (
    programme_id uuid primary key references programme (id),
    rule_set     varchar(20) not null check (rule_set in ('GBER_ART25', 'FLEMISH_RD')),
    de_minimis   boolean not null default false
);

create sequence app_receipt_seq start 1;

create table application (
    id                   uuid primary key,
    call_id              uuid not null references funding_call (id),
    form_id              uuid not null references app_form_definition (id),
    title                varchar(250) not null,
    form_data            text not null default '{}',
    status               varchar(12) not null check (status in ('DRAFT', 'SUBMITTED')),
    ethics_personal_data boolean,
    ethics_dual_use      boolean,
    ethics_environment   boolean,
    ethics_animals       boolean,
    ethics_humans        boolean,
    screening            varchar(16) not null default 'PENDING'
                         check (screening in ('PENDING', 'ADMISSIBLE', 'NOT_ADMISSIBLE')),
    screening_reason     text,
    created_by           uuid not null,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    updated_by           uuid,
    version              bigint not null default 0,
    check (screening <> 'NOT_ADMISSIBLE' or screening_reason is not null)
);
create index application_call on application (call_id, status);

create table application_partner (
    id               uuid primary key,
    application_id   uuid not null references application (id) on delete cascade,
    organisation_id  uuid references organisation (id),
    org_name         varchar(250),
    org_type         varchar(20),
    org_size         varchar(10) check (org_size in ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')),
    org_in_brussels  boolean,
    org_number       varchar(10),
    role             varchar(12) not null check (role in ('COORDINATOR', 'PARTNER')),
    partner_role     varchar(250),
    invited_email    varchar(254),
    invitation_token varchar(64) unique,
    status           varchar(10) not null check (status in ('INVITED', 'ACCEPTED')),
    overhead_rate    numeric(5, 2) not null default 0 check (overhead_rate >= 0 and overhead_rate <= 25),
    version          bigint not null default 0,
    check (status = 'INVITED' or (organisation_id is not null and org_name is not null and org_type is not null)),
    check (role = 'PARTNER' or status = 'ACCEPTED')
);
create unique index application_partner_org on application_partner (application_id, organisation_id)
    where organisation_id is not null;
create unique index application_one_coordinator on application_partner (application_id) where role = 'COORDINATOR';

create table budget_line (
    id         uuid primary key,
    partner_id uuid not null references application_partner (id) on delete cascade,
    year       integer not null check (year between 2000 and 2100),
    work_type  varchar(30) not null check (work_type in ('FUNDAMENTAL_RESEARCH', 'INDUSTRIAL_RESEARCH',
               'EXPERIMENTAL_DEVELOPMENT', 'FEASIBILITY_STUDY', 'INNOVATION', 'NON_ECONOMIC')),
    category   varchar(20) not null check (category in ('PERSONNEL', 'SUBCONTRACTING', 'EQUIPMENT', 'OTHER_DIRECT')),
    amount     numeric(15, 2) not null check (amount >= 0),
    unique (partner_id, year, work_type, category)
);

create table application_attachment (
    id             uuid primary key,
    application_id uuid not null references application (id) on delete cascade,
    field_key      varchar(60) not null,
    file_name      varchar(250) not null,
    content_type   varchar(100) not null,
    size_bytes     bigint not null check (size_bytes > 0),
    sha256         varchar(64) not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content        bytea not null,
    uploaded_by    uuid not null,
    uploaded_at    timestamptz not null
);
create index application_attachment_app on application_attachment (application_id);

-- immutable: one per application, one per idempotency key
create table application_submission (
    id               uuid primary key,
    application_id   uuid not null unique references application (id),
    idempotency_key  varchar(100) not null unique,
    receipt_number   varchar(30) not null unique,
    submitted_at     timestamptz not null,
    submitted_by     uuid not null,
    form_id          uuid not null references app_form_definition (id),
    snapshot         text not null,
    snapshot_sha256  varchar(64) not null check (snapshot_sha256 ~ '^[0-9a-f]{64}$'),
    eligibility      text not null,
    receipt_pdf      bytea not null
);

create table application_screening (
    id             uuid primary key,
    application_id uuid not null references application (id),
    outcome        varchar(16) not null check (outcome in ('ADMISSIBLE', 'NOT_ADMISSIBLE')),
    reason         text,
    decided_by     uuid not null,
    decided_at     timestamptz not null,
    check (outcome = 'ADMISSIBLE' or reason is not null)
);
create index application_screening_app on application_screening (application_id, decided_at);

create table application_aud (
    id                   uuid not null,
    rev                  bigint not null references audit_revision (id),
    revtype              smallint,
    call_id              uuid,
    form_id              uuid,
    title                varchar(250),
    form_data            text,
    status               varchar(12),
    ethics_personal_data boolean,
    ethics_dual_use      boolean,
    ethics_environment   boolean,
    ethics_animals       boolean,
    ethics_humans        boolean,
    screening            varchar(16),
    screening_reason     text,
    created_by           uuid,
    created_at           timestamptz,
    updated_at           timestamptz,
    updated_by           uuid,
    primary key (id, rev)
);

create table application_partner_aud (
    id               uuid not null,
    rev              bigint not null references audit_revision (id),
    revtype          smallint,
    application_id   uuid,
    organisation_id  uuid,
    org_name         varchar(250),
    org_type         varchar(20),
    org_size         varchar(10),
    org_in_brussels  boolean,
    org_number       varchar(10),
    role             varchar(12),
    partner_role     varchar(250),
    invited_email    varchar(254),
    invitation_token varchar(64),
    status           varchar(10),
    overhead_rate    numeric(5, 2),
    primary key (id, rev)
);

create table budget_line_aud (
    id         uuid not null,
    rev        bigint not null references audit_revision (id),
    revtype    smallint,
    partner_id uuid,
    year       integer,
    work_type  varchar(30),
    category   varchar(20),
    amount     numeric(15, 2),
    primary key (id, rev)
);
