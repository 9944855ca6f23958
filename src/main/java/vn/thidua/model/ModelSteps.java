package vn.thidua.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.deadline.EngineClock;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitRole;
import vn.thidua.security.SignedInUser;
import vn.thidua.model.ModelProcess.Vars;
import vn.thidua.process.FormStrings;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.text.Messages;

/**
 * The listeners and delegates of {@code processes/exemplary-model.bpmn}, one small class per step: each reads what
 * the form sent, checks it again on the server (a refusal is a Vietnamese 400 in Tasklist and changes nothing) and
 * records it in the model's tables.
 */
final class ModelSteps {

    private ModelSteps() {
    }

    static String text(VariableScope scope, String name, String label) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        if (text.length() > FormStrings.MAX_CHARS) {
            throw new InvalidInputException(Messages.get("model.tooLong", label, text.length(), FormStrings.MAX_CHARS));
        }
        return text.isEmpty() ? null : text;
    }

    static long modelId(VariableScope scope) {
        return ((Number) scope.getVariable(Vars.MODEL_ID)).longValue();
    }

    /**
     * Create listener of every user task: Tasklist names the task after the model and its unit. A decision taken in
     * an earlier round (the head sent the proposal back, the parent returned it) is forgotten, so the form of the
     * new round opens empty instead of with last round's choice already ticked.
     */
    @Component("nameModelTask")
    static class NameModelTask implements TaskListener {

        @Override
        public void notify(DelegateTask task) {
            task.setName(Messages.get("model.task." + task.getTaskDefinitionKey(),
                    task.getVariable(Vars.MODEL_NAME), task.getVariable(Vars.UNIT_NAME)));
            List<String> earlier = switch (task.getTaskDefinitionKey()) {
                case ModelProcess.SIGN -> List.of(Vars.HEAD_DECISION, Vars.HEAD_COMMENT);
                case ModelProcess.REVIEW -> List.of(Vars.REVIEW_DECISION, Vars.REVIEW_REASON, Vars.PLAN_SUPPORT,
                        Vars.PLAN_BY, Vars.PLAN_UNTIL);
                default -> List.of();
            };
            earlier.forEach(task.getExecution()::removeVariable);
        }
    }

    /** Complete listener of {@code Task_PrepareProposal}: the proposal must be whole before the head signs. */
    @Component("checkProposalComplete")
    static class CheckProposalComplete implements TaskListener {

        private final ModelRepository models;
        private final ModelService service;

        CheckProposalComplete(ModelRepository models, ModelService service) {
            this.models = models;
            this.service = service;
        }

        @Override
        public void notify(DelegateTask task) {
            long id = modelId(task);
            ExemplaryModel model = models.find(id).orElseThrow();
            List<String> missing = service.missing(model);
            if (!missing.isEmpty()) {
                throw new InvalidInputException(Messages.get("model.incomplete", String.join("; ", missing)));
            }
            models.setStatus(id, ModelStatus.WAITING_HEAD, null);
            task.setVariable(Vars.MODEL_NAME, model.name());
        }
    }

    /** Complete listener of {@code Task_SignProposal}: the head signs, or sends the proposal back with a comment. */
    @Component("recordModelSignature")
    static class RecordModelSignature implements TaskListener {

        private final ModelRepository models;

        RecordModelSignature(ModelRepository models) {
            this.models = models;
        }

        @Override
        public void notify(DelegateTask task) {
            long id = modelId(task);
            String decision = text(task, Vars.HEAD_DECISION, Messages.get("model.field.decision"));
            if (ModelProcess.HEAD_SEND_BACK.equals(decision)) {
                String comment = text(task, Vars.HEAD_COMMENT, Messages.get("model.field.headComment"));
                if (comment == null || comment.length() < 5) {
                    throw new InvalidInputException(Messages.get("model.head.commentMissing"));
                }
                models.setStatus(id, ModelStatus.PREPARING, comment);
                task.setVariable(Vars.RETURN_REASON, comment);
            } else if (ModelProcess.HEAD_APPROVE.equals(decision)) {
                models.setStatus(id, ModelStatus.WAITING_PARENT, null);
            } else {
                throw new InvalidInputException(Messages.get("model.decision.missing"));
            }
        }
    }

    /**
     * Complete listener of {@code Task_ReviewProposal}: the reviewing level chooses the model with its nurturing plan
     * (what support, by whom, until when), returns it with reasons, or declines it with reasons. Only that level's
     * staff (or an administrator) may decide. When the model's rule set has more than one level review
     * ({@code models.reviewLevels}), a model chosen here goes on to the level above for its own review, while the
     * plan of the level that chose it stands; the level that chose last holds the plan and follows the model up. A
     * return sends the proposal back to its unit, and once signed again it comes back to the level that returned it.
     * A decline by a level above one that chose leaves the model chosen by that level.
     */
    @Component("recordModelReview")
    static class RecordModelReview implements TaskListener {

        static final int MIN_REASON = 10;

        private final ModelRepository models;
        private final OrgDirectory org;
        private final EngineClock clock;

        RecordModelReview(ModelRepository models, OrgDirectory org, EngineClock clock) {
            this.models = models;
            this.org = org;
            this.clock = clock;
        }

        @Override
        public void notify(DelegateTask task) {
            long id = modelId(task);
            String reviewing = reviewingUnit(task);
            checkReviewer(task, reviewing);
            String decision = text(task, Vars.REVIEW_DECISION, Messages.get("model.field.decision"));
            LocalDate today = clock.now().toLocalDate();
            if (ModelProcess.REVIEW_CHOOSE.equals(decision)) {
                String support = text(task, Vars.PLAN_SUPPORT, Messages.get("model.field.planSupport"));
                String by = text(task, Vars.PLAN_BY, Messages.get("model.field.planBy"));
                if (support == null || support.length() < MIN_REASON) {
                    throw new InvalidInputException(Messages.get("model.plan.support", MIN_REASON));
                }
                if (by == null) {
                    throw new InvalidInputException(Messages.get("model.required", Messages.get("model.field.planBy")));
                }
                if (by.length() > ModelService.MAX_SHORT) {
                    throw new InvalidInputException(Messages.get("model.tooLong", Messages.get("model.field.planBy"),
                            by.length(), ModelService.MAX_SHORT));
                }
                LocalDate until = DeadlineCalendar.parseDay(task.getVariable(Vars.PLAN_UNTIL));
                if (until == null) {
                    throw new InvalidInputException(Messages.get("model.required",
                            Messages.get("model.field.planUntil")));
                }
                if (!until.isAfter(today)) {
                    throw new InvalidInputException(Messages.get("model.plan.untilPast"));
                }
                Unit next = nextLevel(task, reviewing);
                models.chosen(id, reviewing, next == null ? null : next.code(), today, support, by, until);
                if (next == null) {
                    task.setVariable(Vars.REVIEW_OUTCOME, ModelProcess.OUTCOME_FOLLOW_UP);
                } else {
                    task.setVariable(Vars.CHOSEN_BY_NAME, org.findUnit(reviewing).map(Unit::name).orElse(reviewing));
                    task.setVariable(Vars.REVIEW_UNIT_CODE, next.code());
                    task.setVariable(Vars.REVIEW_UNIT_NAME, next.name());
                    task.setVariable(Vars.REVIEW_LEVEL, level(task) + 1);
                    task.setVariable(Vars.REVIEW_OUTCOME, ModelProcess.OUTCOME_NEXT_LEVEL);
                }
            } else if (ModelProcess.REVIEW_RETURN.equals(decision) || ModelProcess.REVIEW_DECLINE.equals(decision)) {
                String reason = text(task, Vars.REVIEW_REASON, Messages.get("model.field.reviewReason"));
                if (reason == null || reason.length() < MIN_REASON) {
                    throw new InvalidInputException(Messages.get("model.review.reason", MIN_REASON));
                }
                if (ModelProcess.REVIEW_RETURN.equals(decision)) {
                    models.returned(id, reason);
                    task.setVariable(Vars.RETURN_REASON, reason);
                    task.setVariable(Vars.REVIEW_OUTCOME, ModelProcess.OUTCOME_RETURN);
                } else if (models.find(id).orElseThrow().chosenByUnitCode() != null) {
                    models.declinedAbove(id, reason);
                    task.setVariable(Vars.REVIEW_OUTCOME, ModelProcess.OUTCOME_FOLLOW_UP);
                } else {
                    models.setStatus(id, ModelStatus.DECLINED, reason);
                    task.setVariable(Vars.REVIEW_OUTCOME, ModelProcess.OUTCOME_DECLINED);
                }
            } else {
                throw new InvalidInputException(Messages.get("model.decision.missing"));
            }
        }

        /** The level reviewing now; a proposal made before several levels could review has its parent. */
        static String reviewingUnit(DelegateTask task) {
            Object code = task.getVariable(Vars.REVIEW_UNIT_CODE);
            return code != null ? code.toString() : (String) task.getVariable(Vars.PARENT_UNIT_CODE);
        }

        private static int level(DelegateTask task) {
            Object level = task.getVariable(Vars.REVIEW_LEVEL);
            return level instanceof Number n ? n.intValue() : 1;
        }

        /** The level above that reviews next, or null when this level is the last the rule set names. */
        private Unit nextLevel(DelegateTask task, String reviewing) {
            Object levels = task.getVariable(Vars.REVIEW_LEVELS);
            if (!(levels instanceof Number n) || level(task) >= n.intValue()) {
                return null;
            }
            Unit unit = org.findUnit(reviewing).orElse(null);
            return unit == null || unit.isRoot() ? null : org.findUnit(unit.parentCode()).orElse(null);
        }

        /**
         * Only the reviewing level's staff (or an administrator) decide, whatever the engine's grants allow; the
         * engine itself (no one signed in) may.
         */
        private void checkReviewer(DelegateTask task, String reviewing) {
            Authentication signedIn = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            if (signedIn == null || signedIn.getUserId() == null) {
                return;
            }
            List<String> groups = signedIn.getGroupIds() == null ? List.of() : signedIn.getGroupIds();
            if (!groups.contains(SignedInUser.ADMIN_GROUP) && !groups.contains(UnitRole.STAFF.groupId(reviewing))) {
                throw new InvalidInputException(Messages.get("model.review.notReviewer",
                        org.findUnit(reviewing).map(Unit::name).orElse(reviewing)));
            }
        }
    }

    /**
     * {@code Task_OpenFollowUp}: the next yearly follow-up, due at close of office hours on the configured day (the
     * end of the school year), with its reminder some working days before. Timer dates carry their offset.
     */
    @Component("openModelFollowUp")
    static class OpenModelFollowUp implements JavaDelegate {

        private final ModelRepository models;
        private final ModelProperties properties;
        private final DeadlineCalendar calendar;
        private final EngineClock clock;

        OpenModelFollowUp(ModelRepository models, ModelProperties properties, DeadlineCalendar calendar,
                          EngineClock clock) {
            this.models = models;
            this.properties = properties;
            this.calendar = calendar;
            this.clock = clock;
        }

        @Override
        public void execute(DelegateExecution execution) {
            long id = modelId(execution);
            OffsetDateTime now = clock.now();
            Object previous = execution.getVariable(Vars.FOLLOW_UP_DUE);
            LocalDate after = previous == null ? now.toLocalDate()
                    : DeadlineCalendar.parseIso(previous.toString()).atZoneSameInstant(EngineClock.ZONE).toLocalDate();
            LocalDate day = properties.followUpDay().atYear(after.getYear());
            if (!day.isAfter(after)) {
                day = properties.followUpDay().atYear(after.getYear() + 1);
            }
            DeadlineCalendar.Due due = calendar.dueOn(day);
            OffsetDateTime reminder = calendar.workingDaysBefore(due.deadline(), properties.reminderWorkingDays());
            if (reminder.isBefore(now)) {
                reminder = now;
            }
            String schoolYear = schoolYearEndingIn(day);
            models.openFollowUp(id, schoolYear, due.deadline());
            execution.setVariable(Vars.SCHOOL_YEAR, schoolYear);
            execution.setVariable(Vars.FOLLOW_UP_DUE, DeadlineCalendar.iso(due.deadline()));
            execution.setVariable(Vars.FOLLOW_UP_DUE_LABEL, due.label());
            execution.setVariable(Vars.FOLLOW_UP_REMINDER_AT, DeadlineCalendar.iso(reminder));
            execution.setVariable(Vars.FOLLOW_UP_DONE, null);
            execution.setVariable(Vars.FOLLOW_UP_REPLICATED_BY, null);
        }

        /** A follow-up due in May 2027 reports on the school year 2026-2027. */
        static String schoolYearEndingIn(LocalDate day) {
            int start = day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1;
            return start + "-" + (start + 1);
        }
    }

    /**
     * Complete listener of {@code Task_FollowUp}: the unit files what was done and which units replicated the model
     * (nhân rộng); another follow-up follows while the nurturing plan runs past this one's due day.
     */
    @Component("recordModelFollowUp")
    static class RecordModelFollowUp implements TaskListener {

        private final ModelRepository models;
        private final EngineClock clock;

        RecordModelFollowUp(ModelRepository models, EngineClock clock) {
            this.models = models;
            this.clock = clock;
        }

        @Override
        public void notify(DelegateTask task) {
            long id = modelId(task);
            String done = text(task, Vars.FOLLOW_UP_DONE, Messages.get("model.field.followUpDone"));
            if (done == null || done.length() < ModelService.MIN_STORY) {
                throw new InvalidInputException(Messages.get("model.followUp.done", ModelService.MIN_STORY));
            }
            String replicated = text(task, Vars.FOLLOW_UP_REPLICATED_BY,
                    Messages.get("model.field.followUpReplicatedBy"));
            if (replicated != null && replicated.length() > 2000) {
                throw new InvalidInputException(Messages.get("model.tooLong",
                        Messages.get("model.field.followUpReplicatedBy"), replicated.length(), 2000));
            }
            String schoolYear = (String) task.getVariable(Vars.SCHOOL_YEAR);
            String by = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null
                    ? null : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication()
                    .getUserId();
            models.fileFollowUp(id, schoolYear, done, replicated, by, clock.now());
            ExemplaryModel model = models.find(id).orElseThrow();
            OffsetDateTime due = DeadlineCalendar.parseIso((String) task.getVariable(Vars.FOLLOW_UP_DUE));
            ZonedDateTime local = due.atZoneSameInstant(EngineClock.ZONE);
            task.setVariable(Vars.MORE_FOLLOW_UPS, model.planUntil() != null
                    && local.toLocalDate().isBefore(model.planUntil()));
        }
    }

    /** After {@code Timer_FollowUpReminder}: the unit's staff are reminded, unless it was filed. */
    @Component("queueModelReminder")
    static class QueueModelReminder implements JavaDelegate {

        private final ModelMails mails;

        QueueModelReminder(ModelMails mails) {
            this.mails = mails;
        }

        @Override
        public void execute(DelegateExecution execution) {
            mails.remind(modelId(execution), (String) execution.getVariable(Vars.SCHOOL_YEAR),
                    execution.getProcessInstanceId());
        }
    }

    /** After {@code Timer_FollowUpOverdue}: the unit's head and the parent's staff learn it is overdue. */
    @Component("queueModelOverdue")
    static class QueueModelOverdue implements JavaDelegate {

        private final ModelMails mails;

        QueueModelOverdue(ModelMails mails) {
            this.mails = mails;
        }

        @Override
        public void execute(DelegateExecution execution) {
            mails.overdue(modelId(execution), (String) execution.getVariable(Vars.SCHOOL_YEAR),
                    execution.getProcessInstanceId());
        }
    }
}
