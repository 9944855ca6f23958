package vn.thidua.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;

/** The report task currently open in a unit's process instance, for links in emails. */
final class OpenTask {

    private OpenTask() {
    }

    static String of(DelegateExecution execution) {
        return execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .active()
                .list().stream()
                .map(Task::getId)
                .findFirst().orElse(null);
    }
}
