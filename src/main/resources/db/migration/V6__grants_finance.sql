-- Grants and finance core: grants, the append-only finance ledger, payments.
create table grants_grant (
    id              uuid primary key,
    reference       varchar(60) not null unique,
    organisation_id uuid not null references organisation (id),
    title           varchar(300) not null,
    awarded         numeric(15, 2) not null check (awarded > 0),
    start_date      date not null,
    end_date        date not null,
    status          varchar(10) not null check (status in ('OPEN', 'CLOSED')),
    version         bigint not null default 0,
    check (end_date >= start_date)
);

create table grants_grant_aud (
    id              uuid not null,
    rev             bigint not null references audit_revision (id),
    revtype         smallint,
    reference       varchar(60),
    organisation_id uuid,
    title           varchar(300),
    awarded         numeric(15, 2),
    start_date      date,
    end_date        date,
    status          varchar(10),
    primary key (id, rev)
);

create table grants_ledger (
    id              uuid primary key,
    kind            varchar(20) not null check (kind in ('CREDIT', 'COMMITMENT', 'DECOMMITMENT', 'PAYMENT')),
    budget_line     varchar(17) not null check (budget_line ~ '^[0-9]{2}\.[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}$'),
    fiscal_year     integer not null check (fiscal_year between 2000 and 2100),
    grant_id        uuid references grants_grant (id),
    amount          numeric(15, 2) not null check (amount > 0),
    recorded_at     timestamptz not null,
    recorded_by     varchar(254) not null,
    override_reason text,
    check ((kind = 'CREDIT') = (grant_id is null))
);
create index grants_ledger_line_year on grants_ledger (budget_line, fiscal_year, kind);
create index grants_ledger_grant on grants_ledger (grant_id, budget_line, fiscal_year, kind);

create table grants_payment (
    id              uuid primary key,
    grant_id        uuid not null references grants_grant (id),
    budget_line     varchar(17) not null,
    fiscal_year     integer not null,
    amount          numeric(15, 2) not null check (amount > 0),
    purpose         varchar(300) not null,
    state           varchar(10) not null check (state in ('REQUESTED', 'APPROVED', 'POSTED')),
    approved_by     varchar(254),
    posted_at       timestamptz,
    ledger_entry_id uuid unique references grants_ledger (id),
    check ((state = 'POSTED') = (ledger_entry_id is not null))
);

create table grants_payment_aud (
    id              uuid not null,
    rev             bigint not null references audit_revision (id),
    revtype         smallint,
    grant_id        uuid,
    budget_line     varchar(17),
    fiscal_year     integer,
    amount          numeric(15, 2),
    purpose         varchar(300),
    state           varchar(10),
    approved_by     varchar(254),
    posted_at       timestamptz,
    ledger_entry_id uuid,
    primary key (id, rev)
);
