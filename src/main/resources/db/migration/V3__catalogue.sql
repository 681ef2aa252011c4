-- Catalogue: programmes (with their innovation-journey placement), calls, equal-opportunities tests, info sessions.

create table programme (
    id              uuid primary key,
    code            varchar(80) not null unique check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_fr         varchar(200) not null,
    name_nl         varchar(200) not null,
    name_en         varchar(200),
    description_fr  text,
    description_nl  text,
    description_en  text,
    instrument_kind varchar(30) not null check (instrument_kind in
                        ('GRANT', 'VOUCHER', 'PRIZE', 'PREMIUM', 'LOAN', 'GUARANTEE', 'STRUCTURAL_FUNDING')),
    trl_min         integer check (trl_min between 1 and 9),
    trl_max         integer check (trl_max between 1 and 9),
    legal_basis     varchar(500),
    max_amount      numeric(15, 2) check (max_amount > 0),
    funding_rate    numeric(5, 2) check (funding_rate > 0 and funding_rate <= 100),
    fixed_amount    numeric(15, 2) check (fixed_amount > 0),
    active          boolean not null,
    created_at      timestamptz not null,
    version         bigint not null default 0,
    -- full text in both official languages, each with its own stemming configuration
    search_fr       tsvector generated always as (
                        setweight(to_tsvector('french', coalesce(name_fr, '')), 'A')
                        || setweight(to_tsvector('french', coalesce(description_fr, '')), 'B')) stored,
    search_nl       tsvector generated always as (
                        setweight(to_tsvector('dutch', coalesce(name_nl, '')), 'A')
                        || setweight(to_tsvector('dutch', coalesce(description_nl, '')), 'B')) stored,
    check ((trl_min is null) = (trl_max is null)),
    check (trl_min is null or trl_min <= trl_max)
);
create index programme_search_fr on programme using gin (search_fr);
create index programme_search_nl on programme using gin (search_nl);

create table programme_phase (
    programme_id uuid not null references programme (id) on delete cascade,
    phase        varchar(20) not null check (phase in ('IDEATION', 'VALIDATION', 'DEVELOPMENT')),
    primary key (programme_id, phase)
);
create table programme_track (
    programme_id uuid not null references programme (id) on delete cascade,
    track        varchar(20) not null check (track in ('COMPANY', 'ACADEMIA', 'PUBLIC_NON_PROFIT')),
    primary key (programme_id, track)
);
create table programme_beneficiary_type (
    programme_id      uuid not null references programme (id) on delete cascade,
    organisation_type varchar(20) not null check (organisation_type in
                          ('COMPANY', 'UNIVERSITY', 'RESEARCH_CENTRE', 'NON_PROFIT', 'PUBLIC_BODY', 'SCHOOL')),
    primary key (programme_id, organisation_type)
);
create table programme_size_class (
    programme_id uuid not null references programme (id) on delete cascade,
    size_class   varchar(10) not null check (size_class in ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')),
    primary key (programme_id, size_class)
);
create table programme_domain (
    programme_id uuid not null references programme (id) on delete cascade,
    domain       varchar(30) not null check (domain in ('DIGITAL', 'CLIMATE_BUILDINGS', 'RESOURCES', 'URBAN_FLOWS',
                                                       'HEALTH', 'SOCIAL_INNOVATION')),
    primary key (programme_id, domain)
);
create index programme_domain_by_domain on programme_domain (domain);
create table programme_need (
    programme_id uuid not null references programme (id) on delete cascade,
    need         varchar(30) not null,
    primary key (programme_id, need)
);
create table programme_budget_line (
    programme_id uuid not null references programme (id) on delete cascade,
    code         varchar(17) not null check (code ~ '^\d{2}\.\d{3}\.\d{2}\.\d{2}\.\d{4}$'),
    primary key (programme_id, code)
);

create table funding_call (
    id                 uuid primary key,
    programme_id       uuid not null references programme (id),
    title_fr           varchar(250) not null,
    title_nl           varchar(250) not null,
    title_en           varchar(250),
    theme_fr           text,
    theme_nl           text,
    theme_en           text,
    mode               varchar(10) not null check (mode in ('DEADLINE', 'PERMANENT')),
    opens_at           timestamptz,
    closes_at          timestamptz,
    stages             integer not null check (stages in (1, 2)),
    budget             numeric(15, 2) not null check (budget >= 0),
    expected_grant     numeric(15, 2) check (expected_grant >= 0),
    criteria_reference varchar(250),
    state              varchar(10) not null check (state in ('DRAFT', 'PUBLISHED', 'OPEN', 'CLOSED', 'ARCHIVED')),
    eo_questions       text,
    eo_answers         text,
    eo_author          varchar(254),
    eo_done_on         date,
    created_at         timestamptz not null,
    version            bigint not null default 0,
    check (mode = 'PERMANENT' or (opens_at is not null and closes_at is not null and closes_at > opens_at)),
    check (state = 'DRAFT' or criteria_reference is not null),
    -- the equal-opportunities gate, also in the database: above EUR 30,000 no open call without a recorded test
    check (state in ('DRAFT', 'PUBLISHED') or eo_done_on is not null
           or (budget <= 30000 and coalesce(expected_grant, 0) <= 30000))
);
create index funding_call_programme on funding_call (programme_id);
create index funding_call_state on funding_call (state, closes_at);

create table call_info_session (
    call_id    uuid not null references funding_call (id) on delete cascade,
    position   integer not null,
    session_at timestamptz not null,
    primary key (call_id, position)
);

-- Envers audit tables
create table programme_aud (
    id              uuid not null,
    rev             bigint not null references audit_revision (id),
    revtype         smallint,
    code            varchar(80),
    name_fr         varchar(200),
    name_nl         varchar(200),
    name_en         varchar(200),
    description_fr  text,
    description_nl  text,
    description_en  text,
    instrument_kind varchar(30),
    trl_min         integer,
    trl_max         integer,
    legal_basis     varchar(500),
    max_amount      numeric(15, 2),
    funding_rate    numeric(5, 2),
    fixed_amount    numeric(15, 2),
    active          boolean,
    created_at      timestamptz,
    primary key (id, rev)
);
create table programme_phase_aud (
    rev          bigint not null references audit_revision (id),
    revtype      smallint not null,
    programme_id uuid not null,
    phase        varchar(20) not null,
    primary key (rev, revtype, programme_id, phase)
);
create table programme_track_aud (
    rev          bigint not null references audit_revision (id),
    revtype      smallint not null,
    programme_id uuid not null,
    track        varchar(20) not null,
    primary key (rev, revtype, programme_id, track)
);
create table programme_beneficiary_type_aud (
    rev               bigint not null references audit_revision (id),
    revtype           smallint not null,
    programme_id      uuid not null,
    organisation_type varchar(20) not null,
    primary key (rev, revtype, programme_id, organisation_type)
);
create table programme_size_class_aud (
    rev          bigint not null references audit_revision (id),
    revtype      smallint not null,
    programme_id uuid not null,
    size_class   varchar(10) not null,
    primary key (rev, revtype, programme_id, size_class)
);
create table programme_domain_aud (
    rev          bigint not null references audit_revision (id),
    revtype      smallint not null,
    programme_id uuid not null,
    domain       varchar(30) not null,
    primary key (rev, revtype, programme_id, domain)
);
create table programme_need_aud (
    rev          bigint not null references audit_revision (id),
    revtype      smallint not null,
    programme_id uuid not null,
    need         varchar(30) not null,
    primary key (rev, revtype, programme_id, need)
);
create table programme_budget_line_aud (
    rev          bigint not null references audit_revision (id),
    revtype      smallint not null,
    programme_id uuid not null,
    code         varchar(17) not null,
    primary key (rev, revtype, programme_id, code)
);
create table funding_call_aud (
    id                 uuid not null,
    rev                bigint not null references audit_revision (id),
    revtype            smallint,
    programme_id       uuid,
    title_fr           varchar(250),
    title_nl           varchar(250),
    title_en           varchar(250),
    theme_fr           text,
    theme_nl           text,
    theme_en           text,
    mode               varchar(10),
    opens_at           timestamptz,
    closes_at          timestamptz,
    stages             integer,
    budget             numeric(15, 2),
    expected_grant     numeric(15, 2),
    criteria_reference varchar(250),
    state              varchar(10),
    eo_questions       text,
    eo_answers         text,
    eo_author          varchar(254),
    eo_done_on         date,
    created_at         timestamptz,
    primary key (id, rev)
);
create table call_info_session_aud (
    rev        bigint not null references audit_revision (id),
    revtype    smallint not null,
    call_id    uuid not null,
    position   integer not null,
    session_at timestamptz,
    primary key (rev, revtype, call_id, position)
);
