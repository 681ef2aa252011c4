-- Running totals of the append-only finance ledger, kept by the database in the same transaction as every ledger
-- insert, so that the finance dashboards read a few thousand rows instead of aggregating a million ledger lines.
--   grants_line_totals       per budget line and fiscal year: credit, committed (commitments − de-commitments), liquidated
--   grants_programme_totals  per programme, beneficiary type and fiscal year: committed, liquidated
--   grants_programme_awards  per programme, beneficiary type and year: grants running in the year and their amounts
--                            awarded (year 0: every grant once), kept on every insert, update and delete of a grant
-- The beneficiary type is the recipient organisation's type when the ledger line or the grant is written.

create table grants_line_totals (
    budget_line  varchar(17) not null,
    fiscal_year  integer not null,
    credit       numeric(17, 2) not null default 0,
    committed    numeric(17, 2) not null default 0,
    liquidated   numeric(17, 2) not null default 0,
    primary key (budget_line, fiscal_year)
);

create table grants_programme_totals (
    programme_id      uuid not null, -- 00000000-0000-0000-0000-000000000000 for grants outside a programme
    beneficiary_type  varchar(20) not null,
    fiscal_year       integer not null,
    committed         numeric(17, 2) not null default 0,
    liquidated        numeric(17, 2) not null default 0,
    primary key (programme_id, beneficiary_type, fiscal_year)
);

create function grants_ledger_totals() returns trigger language plpgsql as $$
begin
    insert into grants_line_totals as t (budget_line, fiscal_year, credit, committed, liquidated)
    select budget_line, fiscal_year,
           coalesce(sum(amount) filter (where kind = 'CREDIT'), 0),
           coalesce(sum(amount) filter (where kind = 'COMMITMENT'), 0) - coalesce(sum(amount) filter (where kind = 'DECOMMITMENT'), 0),
           coalesce(sum(amount) filter (where kind = 'PAYMENT'), 0)
    from new_rows group by budget_line, fiscal_year
    order by budget_line, fiscal_year
    on conflict (budget_line, fiscal_year) do update
        set credit = t.credit + excluded.credit, committed = t.committed + excluded.committed,
            liquidated = t.liquidated + excluded.liquidated;

    insert into grants_programme_totals as t (programme_id, beneficiary_type, fiscal_year, committed, liquidated)
    select coalesce(g.programme_id, '00000000-0000-0000-0000-000000000000'::uuid), o.type, n.fiscal_year,
           coalesce(sum(n.amount) filter (where n.kind = 'COMMITMENT'), 0) - coalesce(sum(n.amount) filter (where n.kind = 'DECOMMITMENT'), 0),
           coalesce(sum(n.amount) filter (where n.kind = 'PAYMENT'), 0)
    from new_rows n join grants_grant g on g.id = n.grant_id join organisation o on o.id = g.organisation_id
    where n.grant_id is not null
    group by 1, 2, 3
    order by 1, 2, 3
    on conflict (programme_id, beneficiary_type, fiscal_year) do update
        set committed = t.committed + excluded.committed, liquidated = t.liquidated + excluded.liquidated;
    return null;
end $$;

create trigger grants_ledger_totals after insert on grants_ledger
    referencing new table as new_rows for each statement execute function grants_ledger_totals();

-- The ledger is append-only: a correction is a new line (e.g. a de-commitment), never an update or a delete.
create function grants_ledger_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'grants_ledger is append-only: % refused', tg_op;
end $$;

create trigger grants_ledger_append_only before update or delete on grants_ledger
    for each statement execute function grants_ledger_append_only();

-- Totals of the lines written before this migration.
insert into grants_line_totals (budget_line, fiscal_year, credit, committed, liquidated)
select budget_line, fiscal_year,
       coalesce(sum(amount) filter (where kind = 'CREDIT'), 0),
       coalesce(sum(amount) filter (where kind = 'COMMITMENT'), 0) - coalesce(sum(amount) filter (where kind = 'DECOMMITMENT'), 0),
       coalesce(sum(amount) filter (where kind = 'PAYMENT'), 0)
from grants_ledger group by budget_line, fiscal_year;

insert into grants_programme_totals (programme_id, beneficiary_type, fiscal_year, committed, liquidated)
select coalesce(g.programme_id, '00000000-0000-0000-0000-000000000000'::uuid), o.type, l.fiscal_year,
       coalesce(sum(l.amount) filter (where l.kind = 'COMMITMENT'), 0) - coalesce(sum(l.amount) filter (where l.kind = 'DECOMMITMENT'), 0),
       coalesce(sum(l.amount) filter (where l.kind = 'PAYMENT'), 0)
from grants_ledger l join grants_grant g on g.id = l.grant_id join organisation o on o.id = g.organisation_id
group by 1, 2, 3;

create table grants_programme_awards (
    programme_id      uuid not null,
    beneficiary_type  varchar(20) not null,
    year              integer not null, -- 0 = all years (each grant counted once)
    grants            bigint not null default 0,
    awarded           numeric(17, 2) not null default 0,
    primary key (programme_id, beneficiary_type, year)
);

create function grants_awards_apply() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into grants_programme_awards as a (programme_id, beneficiary_type, year, grants, awarded)
        select coalesce(g.programme_id, '00000000-0000-0000-0000-000000000000'::uuid), o.type, y.year, -count(*), -sum(g.awarded)
        from old_rows g join organisation o on o.id = g.organisation_id
        cross join lateral (select 0 as year union all
            select generate_series(extract(year from g.start_date)::int, extract(year from g.end_date)::int)) y
        group by 1, 2, 3 order by 1, 2, 3
        on conflict (programme_id, beneficiary_type, year) do update
            set grants = a.grants + excluded.grants, awarded = a.awarded + excluded.awarded;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into grants_programme_awards as a (programme_id, beneficiary_type, year, grants, awarded)
        select coalesce(g.programme_id, '00000000-0000-0000-0000-000000000000'::uuid), o.type, y.year, count(*), sum(g.awarded)
        from new_rows g join organisation o on o.id = g.organisation_id
        cross join lateral (select 0 as year union all
            select generate_series(extract(year from g.start_date)::int, extract(year from g.end_date)::int)) y
        group by 1, 2, 3 order by 1, 2, 3
        on conflict (programme_id, beneficiary_type, year) do update
            set grants = a.grants + excluded.grants, awarded = a.awarded + excluded.awarded;
    end if;
    return null;
end $$;

create trigger grants_awards_insert after insert on grants_grant
    referencing new table as new_rows for each statement execute function grants_awards_apply();
create trigger grants_awards_update after update on grants_grant
    referencing old table as old_rows new table as new_rows for each statement execute function grants_awards_apply();
create trigger grants_awards_delete after delete on grants_grant
    referencing old table as old_rows for each statement execute function grants_awards_apply();

insert into grants_programme_awards (programme_id, beneficiary_type, year, grants, awarded)
select coalesce(g.programme_id, '00000000-0000-0000-0000-000000000000'::uuid), o.type, y.year, count(*), sum(g.awarded)
from grants_grant g join organisation o on o.id = g.organisation_id
cross join lateral (select 0 as year union all
    select generate_series(extract(year from g.start_date)::int, extract(year from g.end_date)::int)) y
group by 1, 2, 3;
