-- Management control and the regional innovation plan (module org.regia.control, issue 7).
-- Identity of an objective is (document, body, level, number): numbering restarts per body.

create table control_document (
    id         uuid primary key,
    code       varchar(40)  not null unique,
    kind       varchar(20)  not null check (kind in ('ORIENTATION_NOTE', 'POLICY_LETTER', 'INNOVATION_PLAN')),
    year       integer      not null check (year between 2000 and 2100),
    title_fr   varchar(400) not null,
    title_nl   varchar(400) not null,
    source_ref varchar(300),
    published  boolean      not null default false,
    version    bigint       not null default 0
);

create table control_pillar (
    id          uuid primary key,
    document_id uuid         not null references control_document (id) on delete cascade,
    code        varchar(20)  not null,
    title_fr    varchar(400) not null,
    title_nl    varchar(400) not null,
    position    integer      not null,
    unique (document_id, code)
);

create table control_body (
    id           uuid primary key,
    document_id  uuid         not null references control_document (id) on delete cascade,
    code         varchar(40)  not null,
    name_fr      varchar(300) not null,
    name_nl      varchar(300) not null,
    roll_up_rule varchar(30)  not null default 'WORST_OF'
        check (roll_up_rule in ('WORST_OF', 'MAJORITY', 'ALL_GREEN_HALF_RED')),
    position     integer      not null,
    version      bigint       not null default 0,
    unique (document_id, code)
);

create table control_objective (
    id                 uuid primary key,
    body_id            uuid         not null references control_body (id) on delete cascade,
    parent_id          uuid references control_objective (id) on delete cascade,
    pillar_id          uuid references control_pillar (id) on delete cascade,
    level              varchar(12)  not null check (level in ('STRATEGIC', 'OPERATIONAL', 'ACTION')),
    number             varchar(20)  not null,
    title_fr           text         not null,
    title_nl           text         not null,
    description_fr     text,
    description_nl     text,
    domain             varchar(40),
    deadline           varchar(60),
    lead_actor         varchar(300),
    partners           text,
    budget_lines       text,
    source_ref         varchar(120),
    status             varchar(20) check (status in ('NOT_STARTED', 'ON_SCHEDULE', 'IN_PROGRESS', 'SMALL_DEVIATION', 'REALISED', 'POSTPONED')),
    published          boolean      not null default false,
    position           integer      not null,
    version            bigint       not null default 0,
    unique (body_id, level, number),
    check (parent_id is null or parent_id <> id)
);
create index control_objective_parent on control_objective (parent_id);

create table control_kpi (
    id                 uuid primary key,
    objective_id       uuid         not null references control_objective (id) on delete cascade,
    code               varchar(40)  not null,
    name_fr            text         not null,
    name_nl            text         not null,
    indicator_type     varchar(30)  not null check (indicator_type in ('KPI', 'IMPLEMENTATION_MILESTONE', 'OUTPUT', 'RESULT')),
    band_kind          varchar(20)  not null check (band_kind in ('NUMERIC', 'COUNT', 'PERCENTAGE', 'MILESTONE', 'TREND', 'QUALITATIVE')),
    edge_policy        varchar(30)  not null check (edge_policy in ('AS_WRITTEN', 'LOWER_BOUND_INCLUSIVE', 'UPPER_BOUND_INCLUSIVE')),
    bands              text,
    bands_nl           text,
    unit               varchar(40),
    data_source        varchar(80),
    last_refresh_at    timestamptz,
    last_refresh_error text,
    override_colour    varchar(10) check (override_colour in ('GREEN', 'ORANGE', 'RED')),
    override_reason    text,
    override_by        varchar(254),
    override_at        timestamptz,
    published          boolean      not null default false,
    position           integer      not null,
    version            bigint       not null default 0,
    unique (objective_id, code),
    check (override_colour is null or (override_reason is not null and length(trim(override_reason)) > 0))
);

create table control_observation (
    id          uuid primary key,
    kpi_id      uuid          not null references control_kpi (id) on delete cascade,
    observed_on date          not null,
    value       numeric(19, 4),
    level       varchar(30),
    source      varchar(300),
    author      varchar(254)  not null,
    comment     text,
    recorded_at timestamptz   not null,
    check (value is not null or level is not null)
);
create index control_observation_kpi on control_observation (kpi_id, observed_on);

create table control_year_block (
    id                 uuid primary key,
    objective_id       uuid        not null references control_objective (id) on delete cascade,
    year               integer     not null check (year between 2000 and 2100),
    status             varchar(20) check (status in ('NOT_STARTED', 'ON_SCHEDULE', 'IN_PROGRESS', 'SMALL_DEVIATION', 'REALISED', 'POSTPONED')),
    realised_output_fr text,
    realised_output_nl text,
    colour_reached     varchar(10) check (colour_reached in ('GREEN', 'ORANGE', 'RED')),
    planned_output_fr  text,
    planned_output_nl  text,
    planned_deadline   varchar(60),
    deadline_flagged   boolean     not null default false,
    version            bigint      not null default 0,
    unique (objective_id, year)
);

create table control_source_defect (
    id          uuid primary key,
    document_id uuid         not null references control_document (id) on delete cascade,
    line        integer      not null,
    ref         varchar(120) not null,
    kind        varchar(30)  not null,
    detail      text         not null
);

create table control_objective_aud (
    id             uuid   not null,
    rev            bigint not null references audit_revision (id),
    revtype        smallint,
    body_id        uuid,
    parent_id      uuid,
    pillar_id      uuid,
    level          varchar(12),
    number         varchar(20),
    title_fr       text,
    title_nl       text,
    description_fr text,
    description_nl text,
    domain         varchar(40),
    deadline       varchar(60),
    lead_actor     varchar(300),
    partners       text,
    budget_lines   text,
    source_ref     varchar(120),
    status         varchar(20),
    published      boolean,
    position       integer,
    primary key (id, rev)
);

create table control_kpi_aud (
    id                 uuid   not null,
    rev                bigint not null references audit_revision (id),
    revtype            smallint,
    objective_id       uuid,
    code               varchar(40),
    name_fr            text,
    name_nl            text,
    indicator_type     varchar(30),
    band_kind          varchar(20),
    edge_policy        varchar(30),
    bands              text,
    bands_nl           text,
    unit               varchar(40),
    data_source        varchar(80),
    override_colour    varchar(10),
    override_reason    text,
    override_by        varchar(254),
    override_at        timestamptz,
    published          boolean,
    position           integer,
    primary key (id, rev)
);

create table control_observation_aud (
    id          uuid   not null,
    rev         bigint not null references audit_revision (id),
    revtype     smallint,
    kpi_id      uuid,
    observed_on date,
    value       numeric(19, 4),
    level       varchar(30),
    source      varchar(300),
    author      varchar(254),
    comment     text,
    recorded_at timestamptz,
    primary key (id, rev)
);

create table control_year_block_aud (
    id                 uuid   not null,
    rev                bigint not null references audit_revision (id),
    revtype            smallint,
    objective_id       uuid,
    year               integer,
    status             varchar(20),
    realised_output_fr text,
    realised_output_nl text,
    colour_reached     varchar(10),
    planned_output_fr  text,
    planned_output_nl  text,
    planned_deadline   varchar(60),
    deadline_flagged   boolean,
    primary key (id, rev)
);
