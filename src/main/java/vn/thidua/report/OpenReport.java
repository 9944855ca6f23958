package vn.thidua.report;

import java.time.OffsetDateTime;
import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignPhase;
import vn.thidua.campaign.CampaignProperties;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.campaign.ReportKind;
import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.deadline.EngineClock;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitRole;
import vn.thidua.report.UnitReportProcess.Vars;

/**
 * {@code Task_OpenReport}: opens the unit's report for the phase, with its own deadline — the parent's deadline
 * less the lead working days of the unit's level (the root reports by the campaign's deadline, moved to the next
 * working day when the plan named a day off) — and lists the children
 * whose reports come first.
 */
@Component("openReport")
class OpenReport implements JavaDelegate {

    private final OrgDirectory org;
    private final CampaignRepository campaigns;
    private final ReportRepository reports;
    private final CampaignProperties properties;
    private final DeadlineCalendar calendar;
    private final ReportDeadlines deadlines;
    private final ReportReceipts receipts;
    private final ReportRequests requests;
    private final ApplicationEventPublisher events;

    OpenReport(OrgDirectory org, CampaignRepository campaigns, ReportRepository reports,
                      CampaignProperties properties, DeadlineCalendar calendar, ReportDeadlines deadlines,
                      ReportReceipts receipts, ReportRequests requests, ApplicationEventPublisher events) {
        this.events = events;
        this.receipts = receipts;
        this.org = org;
        this.campaigns = campaigns;
        this.reports = reports;
        this.properties = properties;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportVariables vars = ReportVariables.of(execution);
        long campaignId = vars.campaignId();
        int phaseNo = vars.phaseNo();
        Unit unit = org.unit(vars.unitCode());
        Campaign campaign = campaigns.get(campaignId);
        CampaignPhase phase = campaigns.phase(campaignId, phaseNo);
        OffsetDateTime parentDeadline = vars.parentDeadline();
        DeadlineCalendar.Due due = parentDeadline == null
                ? calendar.dueOn(phase.reportDeadline().atZoneSameInstant(EngineClock.ZONE).toLocalDate())
                : new DeadlineCalendar.Due(calendar.leadBefore(parentDeadline,
                        properties.leadDaysFor(unit.level(), campaign.leadDays())), null);
        // A periodic or ad-hoc round ends at the level that asked for it: that level's own report goes up to no one
        String parentCode = phase.kind().isRequest() && unit.code().equals(campaign.rootUnitCode())
                ? null : unit.parentCode();
        Report report = reports.open(campaignId, phaseNo, unit.code(), parentCode, phase.kind(),
                due.deadline(), execution.getProcessInstanceId());

        if (vars.receivers().includesOthers()) {
            receipts.register(report.id(), org.otherBodies(unit.code()).stream().map(Unit::code).toList());
        }
        execution.setVariable(Vars.REPORT_ID, report.id());
        execution.setVariable(Vars.REPORT_TITLE, ReportContext.View.title(phase, unit, campaign));
        execution.setVariable(Vars.UNIT_NAME, unit.name());
        execution.setVariable(Vars.CAMPAIGN_NAME, campaign.name());
        execution.setVariable(Vars.STAFF_GROUP, unit.groupId(UnitRole.STAFF));
        execution.setVariable(Vars.HEAD_GROUP, unit.groupId(UnitRole.HEAD));
        execution.setVariable(Vars.COUNCIL_GROUP, unit.groupId(UnitRole.COUNCIL));
        execution.setVariable(Vars.DOSSIER, phase.kind() == ReportKind.FINAL);
        execution.setVariable(Vars.HAS_PARENT, parentCode != null);
        execution.setVariable(Vars.REVIEWER_GROUP, parentCode == null ? null : UnitRole.STAFF.groupId(parentCode));
        execution.setVariable(Vars.CHILD_UNIT_CODES, new ArrayList<>(requests.takingPart(campaignId, phaseNo,
                org.children(unit.code()).stream().map(Unit::code).toList())));
        deadlines.set(execution, campaignId, due);
        events.publishEvent(new ReportOpened(report.id()));
    }
}
