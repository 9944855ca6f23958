package vn.thidua.problem;

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
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;

import vn.thidua.ThiDuaApplication;
import vn.thidua.text.Messages;

/**
 * Two people acting on the same task: the second one's request fails in the engine, either because the task is
 * gone (the first one completed it, or the process moved on) or because both were in flight and the engine's
 * optimistic locking stopped the later commit. Neither is the second person's mistake nor a server fault: it is a
 * conflict (409), and nothing of the second request was stored. So is a claim of a task someone else has just
 * claimed. This tells the person in Vietnamese what happened:
 * who completed the task and when, when the person may see that task; otherwise that someone else was quicker.
 */
final class TaskConflicts {

    /** A person's action on a task, as the engine's REST API names it (relative to the JAX-RS application). */
    private static final Pattern TASK_ACTION = Pattern.compile(
            "^/?(?:engine/([^/]+)/)?task/([^/]+)/(submit-form|complete|resolve|claim|unclaim|assignee|delegate)/?$");
    /** Opening a task, as Tasklist does when a person picks it from the list. */
    private static final Pattern TASK_READ = Pattern.compile(
            "^/?(?:engine/([^/]+)/)?task/([^/]+)(?:/(form-variables|form|variables|rendered-form|deployed-form))?/?$");
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern(Messages.get("task.conflict.timeFormat"))
            .withZone(ZoneId.of(ThiDuaApplication.ZONE_ID));

    private TaskConflicts() {
    }

    /**
     * The Vietnamese sentence for a request that lost a race on a task, or null if the failure was something
     * else.
     */
    static String explain(Throwable failure, String method, String path) {
        TaskAlreadyClaimedException claimed = claimedByOther(failure);
        if (claimed != null) {
            return alreadyClaimed(claimed, path);
        }
        boolean concurrent = causedByOptimisticLocking(failure);
        Matcher action = path == null || !"POST".equalsIgnoreCase(method) ? null : TASK_ACTION.matcher(path);
        if (action == null || !action.matches()) {
            return concurrent ? Messages.get("task.conflict.concurrent") : null;
        }
        Optional<String> ended = endedTask(action.group(1), action.group(2), false);
        if (ended.isPresent()) {
            return ended.get();
        }
        return concurrent ? Messages.get("task.conflict.concurrent") : null;
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

    private static TaskAlreadyClaimedException claimedByOther(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof TaskAlreadyClaimedException claimed) {
                return claimed;
            }
        }
        return null;
    }

    /** Someone else claimed the task first (Tasklist claims a task before its form can be filled in). */
    private static String alreadyClaimed(TaskAlreadyClaimedException claimed, String path) {
        Matcher action = path == null ? null : TASK_ACTION.matcher(path);
        ProcessEngine engine = action != null && action.matches() ? engine(action.group(1)) : null;
        if (engine == null) {
            return Messages.get("task.conflict.claimed", Messages.get("task.conflict.someone"));
        }
        IdentityService identity = engine.getIdentityService();
        return Messages.get("task.conflict.claimed",
                asSystem(identity, () -> fullName(identity, claimed.getTaskAssignee())));
    }

    private static ProcessEngine engine(String engineName) {
        try {
            return EngineUtil.lookupProcessEngine(engineName);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The Vietnamese sentence for opening a task that has just ended (a colleague completed it after the person's
     * list was shown), or null if the failed read was something else.
     */
    static String explainRead(String method, String path) {
        Matcher read = path == null || !"GET".equalsIgnoreCase(method) ? null : TASK_READ.matcher(path);
        if (read == null || !read.matches() || "count".equals(read.group(2))) {
            return null;
        }
        return endedTask(read.group(1), read.group(2), true).orElse(null);
    }

    /**
     * What became of a task that is no longer open, if it existed and the person may know of it; {@code opened}:
     * the person tried to open it rather than act on it.
     */
    private static Optional<String> endedTask(String engineName, String taskId, boolean opened) {
        ProcessEngine engine = engine(engineName);
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
            String suffix = opened ? ".opened" : "";
            if (completions.isEmpty()) {
                return Optional.of(Messages.get("task.conflict.ended" + suffix, name, AT.format(task.getEndTime()
                        .toInstant())));
            }
            UserOperationLogEntry completion = completions.get(0);
            return Optional.of(Messages.get("task.conflict.completed" + suffix, name,
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
            return Messages.get("task.conflict.someone");
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
