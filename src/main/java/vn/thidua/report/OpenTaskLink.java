package vn.thidua.report;

import java.net.URI;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * "Mở công việc" in a mail: opens, in Tasklist, the task of the unit's report process that is open at the moment of
 * the click (a mail read days later still lands on the current step). Public, like Tasklist's own page, so that the
 * link works before signing in: it answers with nothing but a redirect to Tasklist, which asks the reader to sign
 * in, keeps the task through its sign-in page and shows the task only to whom it may. It is keyed by the process
 * instance's random id, not by a counter, so nobody learns which reports exist by trying numbers. An unknown or
 * finished process leads to Tasklist's start page.
 */
@Controller
class OpenTaskLink {

    private final ProcessEngine engine;
    private final String tasklist;

    OpenTaskLink(ProcessEngine engine,
                 @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
        this.engine = engine;
        this.tasklist = applicationPath.replaceAll("/+$", "") + "/app/tasklist/" + engine.getName() + "/";
    }

    @GetMapping(TaskLinks.OPEN_TASK_PATH + "{processInstanceId}")
    ResponseEntity<Void> open(@PathVariable String processInstanceId) {
        String taskId = processInstanceId.matches("[A-Za-z0-9-]{1,64}") ? OpenTask.of(engine, processInstanceId) : null;
        // Tasklist 7.24 reads the task parameter of its hash route when its page opens, and keeps the route through
        // its sign-in page.
        String location = taskId == null ? tasklist : tasklist + "#/?task=" + taskId;
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(location))
                .header("Cache-Control", "no-store").build();
    }
}
