package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.security.FewGroupsAuthorizationPlugin.FewGroupsAuthorizationManager;
import vn.thidua.support.PostgresIntegrationTest;

/** The engine checks a user's few groups as they are, without reading every group of the authorization table. */
@PostgresIntegrationTest
class FewGroupsAuthorizationPluginTest {

    static final String WITH_GRANT = "fewgroups-candidates";
    static final String WITHOUT_GRANT = "fewgroups-nogrant";

    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    String taskId;

    @BeforeEach
    void aTaskForACandidateGroup() {
        Task task = taskService.newTask();
        task.setName("Việc của nhóm");
        taskService.saveTask(task);
        taskId = task.getId();
        // Camunda grants the candidate group its default task permission.
        taskService.addCandidateGroup(taskId, WITH_GRANT);
    }

    @AfterEach
    void removeTheTask() {
        identityService.clearAuthentication();
        taskService.deleteTask(taskId, true);
    }

    @Test
    void theEnginesCommandsUseTheManagerThatSkipsTheLookup() {
        AuthorizationManager manager = configuration().getCommandExecutorTxRequired()
                .execute(context -> context.getAuthorizationManager());
        assertThat(manager).isInstanceOf(FewGroupsAuthorizationManager.class);
    }

    @Test
    void fewGroupsArePassedOnWithoutTouchingTheDatabase() {
        // Outside a command: the engine's own lookup would need the database and fail here.
        FewGroupsAuthorizationManager manager = new FewGroupsAuthorizationManager(4);
        assertThat(manager.filterAuthenticatedGroupIds(Arrays.asList("a", null, "b", "a")))
                .containsExactly("a", "b");
        assertThatThrownBy(() -> manager.filterAuthenticatedGroupIds(List.of("a", "b", "c", "d", "e")))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void manyGroupsGetTheEnginesLookup() {
        List<String> groups = new ArrayList<>(IntStream.range(0, 60).mapToObj(i -> "fewgroups-" + i).toList());
        groups.add(WITH_GRANT);
        List<String> filtered = configuration().getCommandExecutorTxRequired()
                .execute(context -> context.getAuthorizationManager().filterAuthenticatedGroupIds(groups));
        assertThat(filtered).containsExactly(WITH_GRANT);
    }

    @Test
    void aUserSeesWhatHerGroupsMaySeeAndNoMore() {
        identityService.setAuthentication("fewgroups-user", List.of(WITHOUT_GRANT, WITH_GRANT));
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getName()).isEqualTo("Việc của nhóm");

        identityService.setAuthentication("fewgroups-user", List.of(WITHOUT_GRANT));
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
        assertThat(taskService.createTaskQuery().taskId(taskId).list()).isEmpty();
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }
}
