package vn.thidua.bloc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.bloc.BlocYearProcess.Vars;
import vn.thidua.bloc.BlocYearRepository.Meeting;
import vn.thidua.bloc.BlocYearRepository.PlannedMeeting;
import vn.thidua.bloc.BlocYearRepository.Rank;
import vn.thidua.bloc.BlocYearRepository.Score;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignPhase;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.campaign.ReportKind;
import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.deadline.EngineClock;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.UnitRole;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.report.Report;
import vn.thidua.report.ReportRepository;
import vn.thidua.report.ReportStatus;
import vn.thidua.rules.BlocRules;
import vn.thidua.rules.RuleBook;
import vn.thidua.security.SignedInUser;
import vn.thidua.text.Messages;
import vn.thidua.web.DayInput;
import vn.thidua.web.UploadedFile;

/**
 * A bloc's year in a campaign outside the task forms: the plan the leader's staff prepare (common targets, meeting
 * schedule, each member's chuyên đề), the meetings their hosts record, the interim review, the self-scores and the
 * scores, ranking and vote the bloc meeting agrees, and the parent council's changes. Each action checks who may do
 * it now; a year the user may not see is "not found".
 */
@Service
class BlocYears {

    static final int MAX_TEXT = 4000;
    static final int MAX_SHORT = 300;
    static final int MAX_MEETINGS = 12;
    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private final BlocYearRepository years;
    private final BlocRepository blocs;
    private final BlocService blocService;
    private final CampaignRepository campaigns;
    private final ReportRepository reports;
    private final RuleBook rules;
    private final OrgDirectory org;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final DeadlineCalendar calendar;
    private final EngineClock clock;
    private final BlocProperties properties;

    BlocYears(BlocYearRepository years, BlocRepository blocs, BlocService blocService, CampaignRepository campaigns,
              ReportRepository reports, RuleBook rules, OrgDirectory org, RuntimeService runtime,
              IdentityService identity, DeadlineCalendar calendar, EngineClock clock, BlocProperties properties) {
        this.years = years;
        this.blocs = blocs;
        this.blocService = blocService;
        this.campaigns = campaigns;
        this.reports = reports;
        this.rules = rules;
        this.org = org;
        this.runtime = runtime;
        this.identity = identity;
        this.calendar = calendar;
        this.clock = clock;
        this.properties = properties;
    }

    static String pageOf(long yearId) {
        return "/bloc-years/" + yearId;
    }

    // ---- Opening ------------------------------------------------------------------------------------------------

    /**
     * The campaign reached a parent with blocs in the school year: each bloc's year opens (once per bloc, in the
     * first campaign of the school year), with its plan due some working days from now and never after the parent's
     * own report.
     */
    @Transactional
    void open(Campaign campaign, CampaignPhase phase, Report parentReport) {
        String schoolYear = schoolYearOf(phase.startsOn());
        List<Bloc> parentBlocs = blocs.ofParent(parentReport.unitCode(), schoolYear);
        if (parentBlocs.isEmpty()) {
            return;
        }
        OffsetDateTime now = clock.now();
        OffsetDateTime deadline = calendar.closeOfDay(calendar.workingDaysAfter(now, properties.planWorkingDays())
                .atZoneSameInstant(EngineClock.ZONE).toLocalDate());
        if (parentReport.deadline() != null && parentReport.deadline().isBefore(deadline)
                && parentReport.deadline().isAfter(now)) {
            deadline = parentReport.deadline();
        }
        for (Bloc bloc : parentBlocs) {
            // A bloc has one plan, one pledge and one ranking a school year: the first campaign of the year that
            // reaches its parent carries them; a second campaign of the same year opens nothing more.
            blocs.lock(bloc.id());
            if (!years.ofBloc(bloc.id()).isEmpty()) {
                continue;
            }
            Long id = years.create(bloc.id(), campaign.id(), deadline, now);
            if (id == null) {
                continue;
            }
            Map<String, Object> vars = new HashMap<>();
            vars.put(Vars.BLOC_YEAR_ID, id);
            vars.put(Vars.BLOC_NAME, bloc.name());
            vars.put(Vars.CAMPAIGN_NAME, campaign.name());
            vars.put(Vars.LEADER_UNIT_CODE, bloc.leaderUnitCode());
            vars.put(Vars.PARENT_UNIT_CODE, bloc.parentUnitCode());
            vars.put(Vars.MEMBER_UNIT_CODES, new ArrayList<>(bloc.members()));
            vars.put(Vars.BLOC_YEAR_URL, pageOf(id));
            planDeadlineVars(vars, deadline, now);
            timesOfYear(campaign, vars, now);
            String instance = asSystem(() -> runtime.createMessageCorrelation(BlocYearProcess.OPENED_MESSAGE)
                    .processInstanceBusinessKey("bloc-" + id).setVariables(vars).correlateStartMessage().getId());
            years.setProcessInstance(id, instance);
        }
    }

    void planDeadlineVars(Map<String, Object> vars, OffsetDateTime deadline, OffsetDateTime now) {
        OffsetDateTime reminder = calendar.workingDaysBefore(deadline, properties.reminderWorkingDays());
        vars.put(Vars.PLAN_DEADLINE, DeadlineCalendar.iso(deadline));
        vars.put(Vars.PLAN_DEADLINE_LABEL, DeadlineCalendar.label(deadline));
        vars.put(Vars.PLAN_REMINDER_AT, DeadlineCalendar.iso(reminder.isBefore(now) ? now : reminder));
    }

    /** When the interim review and the evaluation open and are due, from the campaign's phases. */
    private void timesOfYear(Campaign campaign, Map<String, Object> vars, OffsetDateTime now) {
        List<CampaignPhase> phases = campaigns.phases(campaign.id());
        CampaignPhase interim = phases.stream().filter(p -> p.kind() == ReportKind.INTERIM).findFirst().orElse(null);
        vars.put(Vars.HAS_INTERIM, interim != null);
        if (interim != null) {
            // The phase ends at close of its last day, working day or not.
            OffsetDateTime opens = calendar.atCloseOfDay(interim.endsOn());
            vars.put(Vars.INTERIM_OPENS_AT, DeadlineCalendar.iso(opens.isBefore(now) ? now : opens));
            vars.put(Vars.INTERIM_DUE, DeadlineCalendar.iso(calendar.closeOfDay(
                    calendar.workingDaysAfter(interim.endsOn(), properties.interimWorkingDays()))));
        }
        LocalDate end = phases.stream().filter(p -> p.kind() == ReportKind.FINAL).map(CampaignPhase::endsOn)
                .findFirst().orElse(phases.stream().map(CampaignPhase::endsOn).max(Comparator.naturalOrder())
                        .orElse(now.toLocalDate()));
        OffsetDateTime opens = calendar.atCloseOfDay(end.minusDays(properties.evaluationDaysBefore()))
                .minusHours(9);
        vars.put(Vars.EVALUATION_OPENS_AT, DeadlineCalendar.iso(opens.isBefore(now) ? now : opens));
        vars.put(Vars.EVALUATION_DUE, DeadlineCalendar.iso(calendar.closeOfDay(
                calendar.workingDaysAfter(end.minusDays(properties.evaluationDaysBefore()),
                        properties.evaluationWorkingDays()))));
    }

    static String schoolYearOf(LocalDate day) {
        int start = day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1;
        return start + "-" + (start + 1);
    }

    // ---- Reading -------------------------------------------------------------------------------------------------

    /** A year with its bloc, as one who may see it. */
    record Context(BlocYear year, Bloc bloc) {
    }

    Context readable(SignedInUser user, long yearId) {
        BlocYear year = years.find(yearId).orElse(null);
        Bloc bloc = year == null ? null : blocs.find(year.blocId()).orElse(null);
        if (bloc == null || !blocService.canSee(user, bloc)) {
            throw new NoSuchElementException(Messages.get("bloc.year.notFound", yearId));
        }
        return new Context(year, bloc);
    }

    Context context(long yearId) {
        BlocYear year = years.find(yearId).orElseThrow();
        return new Context(year, blocs.find(year.blocId()).orElseThrow());
    }

    /** The newest year's status of each bloc, as the list shows it. */
    Map<Long, String> progress(List<Bloc> list) {
        Map<Long, String> labels = new HashMap<>();
        Map<Long, BlocYear> latest = years.latest(list.stream().map(Bloc::id).toList());
        for (Bloc b : list) {
            BlocYear y = latest.get(b.id());
            labels.put(b.id(), y == null ? Messages.get("bloc.progress.none") : progressLabel(y));
        }
        return labels;
    }

    private String progressLabel(BlocYear y) {
        List<Meeting> meetings = years.meetings(y.id());
        long held = meetings.stream().filter(Meeting::held).count();
        return y.status().label() + (meetings.isEmpty() ? "" : Messages.get("bloc.progress.meetings", held,
                meetings.size()));
    }

    record YearLine(long id, String campaignName, String statusLabel, String planDeadlineLabel) {
    }

    List<YearLine> ofBloc(Bloc bloc) {
        return years.ofBloc(bloc.id()).stream().map(y -> new YearLine(y.id(),
                campaigns.find(y.campaignId()).map(Campaign::name).orElse(""), progressLabel(y),
                DeadlineCalendar.label(y.planDeadline()))).toList();
    }

    String campaignName(BlocYear year) {
        return campaigns.find(year.campaignId()).map(Campaign::name).orElse("");
    }

    String unitName(String code) {
        return code == null ? "" : org.findUnit(code).map(vn.thidua.org.Unit::name).orElse(code);
    }

    BlocRules rulesOf(BlocYear year) {
        Campaign campaign = campaigns.get(year.campaignId());
        return rules.open(campaign.ruleSet() != null ? campaign.ruleSet() : rules.pin(rules.defaultRuleSetId()))
                .blocs();
    }

    // ---- Who -----------------------------------------------------------------------------------------------------

    static boolean staffOf(SignedInUser user, String unitCode) {
        return user.isAdmin() || user.isMemberOf(UnitRole.STAFF.groupId(unitCode));
    }

    boolean canEditPlan(SignedInUser user, Context c) {
        return c.year().status() == BlocYearStatus.PLANNING && staffOf(user, c.bloc().leaderUnitCode());
    }

    boolean canRecordMeeting(SignedInUser user, Context c, Meeting m) {
        return !m.held() && c.year().status().ordinal() >= BlocYearStatus.RUNNING.ordinal()
                && staffOf(user, m.hostUnitCode());
    }

    boolean canEditInterim(SignedInUser user, Context c) {
        return c.year().interimSubmittedAt() == null
                && c.year().status().ordinal() >= BlocYearStatus.RUNNING.ordinal()
                && staffOf(user, c.bloc().leaderUnitCode());
    }

    /** The members whose self-scores the user may type now. */
    List<String> selfScoring(SignedInUser user, Context c) {
        if (c.year().status() != BlocYearStatus.EVALUATING || c.year().evalAgreedAt() != null) {
            return List.of();
        }
        return c.bloc().members().stream().filter(u -> user.isMemberOf(UnitRole.STAFF.groupId(u))
                || user.isAdmin()).toList();
    }

    boolean canAgree(SignedInUser user, Context c) {
        return c.year().status() == BlocYearStatus.EVALUATING && staffOf(user, c.bloc().leaderUnitCode());
    }

    boolean canConfirm(SignedInUser user, Context c) {
        return c.year().status() == BlocYearStatus.WAITING_CONFIRM && (user.isAdmin()
                || user.isMemberOf(UnitRole.COUNCIL.groupId(c.bloc().parentUnitCode())));
    }

    // ---- The plan ----------------------------------------------------------------------------------------------

    /** What the plan page sends, as typed. */
    record PlanInput(String commonTargets, List<MeetingInput> meetings, Map<String, String> topics) {
    }

    record MeetingInput(String plannedOn, String hostUnitCode, String topic) {
    }

    @Transactional
    void savePlan(SignedInUser user, long yearId, PlanInput in) {
        Context c = readable(user, yearId);
        if (!staffOf(user, c.bloc().leaderUnitCode())) {
            throw new AccessDeniedException();
        }
        if (c.year().status() != BlocYearStatus.PLANNING) {
            throw new InvalidInputException(Messages.get("bloc.plan.notEditable", c.year().status().label()));
        }
        List<InputError> errors = new ArrayList<>();
        String targets = text(in.commonTargets(), "commonTargets", Messages.get("bloc.field.commonTargets"),
                MAX_TEXT, errors);
        List<PlannedMeeting> meetings = new ArrayList<>();
        List<MeetingInput> typed = in.meetings() == null ? List.of() : in.meetings().stream()
                .filter(m -> m != null && !(blank(m.plannedOn()) && blank(m.hostUnitCode()) && blank(m.topic())))
                .toList();
        if (typed.size() > MAX_MEETINGS) {
            errors.add(new InputError(0, 0, "meetings", Messages.get("bloc.plan.tooManyMeetings", MAX_MEETINGS)));
        }
        String year = c.bloc().schoolYear();
        LocalDate first = LocalDate.of(Integer.parseInt(year.substring(0, 4)), 8, 1);
        LocalDate last = first.plusYears(1).minusDays(1);
        int row = 0;
        for (MeetingInput m : typed) {
            row++;
            LocalDate day = null;
            try {
                day = DayInput.parse(m.plannedOn(), Messages.get("bloc.field.meetingDay", row));
            } catch (InvalidInputException e) {
                errors.add(new InputError(row, 1, "meetings", e.getMessage()));
            }
            if (day == null && !blank(m.plannedOn())) {
                // already reported
            } else if (day == null) {
                errors.add(new InputError(row, 1, "meetings", Messages.get("bloc.plan.meetingDay", row)));
            } else if (day.isBefore(first) || day.isAfter(last)) {
                errors.add(new InputError(row, 1, "meetings", Messages.get("bloc.plan.meetingOutside", row, year)));
            }
            String host = m.hostUnitCode() == null ? "" : m.hostUnitCode().trim();
            if (!c.bloc().hasMember(host)) {
                errors.add(new InputError(row, 2, "meetings", Messages.get("bloc.plan.meetingHost", row)));
            }
            String topic = m.topic() == null ? "" : m.topic().strip();
            if (topic.isEmpty()) {
                errors.add(new InputError(row, 3, "meetings", Messages.get("bloc.plan.meetingTopic", row)));
            } else if (topic.length() > MAX_SHORT) {
                errors.add(new InputError(row, 3, "meetings", Messages.get("bloc.tooLong",
                        Messages.get("bloc.field.topic"), topic.length(), MAX_SHORT)));
            }
            if (day != null && c.bloc().hasMember(host) && !topic.isEmpty() && topic.length() <= MAX_SHORT) {
                meetings.add(new PlannedMeeting(day, host, topic));
            }
        }
        meetings.sort(Comparator.comparing(PlannedMeeting::plannedOn));
        Map<String, String> topics = new LinkedHashMap<>();
        for (String member : c.bloc().members()) {
            String topic = in.topics() == null ? null : in.topics().get(member);
            if (!blank(topic)) {
                if (topic.strip().length() > MAX_SHORT) {
                    errors.add(new InputError(0, 0, "topics", Messages.get("bloc.tooLong",
                            Messages.get("bloc.field.memberTopic"), topic.strip().length(), MAX_SHORT)));
                } else {
                    topics.put(member, topic.strip());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        if (years.meetings(yearId).stream().anyMatch(Meeting::held)) {
            throw invalid(List.of(new InputError(0, 0, "meetings", Messages.get("bloc.plan.meetingsHeld"))));
        }
        years.savePlan(yearId, targets, meetings, topics);
    }

    /** What the plan still lacks before the members sign it. */
    List<String> missingInPlan(Context c) {
        List<String> missing = new ArrayList<>();
        BlocYear y = years.find(c.year().id()).orElseThrow();
        if (y.commonTargets() == null || y.commonTargets().strip().length() < 10) {
            missing.add(Messages.get("bloc.missing.targets"));
        }
        if (years.meetings(y.id()).isEmpty()) {
            missing.add(Messages.get("bloc.missing.meetings"));
        }
        Map<String, String> topics = years.topics(y.id());
        List<String> without = c.bloc().members().stream().filter(u -> !topics.containsKey(u)).toList();
        if (!without.isEmpty()) {
            missing.add(Messages.get("bloc.missing.topics", String.join(", ", org.unitNames(without).values())));
        }
        return missing;
    }

    // ---- Meetings ------------------------------------------------------------------------------------------------

    record MeetingRecord(String heldOn, String topic, List<String> present, String conclusions) {
    }

    @Transactional
    void saveMeeting(SignedInUser user, long yearId, int seq, MeetingRecord in) {
        Context c = readable(user, yearId);
        Meeting m = years.meeting(yearId, seq).orElseThrow(() -> new NoSuchElementException(
                Messages.get("bloc.meeting.notFound", seq)));
        if (!staffOf(user, m.hostUnitCode())) {
            throw new AccessDeniedException();
        }
        if (!canRecordMeeting(user, c, m)) {
            throw new InvalidInputException(Messages.get("bloc.meeting.notEditable"));
        }
        List<InputError> errors = new ArrayList<>();
        LocalDate held = null;
        try {
            held = DayInput.parse(in.heldOn(), Messages.get("bloc.field.heldOn"));
        } catch (InvalidInputException e) {
            errors.add(new InputError(0, 0, "heldOn", e.getMessage()));
        }
        if (held != null && held.isAfter(clock.now().toLocalDate())) {
            errors.add(new InputError(0, 0, "heldOn", Messages.get("bloc.meeting.future")));
        }
        String topic = text(in.topic(), "topic", Messages.get("bloc.field.topic"), MAX_SHORT, errors);
        String conclusions = text(in.conclusions(), "conclusions", Messages.get("bloc.field.conclusions"),
                MAX_TEXT, errors);
        List<String> present = new ArrayList<>(new LinkedHashSet<>(in.present() == null ? List.of()
                : in.present().stream().filter(p -> p != null && !p.isBlank()).map(String::trim).toList()));
        for (String p : present) {
            if (!c.bloc().hasMember(p)) {
                errors.add(new InputError(0, 0, "present", Messages.get("bloc.meeting.presentUnknown", p)));
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        years.saveMeetingDraft(yearId, seq, held, topic, present, conclusions);
    }

    @Transactional
    void uploadMeetingMinutes(SignedInUser user, long yearId, int seq, String fileName, String type, byte[] bytes) {
        Context c = readable(user, yearId);
        Meeting m = years.meeting(yearId, seq).orElseThrow(() -> new NoSuchElementException(
                Messages.get("bloc.meeting.notFound", seq)));
        if (!staffOf(user, m.hostUnitCode())) {
            throw new AccessDeniedException();
        }
        if (!canRecordMeeting(user, c, m)) {
            throw new InvalidInputException(Messages.get("bloc.meeting.notEditable"));
        }
        checkFile(fileName, bytes);
        years.saveMeetingMinutes(yearId, seq, UploadedFile.name(fileName), UploadedFile.contentType(type), bytes);
    }

    /** What a meeting's record still lacks before the host completes the task. */
    List<String> missingInMeeting(long yearId, int seq) {
        Meeting m = years.meeting(yearId, seq).orElseThrow();
        List<String> missing = new ArrayList<>();
        if (m.heldOn() == null) {
            missing.add(Messages.get("bloc.field.heldOn"));
        }
        if (m.heldTopic() == null) {
            missing.add(Messages.get("bloc.field.topic"));
        }
        if (m.present().isEmpty()) {
            missing.add(Messages.get("bloc.field.present"));
        }
        if (m.conclusions() == null) {
            missing.add(Messages.get("bloc.field.conclusions"));
        }
        if (m.minutesName() == null) {
            missing.add(Messages.get("bloc.field.minutes"));
        }
        return missing;
    }

    BlocYearRepository.StoredFile meetingMinutes(SignedInUser user, long yearId, int seq) {
        readable(user, yearId);
        return years.meetingMinutes(yearId, seq).orElseThrow(() -> new NoSuchElementException(
                Messages.get("bloc.file.notFound")));
    }

    // ---- Interim review ----------------------------------------------------------------------------------------

    /** A member's sơ kết as the bloc's table shows it. */
    record InterimFigure(String unitCode, String unitName, String status, Integer staffCount,
                         Integer registeredCount, String summary, boolean onTime) {
    }

    List<InterimFigure> interimFigures(Context c) {
        List<CampaignPhase> phases = campaigns.phases(c.year().campaignId());
        CampaignPhase interim = phases.stream().filter(p -> p.kind() == ReportKind.INTERIM).findFirst().orElse(null);
        if (interim == null) {
            return List.of();
        }
        Map<String, String> names = org.unitNames(c.bloc().members());
        List<InterimFigure> rows = new ArrayList<>();
        for (String member : c.bloc().members()) {
            Report r = reports.find(c.year().campaignId(), interim.phaseNo(), member).orElse(null);
            rows.add(r == null ? new InterimFigure(member, names.getOrDefault(member, member),
                    Messages.get("bloc.interim.noReport"), null, null, null, false)
                    : new InterimFigure(member, names.getOrDefault(member, member),
                    Messages.get("report.status." + r.status().name()), r.staffCount(), r.registeredCount(),
                    r.summary(), onTime(r)));
        }
        return rows;
    }

    @Transactional
    void saveInterim(SignedInUser user, long yearId, String summary) {
        Context c = readable(user, yearId);
        if (!staffOf(user, c.bloc().leaderUnitCode())) {
            throw new AccessDeniedException();
        }
        if (!canEditInterim(user, c)) {
            throw new InvalidInputException(Messages.get("bloc.interim.notEditable"));
        }
        List<InputError> errors = new ArrayList<>();
        String text = text(summary, "interimSummary", Messages.get("bloc.field.interimSummary"), MAX_TEXT, errors);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        years.saveInterim(yearId, text);
    }

    // ---- Evaluation --------------------------------------------------------------------------------------------

    private static boolean onTime(Report r) {
        return r.submittedAt() != null && r.deadline() != null && !r.submittedAt().isAfter(r.deadline());
    }

    /** A computed criterion's points for a member: the share of its due reports sent on time, or of its meetings. */
    BigDecimal computed(Context c, BlocRules.Criterion criterion, String unitCode) {
        BigDecimal share;
        if (criterion.source() == BlocRules.Source.ON_TIME_REPORTS) {
            OffsetDateTime now = clock.now();
            List<Report> due = reports.ofCampaign(c.year().campaignId()).stream()
                    .filter(r -> r.unitCode().equals(unitCode))
                    .filter(r -> r.submittedAt() != null || (r.deadline() != null && r.deadline().isBefore(now))
                            || r.status() == ReportStatus.ACCEPTED)
                    .toList();
            long ok = due.stream().filter(BlocYears::onTime).count();
            share = due.isEmpty() ? BigDecimal.ONE : BigDecimal.valueOf(ok).divide(BigDecimal.valueOf(due.size()), 6,
                    RoundingMode.HALF_UP);
        } else {
            List<Meeting> meetings = years.meetings(c.year().id());
            List<Meeting> hosted = meetings.stream().filter(m -> m.hostUnitCode().equals(unitCode)).toList();
            List<Meeting> held = meetings.stream().filter(Meeting::held).toList();
            long hostedOnTime = hosted.stream().filter(m -> m.held() && !m.heldOn().isAfter(
                    calendar.workingDaysAfter(m.plannedOn(), properties.meetingRecordWorkingDays()))).count();
            long attended = held.stream().filter(m -> m.present().contains(unitCode)).count();
            int of = hosted.size() + held.size();
            share = of == 0 ? BigDecimal.ONE : BigDecimal.valueOf(hostedOnTime + attended)
                    .divide(BigDecimal.valueOf(of), 6, RoundingMode.HALF_UP);
        }
        return criterion.maxPoints().multiply(share).setScale(2, RoundingMode.HALF_UP);
    }

    /** Self-scores of one member for the typed criteria, each within 0 and the criterion's maximum. */
    @Transactional
    void saveSelfScores(SignedInUser user, long yearId, String unitCode, Map<String, String> typed) {
        Context c = readable(user, yearId);
        if (!selfScoring(user, c).contains(unitCode)) {
            throw new AccessDeniedException();
        }
        BlocRules set = rulesOf(c.year());
        Map<String, BigDecimal> values = scores(set, typed, unitCode, new ArrayList<>());
        values.forEach((criterion, value) -> years.saveScore(yearId, unitCode, criterion, value, false));
    }

    private Map<String, BigDecimal> scores(BlocRules set, Map<String, String> typed, String unitCode,
                                           List<InputError> errors) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (BlocRules.Criterion criterion : set.criteria()) {
            if (criterion.source() != BlocRules.Source.TYPED) {
                continue;
            }
            String text = typed == null ? null : typed.get(criterion.code());
            if (blank(text)) {
                continue;
            }
            BigDecimal value;
            try {
                value = new BigDecimal(text.trim().replace(',', '.'));
            } catch (NumberFormatException e) {
                errors.add(new InputError(0, 0, unitCode + "." + criterion.code(), Messages.get("bloc.score.number",
                        criterion.name(), text.trim())));
                continue;
            }
            if (value.signum() < 0 || value.compareTo(criterion.maxPoints()) > 0 || value.scale() > 2) {
                errors.add(new InputError(0, 0, unitCode + "." + criterion.code(), Messages.get("bloc.score.range",
                        criterion.name(), criterion.maxPoints().stripTrailingZeros().toPlainString())));
                continue;
            }
            values.put(criterion.code(), value);
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return values;
    }

    /** The typed criteria a member has not scored itself on yet. */
    List<String> missingSelfScores(long yearId, String unitCode) {
        Context c = context(yearId);
        BlocRules set = rulesOf(c.year());
        Set<String> scored = new LinkedHashSet<>();
        years.scores(yearId).stream().filter(s -> s.unitCode().equals(unitCode) && s.selfScore() != null)
                .forEach(s -> scored.add(s.criterion()));
        return set.criteria().stream().filter(cr -> cr.source() == BlocRules.Source.TYPED
                && !scored.contains(cr.code())).map(BlocRules.Criterion::name).toList();
    }

    /** The scores the bloc meeting agreed (typed criteria) and the members' votes for next year's leader. */
    @Transactional
    void saveAgreed(SignedInUser user, long yearId, Map<String, Map<String, String>> typed,
                    Map<String, String> votes) {
        Context c = readable(user, yearId);
        if (!staffOf(user, c.bloc().leaderUnitCode())) {
            throw new AccessDeniedException();
        }
        if (!canAgree(user, c)) {
            throw new InvalidInputException(Messages.get("bloc.agree.notEditable"));
        }
        BlocRules set = rulesOf(c.year());
        List<InputError> errors = new ArrayList<>();
        Map<String, Map<String, BigDecimal>> values = new LinkedHashMap<>();
        for (String member : c.bloc().members()) {
            try {
                values.put(member, scores(set, typed == null ? Map.of() : typed.getOrDefault(member, Map.of()),
                        member, new ArrayList<>()));
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        Map<String, String> cleanVotes = new LinkedHashMap<>();
        if (votes != null) {
            votes.forEach((voter, candidate) -> {
                if (blank(candidate)) {
                    return;
                }
                if (!c.bloc().hasMember(voter) || !c.bloc().hasMember(candidate.trim())) {
                    errors.add(new InputError(0, 0, "votes", Messages.get("bloc.vote.member")));
                } else {
                    cleanVotes.put(voter, candidate.trim());
                }
            });
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        values.forEach((member, scores) -> scores.forEach((criterion, value) ->
                years.saveScore(yearId, member, criterion, value, true)));
        for (String member : c.bloc().members()) {
            years.vote(yearId, member, cleanVotes.get(member));
        }
    }

    @Transactional
    void uploadEvalMinutes(SignedInUser user, long yearId, String fileName, String type, byte[] bytes) {
        Context c = readable(user, yearId);
        if (!staffOf(user, c.bloc().leaderUnitCode())) {
            throw new AccessDeniedException();
        }
        if (!canAgree(user, c)) {
            throw new InvalidInputException(Messages.get("bloc.agree.notEditable"));
        }
        checkFile(fileName, bytes);
        years.saveEvalMinutes(yearId, UploadedFile.name(fileName), UploadedFile.contentType(type), bytes);
    }

    BlocYearRepository.StoredFile evalMinutes(SignedInUser user, long yearId) {
        readable(user, yearId);
        return years.evalMinutes(yearId).orElseThrow(() -> new NoSuchElementException(
                Messages.get("bloc.file.notFound")));
    }

    /** One member's line of the scoring table. */
    record ScoreLine(String unitCode, String unitName, Map<String, BigDecimal> self, Map<String, BigDecimal> agreed,
                     BigDecimal selfTotal, BigDecimal agreedTotal) {
    }

    /** The scoring table: computed criteria filled in, typed ones as the members and the bloc gave them. */
    List<ScoreLine> scoreTable(Context c) {
        BlocRules set = rulesOf(c.year());
        List<Score> stored = years.scores(c.year().id());
        Map<String, String> names = org.unitNames(c.bloc().members());
        List<ScoreLine> lines = new ArrayList<>();
        for (String member : c.bloc().members()) {
            Map<String, BigDecimal> self = new LinkedHashMap<>();
            Map<String, BigDecimal> agreed = new LinkedHashMap<>();
            for (BlocRules.Criterion criterion : set.criteria()) {
                if (criterion.source() != BlocRules.Source.TYPED) {
                    BigDecimal value = computed(c, criterion, member);
                    self.put(criterion.code(), value);
                    agreed.put(criterion.code(), value);
                    continue;
                }
                stored.stream().filter(s -> s.unitCode().equals(member) && s.criterion().equals(criterion.code()))
                        .findFirst().ifPresent(s -> {
                            if (s.selfScore() != null) {
                                self.put(criterion.code(), s.selfScore());
                            }
                            if (s.agreedScore() != null) {
                                agreed.put(criterion.code(), s.agreedScore());
                            }
                        });
            }
            lines.add(new ScoreLine(member, names.getOrDefault(member, member), self, agreed, sum(self),
                    sum(agreed)));
        }
        return lines;
    }

    private static BigDecimal sum(Map<String, BigDecimal> values) {
        return values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What the agreement still lacks: an agreed score per member and typed criterion, the minutes, every vote. */
    List<String> missingInAgreement(long yearId) {
        Context c = context(yearId);
        BlocRules set = rulesOf(c.year());
        List<String> missing = new ArrayList<>();
        List<Score> stored = years.scores(yearId);
        Map<String, String> names = org.unitNames(c.bloc().members());
        for (String member : c.bloc().members()) {
            for (BlocRules.Criterion criterion : set.criteria()) {
                if (criterion.source() == BlocRules.Source.TYPED && stored.stream().noneMatch(s ->
                        s.unitCode().equals(member) && s.criterion().equals(criterion.code())
                                && s.agreedScore() != null)) {
                    missing.add(Messages.get("bloc.missing.agreed", names.getOrDefault(member, member),
                            criterion.name()));
                }
            }
        }
        if (years.evalMinutes(yearId).isEmpty()) {
            missing.add(Messages.get("bloc.missing.evalMinutes"));
        }
        Map<String, String> votes = years.votes(yearId);
        List<String> notVoted = c.bloc().members().stream().filter(m -> !votes.containsKey(m)).toList();
        if (!notVoted.isEmpty()) {
            missing.add(Messages.get("bloc.missing.votes", String.join(", ", org.unitNames(notVoted).values())));
        }
        return missing;
    }

    /** The result of the agreement: ranking by agreed total, leading units, next leader by the vote and tie rule. */
    record Outcome(List<Rank> ranking, String nextLeader, List<String> tied) {
    }

    Outcome outcome(long yearId) {
        Context c = context(yearId);
        BlocRules set = rulesOf(c.year());
        List<ScoreLine> table = scoreTable(c);
        List<ScoreLine> sorted = new ArrayList<>(table);
        sorted.sort(Comparator.comparing(ScoreLine::agreedTotal).reversed().thenComparing(ScoreLine::unitCode));
        List<Rank> ranking = new ArrayList<>();
        int rank = 0;
        BigDecimal previous = null;
        for (int i = 0; i < sorted.size(); i++) {
            ScoreLine line = sorted.get(i);
            if (previous == null || line.agreedTotal().compareTo(previous) != 0) {
                rank = i + 1;
            }
            previous = line.agreedTotal();
            ranking.add(new Rank(line.unitCode(), line.agreedTotal(), rank, rank <= set.leadingUnits()));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        years.votes(yearId).values().forEach(v -> counts.merge(v, 1L, Long::sum));
        long top = counts.values().stream().max(Long::compare).orElse(0L);
        List<String> tied = counts.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey)
                .toList();
        String next = null;
        if (tied.size() == 1) {
            next = tied.get(0);
        } else if (!tied.isEmpty() && set.tieRule() == BlocRules.TieRule.HIGHER_RANK) {
            next = ranking.stream().filter(r -> tied.contains(r.unitCode())).min(Comparator.comparingInt(Rank::rankNo)
                    .thenComparing(Rank::unitCode)).map(Rank::unitCode).orElse(null);
        }
        return new Outcome(ranking, next, tied.size() > 1 ? tied : List.of());
    }

    /** The parent's council changes the leading units or the next leader before it confirms. */
    @Transactional
    void changeResult(SignedInUser user, long yearId, List<String> leading, String nextLeader) {
        Context c = readable(user, yearId);
        if (!canConfirm(user, c)) {
            throw new AccessDeniedException();
        }
        List<InputError> errors = new ArrayList<>();
        List<String> chosen = leading == null ? List.of() : leading.stream().filter(l -> !blank(l)).map(String::trim)
                .distinct().toList();
        if (chosen.isEmpty() || chosen.stream().anyMatch(l -> !c.bloc().hasMember(l))) {
            errors.add(new InputError(0, 0, "leading", Messages.get("bloc.confirm.leading")));
        }
        String next = nextLeader == null ? "" : nextLeader.trim();
        if (!c.bloc().hasMember(next)) {
            errors.add(new InputError(0, 0, "nextLeader", Messages.get("bloc.confirm.nextLeader")));
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        List<Rank> ranking = years.ranking(yearId).stream().map(r -> new Rank(r.unitCode(), r.total(), r.rankNo(),
                chosen.contains(r.unitCode()))).toList();
        years.saveRanking(yearId, ranking, next);
    }

    // ---- Helpers -----------------------------------------------------------------------------------------------

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String text(String value, String field, String label, int max, List<InputError> errors) {
        if (blank(value)) {
            errors.add(new InputError(0, 0, field, Messages.get("bloc.required", label)));
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            errors.add(new InputError(0, 0, field, Messages.get("bloc.tooLong", label, text.length(), max)));
            return null;
        }
        return text;
    }

    private static void checkFile(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw invalid(List.of(new InputError(0, 0, "file", Messages.get("bloc.file.missing"))));
        }
        if (content.length > MAX_FILE_BYTES) {
            throw invalid(List.of(new InputError(0, 0, "file", Messages.get("bloc.file.tooLarge", 10))));
        }
        if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
            throw invalid(List.of(new InputError(0, 0, "file", Messages.get("bloc.file.name"))));
        }
    }

    static InvalidInputException invalid(List<InputError> errors) {
        return new InvalidInputException(errors.size() == 1 ? errors.get(0).message()
                : Messages.get("bloc.invalid", errors.size()), errors);
    }

    <T> T asSystem(Supplier<T> action) {
        var previous = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return action.get();
        } finally {
            if (previous != null) {
                identity.setAuthentication(previous);
            }
        }
    }

    OffsetDateTime now() {
        return clock.now();
    }

    DeadlineCalendar calendar() {
        return calendar;
    }

    BlocProperties properties() {
        return properties;
    }

    BlocYearRepository repository() {
        return years;
    }
}
