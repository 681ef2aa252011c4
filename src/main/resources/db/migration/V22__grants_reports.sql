-- Reports on grants (every submission kept, numbered per report), their reminders, payments requested from the
-- agreement's schedule, and recoveries (debit notes) with their repayments.
create table grants_report_submission (
    id                       uuid primary key,
    grant_id                 uuid not null references grants_grant (id),
    report_no                integer not null check (report_no >= 1),
    kind                     varchar(10) not null check (kind in ('PROGRESS', 'FINAL')),
    submission_no            integer not null check (submission_no >= 1),
    submitted_at             timestamptz not null,
    submitted_by             varchar(254) not null,
    scientific_text          text not null,
    claimed_personnel        numeric(15, 2) not null check (claimed_personnel >= 0),
    claimed_subcontracting   numeric(15, 2) not null check (claimed_subcontracting >= 0),
    claimed_equipment        numeric(15, 2) not null check (claimed_equipment >= 0),
    claimed_other_direct     numeric(15, 2) not null check (claimed_other_direct >= 0),
    claimed_overheads        numeric(15, 2) not null check (claimed_overheads >= 0),
    scientific_state         varchar(10) not null check (scientific_state in ('PENDING', 'APPROVED', 'REJECTED')),
    scientific_comment       text,
    scientific_by            varchar(254),
    scientific_at            timestamptz,
    financial_state          varchar(10) not null check (financial_state in ('PENDING', 'APPROVED', 'REJECTED')),
    financial_comment        text,
    financial_by             varchar(254),
    financial_at             timestamptz,
    accepted_personnel       numeric(15, 2) check (accepted_personnel >= 0 and accepted_personnel <= claimed_personnel),
    accepted_subcontracting  numeric(15, 2) check (accepted_subcontracting >= 0 and accepted_subcontracting <= claimed_subcontracting),
    accepted_equipment       numeric(15, 2) check (accepted_equipment >= 0 and accepted_equipment <= claimed_equipment),
    accepted_other_direct    numeric(15, 2) check (accepted_other_direct >= 0 and accepted_other_direct <= claimed_other_direct),
    accepted_overheads       numeric(15, 2) check (accepted_overheads >= 0 and accepted_overheads <= claimed_overheads),
    version                  bigint not null default 0,
    unique (grant_id, report_no, submission_no),
    check ((financial_state = 'APPROVED') = (accepted_personnel is not null)),
    check (scientific_state <> 'REJECTED' or scientific_comment is not null),
    check (financial_state <> 'REJECTED' or financial_comment is not null)
);
create index grants_report_submission_grant on grants_report_submission (grant_id, report_no, submission_no desc);

-- One row per reminder sent: a rerun of the daily job sends nothing twice.
create table grants_report_reminder (
    grant_id    uuid not null references grants_grant (id),
    report_no   integer not null,
    offset_days integer not null,
    sent_on     date not null,
    recipients  integer not null check (recipients >= 0),
    primary key (grant_id, report_no, offset_days)
);

-- A payment of the agreement's schedule is requested once.
create table grants_instalment_request (
    grant_id     uuid not null references grants_grant (id),
    position     integer not null check (position >= 0),
    payment_id   uuid not null unique references grants_payment (id),
    requested_at timestamptz not null,
    requested_by varchar(254) not null,
    primary key (grant_id, position)
);

create sequence grants_recovery_seq;

create table grants_recovery (
    id             uuid primary key,
    grant_id       uuid not null unique references grants_grant (id),
    reference      varchar(30) not null unique,
    accepted_costs numeric(15, 2) not null check (accepted_costs >= 0),
    budget_total   numeric(15, 2) check (budget_total > 0),
    entitled       numeric(15, 2) not null check (entitled >= 0),
    paid           numeric(15, 2) not null check (paid > entitled),
    amount         numeric(15, 2) not null check (amount > 0),
    repaid         numeric(15, 2) not null default 0 check (repaid >= 0 and repaid <= amount),
    issued_on      date not null,
    due_date       date not null,
    state          varchar(20) not null check (state in ('OPEN', 'PARTIALLY_REPAID', 'SETTLED')),
    version        bigint not null default 0,
    check (amount = paid - entitled),
    check (due_date >= issued_on),
    check ((state = 'SETTLED') = (repaid = amount))
);

create table grants_repayment (
    id          uuid primary key,
    recovery_id uuid not null references grants_recovery (id),
    amount      numeric(15, 2) not null check (amount > 0),
    paid_on     date not null,
    recorded_by varchar(254) not null,
    recorded_at timestamptz not null
);
create index grants_repayment_recovery on grants_repayment (recovery_id, paid_on);
