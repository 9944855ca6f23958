package vn.thidua.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_QueueOverdueMail}: the deadline passed; the unit's head and the parent's staff are told. */
@Component("queueOverdueMail")
class QueueOverdueMail implements JavaDelegate {

    private final ReportMails mails;

    QueueOverdueMail(ReportMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.overdue(ReportVariables.of(execution).reportId());
    }
}
