package vn.thidua.report;

import org.springframework.stereotype.Component;

import vn.thidua.mail.MailBaseUrl;

/** Links into Camunda Tasklist and our report pages, for emails. */
@Component
public class TaskLinks {

    private static final String TASKLIST_PATH = "/camunda/app/tasklist/default/";
    /** "Mở công việc": resolved when clicked (see {@link OpenTaskLink}). */
    static final String OPEN_TASK_PATH = "/task-links/";

    private final MailBaseUrl baseUrl;

    TaskLinks(MailBaseUrl baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String tasklist() {
        return baseUrl.get() + TASKLIST_PATH;
    }

    /** The page of a report's deadline and its extensions (gia hạn). */
    public String reportDeadline(long reportId) {
        return baseUrl.get() + "/reports/" + reportId + "/deadline";
    }

    /** The history of a report: its parent's reviews and its other bodies' answers. */
    public String reportHistory(long reportId) {
        return baseUrl.get() + "/reports/" + reportId + "/history";
    }

    /**
     * The open task of a unit's report process in Tasklist. Not the task's own id: a task is replaced when the report
     * is returned or its step is repeated, so a link written into a mail days earlier would point at a finished task.
     */
    public String openTask(String processInstanceId) {
        return processInstanceId == null ? tasklist() : baseUrl.get() + OPEN_TASK_PATH + processInstanceId;
    }
}
