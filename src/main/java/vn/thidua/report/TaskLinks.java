package vn.thidua.report;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Links into Camunda Tasklist, for emails. */
@Component
public class TaskLinks {

    private final String baseUrl;

    public TaskLinks(@Value("${thidua.mail.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String tasklist() {
        return baseUrl + "/camunda/app/tasklist/default/";
    }

    /** The page of a report's deadline and its extensions (gia hạn). */
    public String reportDeadline(long reportId) {
        return baseUrl + "/reports/" + reportId + "/deadline";
    }

    public String task(String taskId) {
        return taskId == null ? tasklist() : tasklist() + "#/?task=" + taskId;
    }
}
