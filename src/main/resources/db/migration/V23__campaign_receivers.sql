-- Who receives a campaign's reports (org's Receivers: PARENT, or PARENT_AND_OTHERS: the parent and each unit's other
-- bodies), kept with the campaign so pages and the API can say it. Null on campaign: its rounds differ (a report
-- schedule whose reports go to different receivers), or the campaign was launched before this column; those are
-- filled in at start from the launch's process variable (CampaignReceiversBackfill).
alter table campaign add column receivers varchar(20);

-- A round's own receivers when it has its own (a report schedule's round takes its item's); null: the campaign's.
alter table campaign_phase add column receivers varchar(20);
