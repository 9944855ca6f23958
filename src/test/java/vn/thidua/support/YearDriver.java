package vn.thidua.support;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignProcessNames;
import vn.thidua.org.OrgImportService;

/**
 * Plays the people of a school year against the engine the way Tasklist does: signed in as a user, submitting
 * forms. Authorization stays on, so a user who could not see a task in Tasklist cannot complete it here either.
 */
@Component
public class YearDriver {

    private final FormService formService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final ManagementService managementService;
    private final RepositoryService repositoryService;
    private final HistoryService historyService;
    private final OrgImportService orgImport;

    public YearDriver(FormService formService, TaskService taskService, IdentityService identityService,
                      ManagementService managementService, RepositoryService repositoryService,
                      HistoryService historyService, OrgImportService orgImport) {
        this.formService = formService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.managementService = managementService;
        this.repositoryService = repositoryService;
        this.historyService = historyService;
        this.orgImport = orgImport;
    }

    public void importOrg(String unitsResource, String usersResource) throws Exception {
        orgImport.importUnits(new ClassPathResource(unitsResource).getContentAsByteArray());
        orgImport.importUsers(new ClassPathResource(usersResource).getContentAsByteArray());
    }

    /** City staff fill in the launch form in Tasklist. Returns the campaign id. */
    public long launch(String username, String name, List<Map<String, Object>> phases) throws Exception {
        return launch(username, name, phases, Map.of());
    }

    /** The launch form with more fields filled in (lead days, reminder schedule …). */
    public long launch(String username, String name, List<Map<String, Object>> phases, Map<String, Object> fields)
            throws Exception {
        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(CampaignProcessNames.KEY)
                .latestVersion().singleResult().getId();
        // The fields of the launch form: one group per phase, phase1Name, phase1StartsOn, …
        Map<String, Object> form = new java.util.HashMap<>(Map.of(
                CampaignProcessNames.Vars.CAMPAIGN_NAME, name,
                CampaignProcessNames.Vars.SCHOOL_YEAR, "2026-2027"));
        form.putAll(fields);
        for (int n = 1; n <= phases.size(); n++) {
            Map<String, Object> phase = phases.get(n - 1);
            String prefix = CampaignProcessNames.Vars.PHASE_FIELD_PREFIX + n;
            form.put(prefix + "Name", phase.get("name"));
            form.put(prefix + "StartsOn", phase.get("startsOn"));
            form.put(prefix + "EndsOn", phase.get("endsOn"));
            form.put(prefix + "ReportDeadline", phase.get("reportDeadline"));
        }
        var instance = as(username, () -> formService.submitStartForm(definitionId, form));
        return ((Number) historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(CampaignProcessNames.Vars.CAMPAIGN_ID).singleResult().getValue()).longValue();
    }

    public static Map<String, Object> phase(String name, LocalDate startsOn, LocalDate endsOn, LocalDate deadline) {
        return Map.of("name", name, "startsOn", startsOn.toString(), "endsOn", endsOn.toString(),
                "reportDeadline", deadline.toString());
    }

    /** Runs every job that is due by the engine clock, as the job executor would, until none is left. */
    public int runDueJobs() {
        int executed = 0;
        for (int round = 0; round < 500; round++) {
            List<Job> due = managementService.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return executed;
            }
            for (Job job : due) {
                managementService.executeJob(job.getId());
                executed++;
            }
        }
        throw new IllegalStateException("Jobs keep coming after 500 rounds");
    }

    public void setClock(OffsetDateTime now) {
        ClockUtil.setCurrentTime(Date.from(now.toInstant()));
    }

    /** The open task of a unit's report for a phase (business key campaign-phase-unit), or null. */
    public Task task(long campaignId, int phaseNo, String unitCode, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(campaignId + "-" + phaseNo + "-" + unitCode)
                .taskDefinitionKey(taskKey).singleResult();
    }

    public Map<String, Object> formVariables(String username, Task task) {
        return as(username, () -> {
            return new java.util.HashMap<String, Object>(formService.getTaskFormVariables(task.getId()));
        });
    }

    /** The user submits the task's form in Tasklist. */
    public void submit(String username, Task task, Map<String, Object> values) {
        as(username, () -> {
            formService.submitTaskForm(task.getId(), values);
            return null;
        });
    }

    public <T> T as(String username, java.util.function.Supplier<T> action) {
        List<String> groups = identityService.createGroupQuery().groupMember(username).list().stream()
                .map(Group::getId).toList();
        identityService.setAuthentication(username, groups);
        try {
            return action.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
