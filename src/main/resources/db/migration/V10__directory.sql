-- Ecosystem directory, referrals, needs board, innovation vouchers.
create table directory_actor (
    id                 uuid primary key,
    organisation_id    uuid not null references organisation (id),
    name               varchar(200) not null,
    type               varchar(40) not null check (type in ('TECH_TRANSFER_OFFICE', 'RECOGNISED_RESEARCH_CENTRE',
        'COLLECTIVE_RESEARCH_CENTRE', 'INCUBATOR', 'CLUSTER', 'BUSINESS_SUPPORT', 'DIGITAL_INNOVATION_HUB', 'LIVING_LAB', 'FABLAB')),
    profile_fr         text,
    profile_nl         text,
    profile_en         text,
    website            varchar(250),
    contact_email      varchar(254) not null,
    contact_phone      varchar(40),
    planned_activities text,
    status             varchar(30) not null check (status in ('PENDING_VALIDATION', 'PUBLISHED', 'INACTIVE')),
    validated_by       varchar(254),
    validated_at       timestamptz,
    recognised_from    date,
    recognised_until   date,
    version            bigint not null default 0,
    check (recognised_until is null or recognised_until >= recognised_from)
);

create table directory_actor_aud (
    id                 uuid not null,
    rev                bigint not null references audit_revision (id),
    revtype            smallint,
    organisation_id    uuid,
    name               varchar(200),
    type               varchar(40),
    profile_fr         text,
    profile_nl         text,
    profile_en         text,
    website            varchar(250),
    contact_email      varchar(254),
    contact_phone      varchar(40),
    planned_activities text,
    status             varchar(30),
    validated_by       varchar(254),
    validated_at       timestamptz,
    recognised_from    date,
    recognised_until   date,
    primary key (id, rev)
);

create table directory_offering (
    id             uuid primary key,
    actor_id       uuid not null references directory_actor (id) on delete cascade,
    name_fr        varchar(250) not null,
    name_nl        varchar(250) not null,
    name_en        varchar(250),
    description_fr text,
    description_nl text,
    description_en text,
    target_groups  varchar(300) not null,
    phases         varchar(100) not null,
    domains        varchar(200) not null,
    needs          varchar(300) not null,
    price_eur      numeric(15, 2) check (price_eur >= 0)
);
create index directory_offering_actor on directory_offering (actor_id);

create table directory_offering_aud (
    id             uuid not null,
    rev            bigint not null references audit_revision (id),
    revtype        smallint,
    actor_id       uuid,
    name_fr        varchar(250),
    name_nl        varchar(250),
    name_en        varchar(250),
    description_fr text,
    description_nl text,
    description_en text,
    target_groups  varchar(300),
    phases         varchar(100),
    domains        varchar(200),
    needs          varchar(300),
    price_eur      numeric(15, 2),
    primary key (id, rev)
);

create table directory_referral (
    id              uuid primary key,
    actor_id        uuid not null references directory_actor (id),
    organisation_id uuid not null references organisation (id),
    requested_by    uuid not null references user_account (id),
    profile         varchar(30) not null,
    phase           varchar(20),
    domain          varchar(30),
    need            varchar(30) not null,
    description     text not null,
    state           varchar(30) not null check (state in ('SENT', 'ACCEPTED', 'DECLINED', 'CONTACTED', 'SERVICE_DELIVERED', 'LED_TO_APPLICATION')),
    created_at      timestamptz not null,
    version         bigint not null default 0
);
create index directory_referral_actor on directory_referral (actor_id);
create index directory_referral_organisation on directory_referral (organisation_id);

create table directory_referral_aud (
    id              uuid not null,
    rev             bigint not null references audit_revision (id),
    revtype         smallint,
    actor_id        uuid,
    organisation_id uuid,
    requested_by    uuid,
    profile         varchar(30),
    phase           varchar(20),
    domain          varchar(30),
    need            varchar(30),
    description     text,
    state           varchar(30),
    created_at      timestamptz,
    primary key (id, rev)
);

create table directory_referral_step (
    referral_id uuid not null references directory_referral (id) on delete cascade,
    position    integer not null,
    state       varchar(30) not null,
    at          timestamptz not null,
    by_user     varchar(254),
    comment     text,
    primary key (referral_id, position)
);

create table directory_posted_need (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    sector          varchar(120),
    phase           varchar(20),
    domain          varchar(30),
    need            varchar(30) not null,
    description     text not null,
    posted_at       timestamptz not null,
    open            boolean not null
);

create table directory_need_answer (
    need_id    uuid not null references directory_posted_need (id) on delete cascade,
    position   integer not null,
    actor_id   uuid not null references directory_actor (id),
    actor_name varchar(200) not null,
    message    text not null,
    at         timestamptz not null,
    primary key (need_id, position)
);

create sequence directory_voucher_number;

create table directory_voucher (
    id                  uuid primary key,
    reference           varchar(30) not null unique,
    sme_organisation_id uuid not null references organisation (id),
    provider_actor_id   uuid not null references directory_actor (id),
    service             text not null,
    amount              numeric(15, 2) not null check (amount > 0 and amount <= 10000),
    state               varchar(20) not null check (state in ('REQUESTED', 'APPROVED', 'REFUSED', 'DELIVERED', 'INVOICED', 'PAID')),
    requested_on        date not null,
    decided_on          date,
    decision_note       text,
    invoice_number      varchar(60),
    invoiced_amount     numeric(15, 2) check (invoiced_amount is null or (invoiced_amount >= 0 and invoiced_amount <= amount)),
    paid_at             timestamptz,
    version             bigint not null default 0
);

create table directory_voucher_aud (
    id                  uuid not null,
    rev                 bigint not null references audit_revision (id),
    revtype             smallint,
    reference           varchar(30),
    sme_organisation_id uuid,
    provider_actor_id   uuid,
    service             text,
    amount              numeric(15, 2),
    state               varchar(20),
    requested_on        date,
    decided_on          date,
    decision_note       text,
    invoice_number      varchar(60),
    invoiced_amount     numeric(15, 2),
    paid_at             timestamptz,
    primary key (id, rev)
);
