-- Multi-year campaigns (phong trào nhiều năm, e.g. giai đoạn 2016 – 2020): the phases (đợt) as the plan lists
-- them, and report rounds that are not phases: a yearly evaluation round (tổng kết năm học) every school year, the
-- interim review (sơ kết) at the end of the phases the launcher chose and the final review (tổng kết) at the end.
-- campaign_phase keeps one row per report round, as for every campaign; a yearly round runs as a campaign of its
-- own school year (parent_campaign_id) so that its dossier, council votes, decisions and titles are those of the year.

alter table campaign add column parent_campaign_id bigint;
alter table campaign add constraint campaign_parent_fk foreign key (parent_campaign_id) references campaign (id);
create index campaign_parent_idx on campaign (parent_campaign_id);

-- The school year a round reports on (null: the campaign's), the day its report opens (null: starts_on) and, for a
-- yearly round, the campaign of that year that runs it (null: this campaign runs it).
alter table campaign_phase add column school_year varchar(20);
alter table campaign_phase add column opens_on date;
alter table campaign_phase add column round_campaign_id bigint;
alter table campaign_phase add constraint campaign_phase_round_fk foreign key (round_campaign_id) references campaign (id);

create table campaign_plan_phase (
    campaign_id     bigint       not null references campaign (id),
    phase_no        integer      not null,
    name            varchar(200) not null,
    starts_on       date         not null,
    ends_on         date         not null,
    -- Deadline of the review that ends the phase (sơ kết, or tổng kết for the last); null: no review of its own.
    report_deadline timestamp with time zone,
    primary key (campaign_id, phase_no)
);
