-- Management control, remaining gaps of issue 7 (module org.regia.control): structured resources and roadmap of an
-- objective, quarterly snapshots of colours.

-- Resources of an objective: estimated FTE and IT needs (budget lines are rows of control_budget_allocation).
alter table control_objective add column fte numeric(8,2) check (fte is null or (fte >= 0 and fte <= 10000));
alter table control_objective add column it_needs_fr text;
alter table control_objective add column it_needs_nl text;
alter table control_objective_aud add column fte numeric(8,2);
alter table control_objective_aud add column it_needs_fr text;
alter table control_objective_aud add column it_needs_nl text;

-- Budget lines (basic allocations, "AB") linked to objectives: many-to-many through the canonical code
-- (12.021.38.09.3132 or 12.018.31.01); one code may fund several objectives, of several bodies.
create table control_budget_allocation (
    id           uuid primary key,
    objective_id uuid        not null references control_objective (id) on delete cascade,
    position     integer     not null,
    code         varchar(20) not null check (code ~ '^[0-9]{2}\.[0-9]{3}\.[0-9]{2}\.[0-9]{2}(\.[0-9]{4})?$'),
    note         varchar(300),
    version      bigint      not null default 0,
    unique (objective_id, code)
);
create index control_budget_allocation_code on control_budget_allocation (code);

-- Roadmap: participating organisations with their role, activities, milestones with dates.
create table control_roadmap_participant (
    id           uuid primary key,
    objective_id uuid         not null references control_objective (id) on delete cascade,
    position     integer      not null,
    organisation varchar(300) not null,
    role         varchar(20)  not null check (role in ('LEAD', 'PARTNER', 'CONTRIBUTOR', 'FUNDER')),
    version      bigint       not null default 0,
    unique (objective_id, organisation)
);
create unique index control_roadmap_one_lead on control_roadmap_participant (objective_id) where role = 'LEAD';

create table control_roadmap_activity (
    id             uuid primary key,
    objective_id   uuid    not null references control_objective (id) on delete cascade,
    position       integer not null,
    description_fr text    not null,
    description_nl text    not null,
    version        bigint  not null default 0
);

create table control_milestone (
    id           uuid primary key,
    objective_id uuid    not null references control_objective (id) on delete cascade,
    position     integer not null,
    label_fr     text    not null,
    label_nl     text    not null,
    due_on       date    not null,
    reached_on   date,
    version      bigint  not null default 0
);

create table control_budget_allocation_aud (
    id           uuid   not null,
    rev          bigint not null references audit_revision (id),
    revtype      smallint,
    objective_id uuid,
    position     integer,
    code         varchar(20),
    note         varchar(300),
    primary key (id, rev)
);

create table control_roadmap_participant_aud (
    id           uuid   not null,
    rev          bigint not null references audit_revision (id),
    revtype      smallint,
    objective_id uuid,
    position     integer,
    organisation varchar(300),
    role         varchar(20),
    primary key (id, rev)
);

create table control_roadmap_activity_aud (
    id             uuid   not null,
    rev            bigint not null references audit_revision (id),
    revtype        smallint,
    objective_id   uuid,
    position       integer,
    description_fr text,
    description_nl text,
    primary key (id, rev)
);

create table control_milestone_aud (
    id           uuid   not null,
    rev          bigint not null references audit_revision (id),
    revtype      smallint,
    objective_id uuid,
    position     integer,
    label_fr     text,
    label_nl     text,
    due_on       date,
    reached_on   date,
    primary key (id, rev)
);

-- Quarterly snapshots: the colour (and last value) of every KPI and objective of a body as at a quarter's end.
create table control_snapshot (
    id         uuid primary key,
    body_id    uuid         not null references control_body (id) on delete cascade,
    year       integer      not null check (year between 2000 and 2100),
    quarter    integer      not null check (quarter between 1 and 4),
    period_end date         not null,
    taken_at   timestamptz  not null,
    taken_by   varchar(200) not null,
    trigger    varchar(10)  not null check (trigger in ('SCHEDULED', 'MANUAL')),
    colour     varchar(10)  check (colour in ('GREEN', 'ORANGE', 'RED')),
    unique (body_id, year, quarter)
);

create table control_snapshot_entry (
    id           uuid primary key,
    snapshot_id  uuid           not null references control_snapshot (id) on delete cascade,
    objective_id uuid           not null references control_objective (id) on delete cascade,
    kpi_id       uuid           references control_kpi (id) on delete cascade,
    colour       varchar(10)    check (colour in ('GREEN', 'ORANGE', 'RED')),
    value        numeric(19,4),
    level        varchar(30),
    observed_on  date
);
create unique index control_snapshot_entry_objective on control_snapshot_entry (snapshot_id, objective_id) where kpi_id is null;
create unique index control_snapshot_entry_kpi on control_snapshot_entry (snapshot_id, kpi_id) where kpi_id is not null;
