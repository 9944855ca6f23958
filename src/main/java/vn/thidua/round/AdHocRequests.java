package vn.thidua.round;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.NoSuchElementException;

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
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.report.ReportRequest;
import vn.thidua.report.ReportRequests;
import vn.thidua.round.RoundInputs.ValidAdHoc;
import vn.thidua.round.RoundProcess.Vars;
import vn.thidua.security.SignedInUser;
import vn.thidua.text.Messages;
import vn.thidua.web.DayInput;

/**
 * Ad-hoc requests (báo cáo đột xuất): one round, opened at once for every unit below or a chosen list, through the
 * same report process as a campaign's phase.
 */
@Service
class AdHocRequests {

    private static final Logger log = LoggerFactory.getLogger(AdHocRequests.class);

    /** An ad-hoc request runs as the one phase of its campaign. */
    static final int PHASE_NO = 1;

    private final RoundInputs inputs;
    private final RoundRepository rounds;
    private final RoundCalendar calendar;
    private final CampaignRepository campaigns;
    private final ReportRequests requests;
    private final RuntimeService runtimeService;
    private final EngineAsSystem engine;
    private final EngineClock clock;
    private final RoundAccess access;

    AdHocRequests(RoundInputs inputs, RoundRepository rounds, RoundCalendar calendar, CampaignRepository campaigns,
                  ReportRequests requests, RuntimeService runtimeService, EngineAsSystem engine, EngineClock clock,
                  RoundAccess access) {
        this.inputs = inputs;
        this.rounds = rounds;
        this.calendar = calendar;
        this.campaigns = campaigns;
        this.requests = requests;
        this.runtimeService = runtimeService;
        this.engine = engine;
        this.clock = clock;
        this.access = access;
    }

    /** A request with who it was sent to (empty: every unit below). */
    record Sent(AdHocRequest request, List<String> unitCodes) {
    }

    @Transactional
    long create(AdHocInput input, UploadedTemplate template, SignedInUser user) {
        ValidAdHoc valid = inputs.adHoc(input, template, user);
        OffsetDateTime now = clock.now();
        LocalDate today = now.atZoneSameInstant(EngineClock.ZONE).toLocalDate();
        RoundCalendar.Dates dates = calendar.of(valid.root(), valid.dueOn(), 0);
        // The topic names the round (the phase); the campaign says who asked and when, so a task's title
        // ("topic – school – campaign") does not repeat the topic
        String campaignName = Messages.get("round.adHoc.campaignName", valid.root().name(), DayInput.format(today));
        long campaignId = campaigns.insert(new CampaignLaunch(campaignName, String.valueOf(valid.dueOn().getYear()),
                        valid.root().code(), null, List.of()), valid.root().code(), user.username(), now, null, null,
                CampaignReminders.DEFAULTS);
        campaigns.setReceivers(campaignId, valid.receivers().name());
        campaigns.insertPhase(new CampaignPhase(campaignId, PHASE_NO, valid.topic(), ReportKind.AD_HOC, today,
                dates.unitsDue().deadline().atZoneSameInstant(EngineClock.ZONE).toLocalDate(),
                dates.rootDeadline()));
        long id = rounds.insertAdHoc(valid.topic(), valid.root().code(), campaignId, valid.dueOn(),
                valid.instructions(), valid.askCounts(), valid.receivers(), valid.template(), user.username(), now);
        requests.define(campaignId, PHASE_NO, new ReportRequest(valid.instructions(), valid.askCounts(),
                valid.template() == null ? null : "/adhoc-reports/" + id + "/template", valid.unitCodes()));
        String processInstanceId = engine.run(() -> runtimeService.createMessageCorrelation(
                        RoundProcess.MESSAGE_ADHOC_REQUESTED)
                .processInstanceBusinessKey("adhoc-" + id)
                .setVariables(Variables.createVariables()
                        .putValue(Vars.ADHOC_ID, id)
                        .putValue(Vars.CAMPAIGN_ID, campaignId)
                        .putValue(Vars.PHASE_NO, PHASE_NO)
                        .putValue(Vars.ROOT_UNIT_CODE, valid.root().code())
                        .putValue(Vars.RECEIVERS, valid.receivers().name())
                        .putValue(Vars.CAMPAIGN_NAME, campaignName))
                .correlateStartMessage().getId());
        rounds.attachAdHocProcess(id, processInstanceId);
        campaigns.attachProcessInstance(campaignId, processInstanceId);
        log.info("Ad-hoc request {} of unit {} to {} units (campaign {}, process {})", id, valid.root().code(),
                valid.unitCodes().isEmpty() ? "all" : valid.unitCodes().size(), campaignId, processInstanceId);
        return id;
    }

    Sent get(SignedInUser user, long id) {
        AdHocRequest request = rounds.findAdHoc(id)
                .orElseThrow(() -> new NoSuchElementException(Messages.get("round.adHoc.notFound", id)));
        List<String> units = requests.find(request.campaignId(), PHASE_NO).map(ReportRequest::unitCodes)
                .orElse(List.of());
        if (!access.canSeeAdHoc(user, request, units)) {
            throw new AccessDeniedException();
        }
        return new Sent(request, units);
    }

    List<Sent> visibleTo(SignedInUser user) {
        return rounds.adHocRequests().stream()
                .map(r -> new Sent(r, requests.find(r.campaignId(), PHASE_NO).map(ReportRequest::unitCodes)
                        .orElse(List.of())))
                .filter(s -> access.canSeeAdHoc(user, s.request(), s.unitCodes())).toList();
    }

    /** The attachment template, for whoever may see the request. */
    UploadedTemplate template(SignedInUser user, long id) {
        AdHocRequest request = get(user, id).request();
        byte[] content = rounds.template(id)
                .orElseThrow(() -> new NoSuchElementException(Messages.get("round.template.none")));
        return new UploadedTemplate(request.templateName(), request.templateContentType(), content);
    }

    boolean canChange(SignedInUser user, AdHocRequest request) {
        return access.canChange(user, request.rootUnitCode());
    }
}
