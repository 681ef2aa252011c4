-- Grant agreements created from funding decisions: parties with amounts per year, payment and reporting schedules,
-- the sign-off trail (institute, cabinet, beneficiary).
-- (The grant's origin — decision, application, call, programme — is in V14.)
alter table grants_grant
    add column conditions      text,
    add column agreement_state varchar(10) not null default 'DRAFT' check (agreement_state in ('DRAFT', 'SIGNED')),
    add column signed_at       timestamptz;

alter table grants_grant_aud
    add column conditions      text,
    add column agreement_state varchar(10),
    add column signed_at       timestamptz;

create table grants_allocation (
    grant_id        uuid not null references grants_grant (id) on delete cascade,
    organisation_id uuid not null references organisation (id),
    coordinator     boolean not null,
    fiscal_year     integer not null check (fiscal_year between 2000 and 2100),
    amount          numeric(15, 2) not null check (amount >= 0),
    primary key (grant_id, organisation_id, fiscal_year)
);

create table grants_instalment (
    grant_id   uuid not null references grants_grant (id) on delete cascade,
    position   integer not null,
    kind       varchar(12) not null check (kind in ('ADVANCE', 'INSTALMENT', 'BALANCE')),
    percent    numeric(5, 2) not null check (percent > 0 and percent <= 100),
    amount     numeric(15, 2) not null check (amount >= 0),
    report_no  integer,
    primary key (grant_id, position)
);

create table grants_report_due (
    grant_id  uuid not null references grants_grant (id) on delete cascade,
    position  integer not null,
    kind      varchar(10) not null check (kind in ('PROGRESS', 'FINAL')),
    due_date  date not null,
    primary key (grant_id, position)
);

create table grants_signoff (
    grant_id   uuid not null references grants_grant (id) on delete cascade,
    signatory  varchar(12) not null check (signatory in ('INSTITUTE', 'CABINET', 'BENEFICIARY')),
    signed_by  varchar(254) not null,
    signed_at  timestamptz not null,
    evidence   varchar(300) not null,
    primary key (grant_id, signatory)
);
