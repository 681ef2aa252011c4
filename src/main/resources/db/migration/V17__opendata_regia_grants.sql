-- Regia's own awarded grants published as an open dataset next to the imported portfolios: the strategic innovation
-- domains (classifications) and the beneficiary location of a grant, and the flag telling Regia's dataset apart.
alter table opendata_external_grant add column domains varchar(40)[];
alter table opendata_external_grant add column beneficiary_location varchar(200);
create index opendata_external_grant_domains on opendata_external_grant using gin (domains);
alter table opendata_dataset add column own boolean not null default false;
