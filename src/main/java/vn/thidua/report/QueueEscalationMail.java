package vn.thidua.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_QueueEscalationMail}: still not submitted some working days after the deadline; the parent's head is told. */
@Component("queueEscalationMail")
class QueueEscalationMail implements JavaDelegate {

    private final ReportMails mails;

    QueueEscalationMail(ReportMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.escalate(ReportVariables.of(execution).reportId());
    }
}
