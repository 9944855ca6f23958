package vn.thidua.registration;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.ReportKind;
import vn.thidua.report.AttachmentService;
import vn.thidua.report.Report;
import vn.thidua.report.ReportRepository;
import vn.thidua.report.ReportSubmitted;

/**
 * A unit with units below sends its own registration up with the roll-up of theirs attached: the workbook as it
 * stands at that moment becomes an attachment of its registration, which the reviewing level opens and downloads
 * like any other file (the live roll-up may change after). Sent again after a return, the new workbook replaces it.
 */
@Component
class AttachRollUpWhenSent {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReportRepository reports;
    private final RegistrationService service;
    private final AttachmentService attachments;
    private final IdentityService identity;

    AttachRollUpWhenSent(ReportRepository reports, RegistrationService service, AttachmentService attachments,
                         IdentityService identity) {
        this.reports = reports;
        this.service = service;
        this.attachments = attachments;
        this.identity = identity;
    }

    @EventListener
    void on(ReportSubmitted submitted) {
        Report report = reports.get(submitted.reportId());
        if (report.kind() != ReportKind.REGISTRATION) {
            return;
        }
        RollUp rollUp = service.rollUp(report);
        if (rollUp.total() == 0) {
            return;
        }
        byte[] workbook = RollUpWorkbook.write(rollUp, service.campaignOf(report).name());
        var signedIn = identity.getCurrentAuthentication();
        String by = signedIn != null && signedIn.getUserId() != null ? signedIn.getUserId() : report.unitCode();
        attachments.attachProduced(report.id(), RollUpWorkbook.fileName(report.unitCode()), XLSX, workbook, by);
    }
}
