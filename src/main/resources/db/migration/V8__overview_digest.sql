-- Tình hình nộp báo cáo and the daily digest.
-- The overview reads a campaign's reports of one unit and of its children (every phase at once), then walks the
-- tree down report.parent_unit_code per phase (report_parent_idx of V2); the digest looks for the reports still
-- owed across running campaigns by deadline.
create index report_campaign_unit_idx on report (campaign_id, unit_code);
create index report_campaign_parent_idx on report (campaign_id, parent_unit_code);
create index report_status_deadline_idx on report (status, deadline);
