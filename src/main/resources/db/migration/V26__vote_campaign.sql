-- A council's votes are read by the unit that cast them, in one campaign (CouncilRepository.votesAt). Through a join
-- with nomination, PostgreSQL chose now and then to scan every nomination of the campaign for each read (a hash join,
-- when its statistics or a generic plan gave a unit many votes): 18 ms a read in a tổng kết of 600 schools, two thirds
-- of the database's time. The vote now carries its nomination's campaign, which never changes, and one index answers
-- the read; it also serves the deletes by unit.
alter table nomination_vote add column campaign_id bigint;
update nomination_vote v set campaign_id = (select n.campaign_id from nomination n where n.id = v.nomination_id);
alter table nomination_vote alter column campaign_id set not null;
create index nomination_vote_unit_campaign_idx on nomination_vote (unit_code, campaign_id);
drop index nomination_vote_unit_idx;
