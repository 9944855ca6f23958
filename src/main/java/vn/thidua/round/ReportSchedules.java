package vn.thidua.round;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.campaign.CampaignLaunch;
import vn.thidua.campaign.CampaignPhase;
import vn.thidua.campaign.CampaignReminders;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.campaign.ReportKind;
import vn.thidua.deadline.EngineClock;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.report.ReportRequest;
import vn.thidua.report.ReportRequests;
import vn.thidua.round.RoundInputs.ValidSchedule;
import vn.thidua.round.RoundProcess.Vars;
import vn.thidua.security.SignedInUser;
import vn.thidua.text.Messages;

/**
 * Report schedules: set up (a campaign of its own kind, its process waiting for the first round), paused, resumed and
 * ended by the asking level's staff; their process plans and opens each round on its day.
 */
@Service
class ReportSchedules {

    private static final Logger log = LoggerFactory.getLogger(ReportSchedules.class);

    private final RoundInputs inputs;
    private final RoundRepository rounds;
    private final RoundCalendar calendar;
    private final CampaignRepository campaigns;
    private final ReportRequests requests;
    private final RuntimeService runtimeService;
    private final EngineAsSystem engine;
    private final OrgDirectory org;
    private final EngineClock clock;
    private final RoundAccess access;

    ReportSchedules(RoundInputs inputs, RoundRepository rounds, RoundCalendar calendar, CampaignRepository campaigns,
                    ReportRequests requests, RuntimeService runtimeService, EngineAsSystem engine, OrgDirectory org,
                    EngineClock clock, RoundAccess access) {
        this.inputs = inputs;
        this.rounds = rounds;
        this.calendar = calendar;
        this.campaigns = campaigns;
        this.requests = requests;
        this.runtimeService = runtimeService;
        this.engine = engine;
        this.org = org;
        this.clock = clock;
        this.access = access;
    }

    /**
     * The next round of a schedule: an item in a year, its dates, and the day it opens – its opening day, or the
     * schedule's plan-from day when that came later (set up or resumed after the opening day).
     */
    record NextRound(ScheduleItem item, int year, RoundCalendar.Dates dates, LocalDate opensOn) {

        OffsetDateTime opensAt() {
            return opensOn.atStartOfDay(EngineClock.ZONE).toOffsetDateTime();
        }
    }

    @Transactional
    long create(ScheduleInput input, SignedInUser user) {
        ValidSchedule valid = inputs.schedule(input, user);
        OffsetDateTime now = clock.now();
        LocalDate today = now.atZoneSameInstant(EngineClock.ZONE).toLocalDate();
        long campaignId = campaigns.insert(new CampaignLaunch(valid.name(), String.valueOf(today.getYear()),
                        valid.root().code(), null, List.of()), valid.root().code(), user.username(), now, null, null,
                CampaignReminders.DEFAULTS);
        // The schedule's reports go where all its items send them; when items differ, each round says.
        List<Receivers> receivers = valid.items().stream().map(ScheduleItem::receivers).distinct().toList();
        campaigns.setReceivers(campaignId,
                receivers.size() == 1 ? receivers.get(0).name() : vn.thidua.campaign.CampaignReceivers.PER_ROUND);
        long id = rounds.insertSchedule(valid.name(), valid.root().code(), campaignId, today, user.username(), now,
                valid.items());
        String processInstanceId = engine.run(() -> runtimeService.createMessageCorrelation(
                        RoundProcess.MESSAGE_SCHEDULE_CREATED)
                .processInstanceBusinessKey("schedule-" + id)
                .setVariables(Variables.createVariables()
                        .putValue(Vars.SCHEDULE_ID, id)
                        .putValue(Vars.CAMPAIGN_ID, campaignId)
                        .putValue(Vars.ROOT_UNIT_CODE, valid.root().code())
                        .putValue(Vars.CAMPAIGN_NAME, valid.name()))
                .correlateStartMessage().getId());
        rounds.attachScheduleProcess(id, processInstanceId);
        campaigns.attachProcessInstance(campaignId, processInstanceId);
        log.info("Report schedule {} set up for unit {} with {} items (campaign {}, process {})", id,
                valid.root().code(), valid.items().size(), campaignId, processInstanceId);
        return id;
    }

    ReportSchedule get(SignedInUser user, long id) {
        ReportSchedule schedule = rounds.findSchedule(id)
                .orElseThrow(() -> new NoSuchElementException(Messages.get("round.schedule.notFound", id)));
        if (!access.canSeeSchedule(user, schedule)) {
            throw new AccessDeniedException();
        }
        return schedule;
    }

    List<ReportSchedule> visibleTo(SignedInUser user) {
        return rounds.schedules().stream().filter(s -> access.canSeeSchedule(user, s)).toList();
    }

    @Transactional
    void pause(SignedInUser user, long id) {
        change(user, id, ScheduleStatus.ACTIVE, ScheduleStatus.PAUSED, null, "round.schedule.notActive");
    }

    @Transactional
    void resume(SignedInUser user, long id) {
        change(user, id, ScheduleStatus.PAUSED, ScheduleStatus.ACTIVE,
                clock.now().atZoneSameInstant(EngineClock.ZONE).toLocalDate(), "round.schedule.notPaused");
    }

    @Transactional
    void end(SignedInUser user, long id) {
        ReportSchedule schedule = get(user, id);
        requireCanChange(user, schedule);
        if (!rounds.changeStatus(id, ScheduleStatus.ACTIVE, ScheduleStatus.ENDED, null)
                && !rounds.changeStatus(id, ScheduleStatus.PAUSED, ScheduleStatus.ENDED, null)) {
            throw new InvalidInputException(Messages.get("round.schedule.alreadyEnded", schedule.name()));
        }
        tellProcess(schedule);
        log.info("Report schedule {} ended by {}", id, user.username());
    }

    private void change(SignedInUser user, long id, ScheduleStatus from, ScheduleStatus to, LocalDate planFrom,
                        String refusal) {
        ReportSchedule schedule = get(user, id);
        requireCanChange(user, schedule);
        if (!rounds.changeStatus(id, from, to, planFrom)) {
            throw new InvalidInputException(Messages.get(refusal, schedule.name(), schedule.status().label()));
        }
        tellProcess(schedule);
        log.info("Report schedule {} now {} by {}", id, to, user.username());
    }

    private void requireCanChange(SignedInUser user, ReportSchedule schedule) {
        if (!access.canChange(user, schedule.rootUnitCode())) {
            throw new AccessDeniedException(Messages.get("round.schedule.changeDenied"));
        }
    }

    /** The process plans again from the schedule's new status (a process not waiting reads it when it next plans). */
    private void tellProcess(ReportSchedule schedule) {
        if (schedule.processInstanceId() != null) {
            engine.run(() -> runtimeService.createMessageCorrelation(RoundProcess.MESSAGE_SCHEDULE_CHANGED)
                    .processInstanceId(schedule.processInstanceId()).correlateAllWithResult());
        }
    }

    /**
     * The round to open next: of the rounds not opened yet whose units' deadline still leaves every level a working
     * day from the plan-from day on, the one that opens first. A round whose opening day passed before the schedule
     * was set up (or while it was paused) opens on the plan-from day, if its deadline still leaves the time.
     */
    Optional<NextRound> next(ReportSchedule schedule) {
        Unit root = org.unit(schedule.rootUnitCode());
        int minOpen = calendar.minOpenDays(root);
        OffsetDateTime from = schedule.planFrom().atStartOfDay(EngineClock.ZONE).toOffsetDateTime();
        List<ScheduledRound> opened = rounds.rounds(schedule.id());
        NextRound best = null;
        for (int year = schedule.planFrom().getYear(); year <= schedule.planFrom().getYear() + 2; year++) {
            for (ScheduleItem item : schedule.items()) {
                int y = year;
                if (opened.stream().anyMatch(r -> r.itemNo() == item.itemNo() && r.year() == y)) {
                    continue;
                }
                if (calendar.workingDaysLeft(from, item.due().atYear(year)) < minOpen) {
                    continue;
                }
                RoundCalendar.Dates dates = calendar.of(root, item, year);
                LocalDate opensOn = dates.opensOn().isBefore(schedule.planFrom())
                        ? schedule.planFrom() : dates.opensOn();
                if (best == null || opensOn.isBefore(best.opensOn())) {
                    best = new NextRound(item, year, dates, opensOn);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Opens a planned round: a phase of the schedule's campaign with its content, recorded once (a job run twice
     * finds it opened). Empty when the schedule is no longer active or the round is already open.
     */
    Optional<ScheduledRound> open(long scheduleId, int itemNo, int year) {
        ReportSchedule schedule = rounds.findSchedule(scheduleId).orElseThrow();
        if (schedule.status() != ScheduleStatus.ACTIVE || rounds.round(scheduleId, itemNo, year).isPresent()) {
            return Optional.empty();
        }
        ScheduleItem item = schedule.items().stream().filter(i -> i.itemNo() == itemNo).findFirst().orElseThrow();
        RoundCalendar.Dates dates = calendar.of(org.unit(schedule.rootUnitCode()), item, year);
        int phaseNo = campaigns.phases(schedule.campaignId()).size() + 1;
        campaigns.insertPhase(new CampaignPhase(schedule.campaignId(), phaseNo,
                roundName(item.title(), year), ReportKind.PERIODIC,
                clock.now().atZoneSameInstant(EngineClock.ZONE).toLocalDate(),
                dates.unitsDue().deadline().atZoneSameInstant(EngineClock.ZONE).toLocalDate(),
                dates.rootDeadline()));
        campaigns.setRoundReceivers(schedule.campaignId(), phaseNo, item.receivers().name());
        requests.define(schedule.campaignId(), phaseNo,
                new ReportRequest(item.instructions(), item.askCounts(), null, List.of()));
        ScheduledRound round = new ScheduledRound(scheduleId, itemNo, year, phaseNo, clock.now());
        rounds.insertRound(round);
        rounds.movePlanFrom(scheduleId, clock.now().atZoneSameInstant(EngineClock.ZONE).toLocalDate());
        log.info("Report schedule {} opened round {} of {} as phase {} of campaign {}", scheduleId, itemNo, year,
                phaseNo, schedule.campaignId());
        return Optional.of(round);
    }

    /** "Báo cáo 6 tháng năm 2027"; "Báo cáo tổng kết năm 2027" for a title that ends with the word năm. */
    static String roundName(String title, int year) {
        boolean endsWithYearWord = title.toLowerCase(java.util.Locale.ROOT)
                .endsWith(" " + Messages.get("round.round.yearWord"));
        return Messages.get(endsWithYearWord ? "round.round.nameAfterYearWord" : "round.round.name", title, year);
    }

    /** Whether the user may pause or end the schedules of a unit: its staff, or an administrator. */
    boolean canChange(SignedInUser user, ReportSchedule schedule) {
        return access.canChange(user, schedule.rootUnitCode());
    }
}
