-- Instruments an actor operates or gives access to (catalogue programme codes), and requests made on behalf of a firm.
alter table directory_actor add column instruments varchar(500) not null default '';
alter table directory_actor_aud add column instruments varchar(500);
alter table directory_referral add column on_behalf_of varchar(300);
alter table directory_referral_aud add column on_behalf_of varchar(300);
