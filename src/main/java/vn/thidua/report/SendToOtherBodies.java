package vn.thidua.report;

import java.time.OffsetDateTime;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignProperties;
import vn.thidua.deadline.EngineClock;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.UnitRole;

/**
 * {@code Task_SendToOtherBodies}: the head signed; besides the parent, every other body the report goes to receives
 * it in its own {@link ReportReceiptProcess} (so the unit's process, and its parent's, never wait for them) and its
 * staff get a mail. A body that still has the report open from an earlier submission reads the new content there.
 * A retried job starts nothing twice: a body already waiting is skipped.
 */
@Component("sendToOtherBodies")
class SendToOtherBodies implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SendToOtherBodies.class);

    private final ReportReceipts receipts;
    private final ReportRepository reports;
    private final OrgDirectory org;
    private final ReportMails mails;
    private final EngineClock clock;
    private final ReportDeadlines deadlines;
    private final CampaignProperties properties;

    SendToOtherBodies(ReportReceipts receipts, ReportRepository reports, OrgDirectory org, ReportMails mails,
                      EngineClock clock, ReportDeadlines deadlines, CampaignProperties properties) {
        this.deadlines = deadlines;
        this.properties = properties;
        this.receipts = receipts;
        this.reports = reports;
        this.org = org;
        this.mails = mails;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportVariables vars = ReportVariables.of(execution);
        long reportId = vars.reportId();
        Report report = reports.get(reportId);
        OffsetDateTime now = clock.now();
        Map<String, Object> timers = deadlines.receiptVariables(report.campaignId(), now, properties.reviewDays());
        for (ReportReceipts.Receipt receipt : receipts.of(reportId)) {
            if (!receipts.send(receipt.id(), report.returnCount(), now)) {
                continue;
            }
            String body = receipt.bodyCode();
            VariableMap variables = Variables.createVariables()
                    .putValue(ReportReceiptProcess.Vars.REPORT_ID, reportId)
                    .putValue(ReportReceiptProcess.Vars.REPORT_TITLE,
                            execution.getVariable(UnitReportProcess.Vars.REPORT_TITLE))
                    .putValue(ReportReceiptProcess.Vars.UNIT_NAME,
                            execution.getVariable(UnitReportProcess.Vars.UNIT_NAME))
                    .putValue(ReportReceiptProcess.Vars.BODY_CODE, body)
                    .putValue(ReportReceiptProcess.Vars.BODY_STAFF_GROUP, UnitRole.STAFF.groupId(body))
                    .putValue(ReportReceiptProcess.Vars.ROUND, report.returnCount());
            variables.putAll(timers);
            String instanceId = execution.getProcessEngineServices().getRuntimeService()
                    .startProcessInstanceByMessage(ReportReceiptProcess.MESSAGE_REPORT_SENT,
                            reportId + "-" + body + "-" + report.returnCount(), variables)
                    .getId();
            mails.received(reportId, org.unit(body), report.returnCount(), instanceId);
            log.info("Report {} of unit {} sent to body {} (round {}, process {})", reportId, report.unitCode(), body,
                    report.returnCount(), instanceId);
        }
    }
}
