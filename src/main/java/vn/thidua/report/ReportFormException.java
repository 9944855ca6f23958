package vn.thidua.report;

import org.camunda.bpm.engine.exception.NotValidException;

/**
 * What a user typed in a report form cannot be accepted; the message (Vietnamese) is shown in Tasklist and the
 * task stays open with nothing lost. Camunda's REST API answers it with 400.
 */
public class ReportFormException extends NotValidException {

    public ReportFormException(String message) {
        super(message);
    }
}
