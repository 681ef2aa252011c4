-- Grants created from funding decisions: where a grant comes from, its partners and their shares, its awarding time.
alter table grants_grant add column decision_id uuid unique;
alter table grants_grant add column application_id uuid;
alter table grants_grant add column call_id uuid;
alter table grants_grant add column programme_id uuid;
alter table grants_grant add column awarded_at timestamptz;

alter table grants_grant_aud add column decision_id uuid;
alter table grants_grant_aud add column application_id uuid;
alter table grants_grant_aud add column call_id uuid;
alter table grants_grant_aud add column programme_id uuid;
alter table grants_grant_aud add column awarded_at timestamptz;

create table grants_partner (
    id               uuid primary key,
    grant_id         uuid not null references grants_grant (id),
    organisation_id  uuid not null references organisation (id),
    coordinator      boolean not null,
    amount           numeric(15, 2) not null check (amount >= 0),
    position         integer not null,
    unique (grant_id, organisation_id)
);
create unique index grants_partner_one_coordinator on grants_partner (grant_id) where coordinator;

create sequence grants_reference_seq;
