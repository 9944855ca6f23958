package vn.thidua.report;

import java.time.OffsetDateTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignProperties;
import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.deadline.EngineClock;
import vn.thidua.report.UnitReportProcess.Vars;

/** {@code Task_SubmitReport}: the head signed; the report goes to the parent, whose staff review it. */
@Component("submitReport")
public class SubmitReport implements JavaDelegate {

    private final ReportRepository reports;
    private final CampaignProperties properties;
    private final DeadlineCalendar calendar;
    private final EngineClock clock;

    public SubmitReport(ReportRepository reports, CampaignProperties properties, DeadlineCalendar calendar,
                        EngineClock clock) {
        this.reports = reports;
        this.properties = properties;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OffsetDateTime now = clock.now();
        reports.markSubmitted(((Number) execution.getVariable(Vars.REPORT_ID)).longValue(), now);
        execution.setVariable(Vars.REVIEW_DUE, DeadlineCalendar.iso(
                calendar.workingDaysAfter(now, properties.reviewDays())));
    }
}
