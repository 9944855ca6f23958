package vn.thidua.dossier;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.thidua.report.ReportVariables;

/**
 * Task listener (create) of {@code Task_CouncilVote}: a new meeting votes anew on what this unit's council
 * decided in an earlier round (before a send-back or a return) and no decision has granted yet.
 */
@Component("openCouncilRound")
class OpenCouncilRound implements TaskListener {

    private final DossierFlow flow;

    OpenCouncilRound(DossierFlow flow) {
        this.flow = flow;
    }

    @Override
    public void notify(DelegateTask task) {
        flow.openRound(ReportVariables.of(task).reportId());
    }
}
