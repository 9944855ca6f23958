package vn.thidua.report;

import vn.thidua.process.RefusedInputException;

/**
 * What a user typed in a report form cannot be accepted; the message (Vietnamese) is shown in Tasklist and the
 * task stays open with nothing lost. Camunda's REST API answers it with 400 and the message alone.
 */
public class ReportFormException extends RefusedInputException {

    public ReportFormException(String message) {
        super(message);
    }
}
