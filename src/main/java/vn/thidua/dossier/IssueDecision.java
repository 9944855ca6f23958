package vn.thidua.dossier;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.report.ReportVariables;
import vn.thidua.report.UnitReportProcess.FormFields;

/** Task listener (complete) of {@code Task_IssueDecision}: the head signs; the decision is issued and published. */
@Component("issueDecision")
class IssueDecision implements TaskListener {

    private final AwardDecisionService decisions;

    IssueDecision(AwardDecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        ReportVariables vars = ReportVariables.of(task);
        long reportId = vars.reportId();
        Authentication signedIn = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String issuedBy = signedIn != null && signedIn.getUserId() != null ? signedIn.getUserId()
                : task.getAssignee() != null ? task.getAssignee() : "?";
        decisions.issue(reportId, new AwardDecisionService.Signing(
                text(task, FormFields.DECISION_NUMBER),
                DeadlineCalendar.parseDay(task.getVariable(FormFields.DECISION_SIGNED_ON)),
                text(task, FormFields.SIGNER_NAME), text(task, FormFields.SIGNER_POSITION)), issuedBy);
        vars.setAwardsToDecide(0);
    }

    private static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null ? null : value.toString();
    }
}
