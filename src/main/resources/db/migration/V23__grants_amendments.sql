-- Amendments of grant agreements (issue 6, item 5): change of end date, budget shift between partners and/or years,
-- partner change. Every approved amendment produces a new version of the agreement that keeps a full snapshot of the
-- terms (parties with amounts per year, payment schedule, reporting schedule, dates) as JSON; version 1 is the original.

create table grants_agreement_version (
    id           uuid primary key,
    grant_id     uuid not null references grants_grant (id) on delete cascade,
    number       integer not null check (number >= 1),
    amendment_id uuid,
    created_at   timestamptz not null,
    created_by   varchar(254) not null,
    terms        jsonb not null,
    unique (grant_id, number)
);

create table grants_amendment (
    id               uuid primary key,
    grant_id         uuid not null references grants_grant (id) on delete cascade,
    number           integer not null check (number >= 1),
    kind             varchar(20) not null check (kind in ('END_DATE', 'BUDGET_SHIFT', 'PARTNER_CHANGE')),
    state            varchar(10) not null check (state in ('PENDING', 'APPROVED', 'REJECTED')),
    reason           text not null check (length(trim(reason)) > 0),
    requested_by     varchar(254) not null,
    requested_at     timestamptz not null,
    base_version     integer not null check (base_version >= 1),
    proposed         jsonb not null,
    shifted          numeric(15, 2) not null check (shifted >= 0),
    auto_approved    boolean not null default false,
    decided_by       varchar(254),
    decided_at       timestamptz,
    decision_reason  text,
    result_version   integer,
    version          bigint not null default 0,
    unique (grant_id, number),
    check ((state = 'PENDING') = (decided_at is null)),
    check (state <> 'APPROVED' or result_version is not null),
    check (state <> 'REJECTED' or (decision_reason is not null and length(trim(decision_reason)) > 0))
);
-- at most one amendment waiting for a decision per grant: the next one is drafted on the approved terms
create unique index grants_amendment_one_pending on grants_amendment (grant_id) where state = 'PENDING';

alter table grants_agreement_version
    add constraint grants_agreement_version_amendment foreign key (amendment_id) references grants_amendment (id);
