package vn.thidua.report;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.task.Task;

/** The report task currently open in a unit's process instance, for links in emails. */
final class OpenTask {

    private OpenTask() {
    }

    /**
     * A native query: every school's reminders fall due at one moment, and the task query's dynamic SQL (dozens of
     * optional criteria) cost more than the rest of the reminder together (docs/performance.md).
     */
    static String of(ProcessEngineServices engine, String processInstanceId) {
        String table = engine.getManagementService().getTableName(Task.class);
        return engine.getTaskService().createNativeTaskQuery()
                .sql("select * from " + table + " where PROC_INST_ID_ = #{processInstanceId}"
                        + " and SUSPENSION_STATE_ = 1 order by CREATE_TIME_, ID_")
                .parameter("processInstanceId", processInstanceId)
                .listPage(0, 1).stream()
                .map(Task::getId)
                .findFirst().orElse(null);
    }
}
