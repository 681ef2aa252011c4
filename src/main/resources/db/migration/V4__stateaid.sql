-- State aid: the region's shared de minimis register.
create table de_minimis_aid (
    id            uuid primary key,
    undertaking   varchar(10) not null check (undertaking ~ '^[01][0-9]{9}$'),
    granting_body varchar(120) not null,
    reference     varchar(120) not null,
    amount        numeric(15, 2) not null check (amount > 0),
    granted_on    date not null,
    recorded_at   timestamptz not null,
    unique (granting_body, reference)
);
create index de_minimis_aid_undertaking on de_minimis_aid (undertaking, granted_on);

create table de_minimis_aid_aud (
    id            uuid not null,
    rev           bigint not null references audit_revision (id),
    revtype       smallint,
    undertaking   varchar(10),
    granting_body varchar(120),
    reference     varchar(120),
    amount        numeric(15, 2),
    granted_on    date,
    recorded_at   timestamptz,
    primary key (id, rev)
);
