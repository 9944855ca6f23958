package vn.thidua.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;

import vn.thidua.ThiDuaApplication;

/**
 * Two people acting on the same task: the second one's request fails in the engine, either because the task is
 * gone (the first one completed it, or the process moved on) or because both were in flight and the engine's
 * optimistic locking stopped the later commit. Neither is the second person's mistake nor a server fault: it is a
 * conflict (409), and nothing of the second request was stored. This tells the person in Vietnamese what happened:
 * who completed the task and when, when the person may see that task; otherwise that someone else was quicker.
 */
final class TaskConflicts {

    /** A person's action on a task, as the engine's REST API names it (relative to the JAX-RS application). */
    private static final Pattern TASK_ACTION = Pattern.compile(
            "^/?(?:engine/([^/]+)/)?task/([^/]+)/(submit-form|complete|resolve|claim|unclaim|assignee|delegate)/?$");
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")
            .withZone(ZoneId.of(ThiDuaApplication.ZONE_ID));

    private TaskConflicts() {
    }

    /**
     * The Vietnamese sentence for a request that lost a race on a task, or null if the failure was something
     * else.
     */
    static String explain(Throwable failure, String method, String path) {
        boolean concurrent = causedByOptimisticLocking(failure);
        Matcher action = path == null || !"POST".equalsIgnoreCase(method) ? null : TASK_ACTION.matcher(path);
        if (action == null || !action.matches()) {
            return concurrent ? ApiMessages.get("task.conflict.concurrent") : null;
        }
        Optional<String> ended = endedTask(action.group(1), action.group(2));
        if (ended.isPresent()) {
            return ended.get();
        }
        return concurrent ? ApiMessages.get("task.conflict.concurrent") : null;
    }

    static boolean causedByOptimisticLocking(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** What became of a task that is no longer open, if it existed and the person may know of it. */
    private static Optional<String> endedTask(String engineName, String taskId) {
        ProcessEngine engine;
        try {
            engine = EngineUtil.lookupProcessEngine(engineName);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (engine == null || engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0) {
            return Optional.empty();
        }
        IdentityService identity = engine.getIdentityService();
        Authentication person = identity.getCurrentAuthentication();
        if (person == null) {
            return Optional.empty();
        }
        // The person's own authorizations need not cover history: read it as the system, tell only what concerns
        // a task the person was a candidate for.
        return asSystem(identity, () -> {
            HistoryService history = engine.getHistoryService();
            HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).finished()
                    .singleResult();
            if (task == null || !wasTheirs(history, task, person)) {
                return Optional.empty();
            }
            String name = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
            List<UserOperationLogEntry> completions = history.createUserOperationLogQuery().taskId(taskId)
                    .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list();
            if (completions.isEmpty()) {
                return Optional.of(ApiMessages.get("task.conflict.ended", name, AT.format(task.getEndTime()
                        .toInstant())));
            }
            UserOperationLogEntry completion = completions.get(0);
            return Optional.of(ApiMessages.get("task.conflict.completed", name,
                    fullName(identity, completion.getUserId()), AT.format(completion.getTimestamp().toInstant())));
        });
    }

    private static boolean wasTheirs(HistoryService history, HistoricTaskInstance task, Authentication person) {
        if (person.getUserId().equals(task.getAssignee()) || person.getUserId().equals(task.getOwner())) {
            return true;
        }
        List<String> groups = person.getGroupIds() == null ? List.of() : person.getGroupIds();
        for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery().taskId(task.getId())
                .type(IdentityLinkType.CANDIDATE).list()) {
            if (person.getUserId().equals(link.getUserId()) || groups.contains(link.getGroupId())) {
                return true;
            }
        }
        return false;
    }

    private static String fullName(IdentityService identity, String userId) {
        if (userId == null) {
            return ApiMessages.get("task.conflict.someone");
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? userId : name;
    }

    private static <T> T asSystem(IdentityService identity, Supplier<T> action) {
        Authentication previous = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return action.get();
        } finally {
            if (previous != null) {
                identity.setAuthentication(previous);
            }
        }
    }
}
