-- Evaluation gaps (issue 5): the lead adviser's consensus scores carry a justification and are audited; a committee
-- decision is a proposal to the minister / Government, whose final decision (reference, date, adopted or not) makes
-- it final.

alter table evaluation_consensus add column justification text;
update evaluation_consensus set justification = 'Recorded before justifications were required.' where justification is null;
alter table evaluation_consensus alter column justification set not null;
alter table evaluation_consensus add constraint evaluation_consensus_justified check (length(trim(justification)) > 0);
alter table evaluation_consensus add column version bigint not null default 0;

create table evaluation_consensus_aud (
    id              uuid not null,
    rev             bigint not null references audit_revision (id),
    revtype         smallint,
    application_id  uuid,
    criterion_code  varchar(40),
    score           integer,
    justification   text,
    recorded_by     uuid,
    recorded_at     timestamptz,
    primary key (id, rev)
);

-- committee approval (approved_by/at) = proposal to the minister; the Government's decision makes it final
alter table evaluation_decision add column government_reference varchar(100);
alter table evaluation_decision add column government_date date;
alter table evaluation_decision add column government_adopted boolean;
alter table evaluation_decision add column proposed_outcome varchar(10) check (proposed_outcome in ('FUND', 'RESERVE', 'REJECT'));
alter table evaluation_decision add column final_by uuid;
alter table evaluation_decision add column final_at timestamptz;

-- decisions approved before this step existed were final at the committee's approval
update evaluation_decision
   set final_by = approved_by, final_at = approved_at, government_reference = 'Committee (before V18)',
       government_date = (approved_at at time zone 'Europe/Brussels')::date, government_adopted = true
 where approved_at is not null;

alter table evaluation_decision add constraint evaluation_decision_final_pair check ((final_by is null) = (final_at is null));
alter table evaluation_decision add constraint evaluation_decision_final_after_committee check (final_at is null or approved_at is not null);
alter table evaluation_decision add constraint evaluation_decision_final_reference check (
    final_at is null or (government_reference is not null and length(trim(government_reference)) > 0
                         and government_date is not null and government_adopted is not null));

alter table evaluation_decision_aud add column government_reference varchar(100);
alter table evaluation_decision_aud add column government_date date;
alter table evaluation_decision_aud add column government_adopted boolean;
alter table evaluation_decision_aud add column proposed_outcome varchar(10);
alter table evaluation_decision_aud add column final_by uuid;
alter table evaluation_decision_aud add column final_at timestamptz;
