-- Tình hình nộp báo cáo and the daily digest.
-- The overview reads a campaign's reports of one unit and of its children (every phase at once) and the campaign's
-- tree of reports; the digest looks for the reports still owed across running campaigns by deadline.
create index report_campaign_unit_idx on report (campaign_id, unit_code);
create index report_campaign_parent_idx on report (campaign_id, parent_unit_code);
create index report_status_deadline_idx on report (status, deadline);
