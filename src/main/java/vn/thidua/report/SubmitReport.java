package vn.thidua.report;

import java.time.OffsetDateTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignProperties;
import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.deadline.EngineClock;

/**
 * {@code Task_SubmitReport}: the head signed; the report goes to the parent, whose staff review it. Publishes
 * {@link ReportSubmitted}.
 */
@Component("submitReport")
class SubmitReport implements JavaDelegate {

    private final ReportRepository reports;
    private final CampaignProperties properties;
    private final DeadlineCalendar calendar;
    private final EngineClock clock;
    private final ApplicationEventPublisher events;

    SubmitReport(ReportRepository reports, CampaignProperties properties, DeadlineCalendar calendar,
                        EngineClock clock, ApplicationEventPublisher events) {
        this.reports = reports;
        this.properties = properties;
        this.calendar = calendar;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportVariables vars = ReportVariables.of(execution);
        OffsetDateTime now = clock.now();
        long reportId = vars.reportId();
        reports.markSubmitted(reportId, now);
        vars.setReviewDue(calendar.workingDaysAfter(now, properties.reviewDays()));
        events.publishEvent(new ReportSubmitted(reportId, vars.dossier()));
    }
}
