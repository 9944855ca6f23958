package vn.thidua.dossier;

import vn.thidua.text.Messages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.thidua.problem.InvalidInputException;
import vn.thidua.report.ReportRepository;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.ReportVariables;

/**
 * Task listener (complete) of {@code Task_CouncilVote}: the council confirms the meeting and votes it recorded on
 * the dossier page; the rule set decides each outcome, and the head signs next.
 */
@Component("recordCouncilVote")
class RecordCouncilVote implements TaskListener {

    private final DossierFlow flow;
    private final ReportRepository reports;

    RecordCouncilVote(DossierFlow flow, ReportRepository reports) {
        this.flow = flow;
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!Boolean.TRUE.equals(task.getVariable(FormFields.COUNCIL_CONFIRMED))) {
            throw new InvalidInputException(Messages.get("flow.confirmVotes"));
        }
        ReportVariables vars = ReportVariables.of(task);
        long reportId = vars.reportId();
        int toDecide = flow.applyCouncil(reportId);
        reports.markCouncilDone(reportId);
        vars.setAwardsToDecide(toDecide);
    }
}
