package vn.thidua.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.thidua.dossier.DossierFlow;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.UnitReportProcess.Vars;
import vn.thidua.problem.InvalidInputException;

/**
 * Task listener (complete) of {@code Task_PrepareReport}: checks and stores the report the staff prepared. A
 * tổng kết goes to the council next, and only once every nomination that fails a criterion is justified.
 */
@Component("saveReportDraft")
public class SaveReportDraft implements TaskListener {

    private final ReportRepository reports;
    private final DossierFlow dossiers;

    public SaveReportDraft(ReportRepository reports, DossierFlow dossiers) {
        this.reports = reports;
        this.dossiers = dossiers;
    }

    @Override
    public void notify(DelegateTask task) {
        String summary = FormValues.longText(task, FormFields.SUMMARY, "tóm tắt kết quả thực hiện phong trào");
        if (summary == null) {
            throw new InvalidInputException("Chưa nhập tóm tắt kết quả thực hiện phong trào.");
        }
        String highlights = FormValues.longText(task, FormFields.HIGHLIGHTS,
                "điểm nổi bật, gương điển hình tiên tiến");
        int staff = FormValues.count(task, FormFields.STAFF_COUNT, "tổng số cán bộ, giáo viên, nhân viên");
        int registered = FormValues.count(task, FormFields.REGISTERED_COUNT, "số người đăng ký thi đua");
        if (registered > staff) {
            throw new InvalidInputException("Số người đăng ký thi đua (" + registered
                    + ") không thể lớn hơn tổng số cán bộ, giáo viên, nhân viên (" + staff + ").");
        }
        long reportId = ((Number) task.getVariable(Vars.REPORT_ID)).longValue();
        boolean dossier = Boolean.TRUE.equals(task.getVariable(Vars.DOSSIER));
        if (dossier) {
            dossiers.checkReadyForCouncil(reportId);
        }
        reports.saveContent(reportId, new Report.Content(summary, staff, registered, highlights),
                dossier ? ReportStatus.WAITING_COUNCIL : ReportStatus.WAITING_HEAD);
    }
}
