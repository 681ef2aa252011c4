-- Applications: officers' editable copies of a form definition (drafts). A draft is edited in place (optimistic
-- locking) and becomes the next immutable app_form_definition version of its code when published.
create table app_form_draft (
    id          uuid primary key,
    code        varchar(60) not null check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    based_on    uuid references app_form_definition (id),
    definition  text not null,
    created_by  uuid,
    updated_at  timestamptz not null,
    version     bigint not null default 0
);
