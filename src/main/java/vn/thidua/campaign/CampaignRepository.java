package vn.thidua.campaign;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.thidua.org.Receivers;
import vn.thidua.rules.RuleSetRef;
import vn.thidua.text.Messages;

@Repository
public class CampaignRepository {

    private static final RowMapper<CampaignPhase> PHASE = (rs, n) -> new CampaignPhase(rs.getLong("campaign_id"),
            rs.getInt("phase_no"), rs.getString("name"), ReportKind.valueOf(rs.getString("kind")),
            rs.getObject("starts_on", java.time.LocalDate.class), rs.getObject("ends_on", java.time.LocalDate.class),
            rs.getObject("report_deadline", OffsetDateTime.class));
    private static final RowMapper<Campaign> CAMPAIGN = (rs, n) -> new Campaign(rs.getLong("id"), rs.getString("name"),
            rs.getString("school_year"), rs.getString("root_unit_code"), (Integer) rs.getObject("lead_days"),
            rs.getString("launched_by"), rs.getObject("launched_at", OffsetDateTime.class),
            rs.getString("process_instance_id"), rs.getString("status"),
            rs.getString("rule_set_id") == null ? null : RuleSetRef.parse(rs.getString("rule_set_id")),
            rs.getObject("parent_campaign_id", Long.class), rs.getString("receivers"));

    private final JdbcClient jdbc;

    CampaignRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(CampaignLaunch launch, String rootUnitCode, String launchedBy, OffsetDateTime launchedAt,
                       String processInstanceId, RuleSetRef ruleSet, CampaignReminders reminders) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into campaign (name, school_year, root_unit_code, lead_days, launched_by, launched_at,
                                      process_instance_id, status, rule_set_id, reminder_days_before,
                                      due_day_reminder_at, escalate_after_days, receivers)
                values (:name, :schoolYear, :root, :leadDays, :launchedBy, :launchedAt, :pi, :status, :ruleSet,
                        :daysBefore, :dueDayAt, :escalateAfter, :receivers)""")
                .param("name", launch.name())
                .param("schoolYear", launch.schoolYear())
                .param("root", rootUnitCode)
                .param("leadDays", launch.leadDays())
                .param("launchedBy", launchedBy)
                .param("launchedAt", launchedAt)
                .param("pi", processInstanceId)
                .param("status", Campaign.STATUS_RUNNING)
                .param("ruleSet", ruleSet == null ? null : ruleSet.toString())
                .param("daysBefore", reminders.daysBeforeText())
                .param("dueDayAt", reminders.dueDayAt())
                .param("escalateAfter", reminders.escalateAfter())
                .param("receivers", Receivers.of(launch.receivers()).name())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /**
     * Who receives the campaign's reports ({@link Receivers} name), or {@link CampaignReceivers#PER_ROUND} when each
     * round says ({@link #setRoundReceivers}).
     */
    public void setReceivers(long campaignId, String receivers) {
        jdbc.sql("update campaign set receivers = :receivers where id = :id")
                .param("receivers", CampaignReceivers.PER_ROUND.equals(receivers) ? receivers
                        : Receivers.of(receivers).name())
                .param("id", campaignId).update();
    }

    /** A campaign launched before receivers were kept: its id and the process that launched it. */
    record Unknown(long id, String processInstanceId) {
    }

    /** The campaigns of their own (not a school year of another) whose receivers are not known yet. */
    List<Unknown> withoutReceivers() {
        return jdbc.sql("""
                select id, process_instance_id from campaign
                where receivers is null and parent_campaign_id is null order by id""")
                .query((rs, n) -> new Unknown(rs.getLong(1), rs.getString(2))).list();
    }

    /** School years' campaigns take the receivers of the campaign over several they belong to. */
    int copyReceiversToYearly() {
        return jdbc.sql("""
                update campaign set receivers = (select p.receivers from campaign p where p.id = campaign.parent_campaign_id)
                where receivers is null and parent_campaign_id is not null""").update();
    }

    /** A round whose reports go to receivers of its own (a report schedule's round: its item's). */
    public void setRoundReceivers(long campaignId, int phaseNo, String receivers) {
        jdbc.sql("update campaign_phase set receivers = :receivers where campaign_id = :c and phase_no = :p")
                .param("receivers", Receivers.of(receivers).name()).param("c", campaignId).param("p", phaseNo)
                .update();
    }

    /** The reminder schedule the campaign set at launch (parts left to the defaults are null). */
    public CampaignReminders reminders(long campaignId) {
        return jdbc.sql("""
                select reminder_days_before, due_day_reminder_at, escalate_after_days from campaign where id = :id""")
                .param("id", campaignId)
                .query((rs, n) -> new CampaignReminders(
                        CampaignReminders.parseStored(rs.getString("reminder_days_before")),
                        rs.getObject("due_day_reminder_at", LocalTime.class),
                        (Integer) rs.getObject("escalate_after_days")))
                .optional().orElse(CampaignReminders.DEFAULTS);
    }

    public void insertPhase(CampaignPhase phase) {
        jdbc.sql("""
                insert into campaign_phase (campaign_id, phase_no, name, kind, starts_on, ends_on, report_deadline)
                values (:campaignId, :phaseNo, :name, :kind, :startsOn, :endsOn, :deadline)""")
                .param("campaignId", phase.campaignId())
                .param("phaseNo", phase.phaseNo())
                .param("name", phase.name())
                .param("kind", phase.kind().name())
                .param("startsOn", phase.startsOn())
                .param("endsOn", phase.endsOn())
                .param("deadline", phase.reportDeadline())
                .update();
    }

    /** What a round of a campaign over several school years adds to its phase row (see V14__multi_year.sql). */
    void describeRound(long campaignId, int phaseNo, String schoolYear, LocalDate opensOn, Long roundCampaignId) {
        jdbc.sql("""
                update campaign_phase set school_year = :year, opens_on = :opens, round_campaign_id = :round
                where campaign_id = :c and phase_no = :p""")
                .param("year", schoolYear).param("opens", opensOn).param("round", roundCampaignId)
                .param("c", campaignId).param("p", phaseNo)
                .update();
    }

    /**
     * The campaign of one school year of a campaign over several: the same name, root, rule set and reminders, its
     * own school year; it runs that year's evaluation round (its dossier, votes and decisions are the year's).
     */
    long insertYearly(long parentId, String schoolYear) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into campaign (name, school_year, root_unit_code, lead_days, launched_by, launched_at,
                                      process_instance_id, status, rule_set_id, reminder_days_before,
                                      due_day_reminder_at, escalate_after_days, parent_campaign_id, receivers)
                select name, :schoolYear, root_unit_code, lead_days, launched_by, launched_at, process_instance_id,
                       status, rule_set_id, reminder_days_before, due_day_reminder_at, escalate_after_days, id,
                       receivers
                from campaign where id = :parent""")
                .param("schoolYear", schoolYear).param("parent", parentId)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void insertPlanPhase(long campaignId, MultiYearPlan.PlanPhase phase) {
        jdbc.sql("""
                insert into campaign_plan_phase (campaign_id, phase_no, name, starts_on, ends_on, report_deadline)
                values (:c, :p, :name, :startsOn, :endsOn, :deadline)""")
                .param("c", campaignId).param("p", phase.phaseNo()).param("name", phase.name())
                .param("startsOn", phase.startsOn()).param("endsOn", phase.endsOn())
                .param("deadline", phase.reportDeadline())
                .update();
    }

    /**
     * The phases (đợt) of a campaign over several school years as its plan lists them (its report rounds are
     * {@link #rounds}); empty for a campaign within one school year, whose phases are its rounds. A phase that ends
     * with no review of its own has no kind and no deadline.
     */
    public List<CampaignPhase> planPhases(long campaignId) {
        return jdbc.sql("select * from campaign_plan_phase where campaign_id = :id order by phase_no")
                .param("id", campaignId)
                .query((rs, n) -> {
                    OffsetDateTime deadline = rs.getObject("report_deadline", OffsetDateTime.class);
                    return new CampaignPhase(rs.getLong("campaign_id"), rs.getInt("phase_no"), rs.getString("name"),
                            deadline == null ? null : ReportKind.INTERIM, rs.getObject("starts_on", LocalDate.class),
                            rs.getObject("ends_on", LocalDate.class), deadline);
                })
                .list();
    }

    /** The report rounds of a campaign, with the school year each reports on and who runs it. */
    public List<ReportRound> rounds(long campaignId) {
        return jdbc.sql("""
                select p.*, coalesce(p.receivers, c.receivers) as round_receivers
                from campaign_phase p join campaign c on c.id = p.campaign_id
                where p.campaign_id = :id order by p.phase_no""")
                .param("id", campaignId)
                .query((rs, n) -> {
                    CampaignPhase phase = new CampaignPhase(rs.getLong("campaign_id"), rs.getInt("phase_no"),
                            rs.getString("name"), ReportKind.valueOf(rs.getString("kind")),
                            rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                            rs.getObject("report_deadline", OffsetDateTime.class));
                    LocalDate opens = rs.getObject("opens_on", LocalDate.class);
                    Number round = (Number) rs.getObject("round_campaign_id");
                    String receivers = rs.getString("round_receivers");
                    return new ReportRound(phase, rs.getString("school_year"), opens == null ? phase.startsOn() : opens,
                            round == null ? null : round.longValue(),
                            receivers == null ? Receivers.PARENT.name() : receivers);
                })
                .list();
    }

    /** The round with this number. */
    public ReportRound round(long campaignId, int phaseNo) {
        return rounds(campaignId).stream().filter(r -> r.phase().phaseNo() == phaseNo).findFirst()
                .orElseThrow(() -> new NoSuchElementException(
                        Messages.get("campaign.phase.notFound", campaignId, phaseNo)));
    }

    /** The campaigns of the school years of a campaign over several, in year order; empty for any other. */
    public List<Campaign> yearly(long parentId) {
        return jdbc.sql("select * from campaign where parent_campaign_id = :id order by school_year")
                .param("id", parentId).query(CAMPAIGN).list();
    }

    /** The campaign over several school years a yearly campaign belongs to; empty for any other campaign. */
    public Optional<Long> parentOf(long campaignId) {
        return jdbc.sql("select parent_campaign_id from campaign where id = :id and parent_campaign_id is not null")
                .param("id", campaignId).query(Long.class).optional();
    }

    /** A yearly campaign's round is over; the campaign over several school years goes on. */
    void closeYearly(long campaignId) {
        jdbc.sql("update campaign set status = :status where id = :id and parent_campaign_id is not null")
                .param("status", Campaign.STATUS_CLOSED).param("id", campaignId).update();
    }

    public Optional<Campaign> find(long id) {
        return jdbc.sql("select * from campaign where id = :id").param("id", id).query(CAMPAIGN).optional();
    }

    public Campaign get(long id) {
        return find(id).orElseThrow(() -> new NoSuchElementException(Messages.get("campaign.notFound", id)));
    }

    public List<CampaignPhase> phases(long campaignId) {
        return jdbc.sql("select * from campaign_phase where campaign_id = :id order by phase_no")
                .param("id", campaignId)
                .query(PHASE)
                .list();
    }

    /** The campaigns still running, newest first. */
    public List<Campaign> running() {
        return jdbc.sql("select * from campaign where status = :status order by id desc")
                .param("status", Campaign.STATUS_RUNNING).query(CAMPAIGN).list();
    }

    /** The phases of every running campaign, in one read, by campaign and phase number. */
    public List<CampaignPhase> phasesOfRunning() {
        return jdbc.sql("""
                select p.* from campaign_phase p join campaign c on c.id = p.campaign_id
                where c.status = :status order by p.campaign_id, p.phase_no""")
                .param("status", Campaign.STATUS_RUNNING).query(PHASE).list();
    }

    public CampaignPhase phase(long campaignId, int phaseNo) {
        return phases(campaignId).stream().filter(p -> p.phaseNo() == phaseNo).findFirst()
                .orElseThrow(() -> new NoSuchElementException(
                        Messages.get("campaign.phase.notFound", campaignId, phaseNo)));
    }

    public void attachProcessInstance(long campaignId, String processInstanceId) {
        jdbc.sql("update campaign set process_instance_id = :pi where id = :id")
                .param("pi", processInstanceId).param("id", campaignId).update();
    }

    public void close(long campaignId) {
        jdbc.sql("update campaign set status = :status where id = :id")
                .param("status", Campaign.STATUS_CLOSED).param("id", campaignId).update();
    }

    public List<Campaign> all() {
        return jdbc.sql("select * from campaign order by id desc").query(CAMPAIGN).list();
    }
}
