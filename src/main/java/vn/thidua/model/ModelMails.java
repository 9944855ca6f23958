package vn.thidua.model;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.mail.MailOutbox;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitRole;
import vn.thidua.report.TaskLinks;

/**
 * The mails a model's yearly follow-up causes, queued in the outbox within the engine's transaction. Each key names
 * the model, the school year and the recipient, so a timer job run twice queues nothing twice.
 */
@Component
class ModelMails {

    private final MailOutbox outbox;
    private final OrgDirectory org;
    private final ModelRepository models;
    private final TaskLinks links;

    ModelMails(MailOutbox outbox, OrgDirectory org, ModelRepository models, TaskLinks links) {
        this.outbox = outbox;
        this.org = org;
        this.models = models;
        this.links = links;
    }

    /** The follow-up is due soon: the unit's staff, who file it, are reminded. */
    int remind(long modelId, String schoolYear, String processInstanceId) {
        Map<String, Object> model = base(modelId, schoolYear, processInstanceId);
        if (model == null) {
            return 0;
        }
        ExemplaryModel m = models.find(modelId).orElseThrow();
        return outbox.queueToEach("model-reminder", "model-reminder:" + modelId + ":" + schoolYear,
                org.people(m.unitCode(), UnitRole.STAFF), model);
    }

    /** The follow-up is overdue: the unit's head, and the staff of the level that chose and follows the model. */
    int overdue(long modelId, String schoolYear, String processInstanceId) {
        Map<String, Object> model = base(modelId, schoolYear, processInstanceId);
        if (model == null) {
            return 0;
        }
        ExemplaryModel m = models.find(modelId).orElseThrow();
        String key = "model-overdue:" + modelId + ":" + schoolYear;
        model.put("audience", "head");
        int queued = outbox.queueToEach("model-overdue", key + ":head", org.people(m.unitCode(), UnitRole.HEAD), model);
        if (m.followingUnitCode() != null) {
            model.put("audience", "parent");
            model.put("taskUrl", links.tasklist());
            queued += outbox.queueToEach("model-overdue", key + ":parent",
                    org.people(m.followingUnitCode(), UnitRole.STAFF), model);
        }
        return queued;
    }

    /** What every follow-up mail says; null when the follow-up was filed already. */
    private Map<String, Object> base(long modelId, String schoolYear, String processInstanceId) {
        ModelRepository.FollowUp followUp = models.followUp(modelId, schoolYear).orElse(null);
        if (followUp == null || followUp.filed()) {
            return null;
        }
        ExemplaryModel m = models.find(modelId).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("modelName", m.name());
        model.put("unitName", org.findUnit(m.unitCode()).map(Unit::name).orElse(m.unitCode()));
        model.put("schoolYear", schoolYear);
        model.put("deadline", DeadlineCalendar.label(followUp.dueAt()));
        model.put("taskUrl", links.openTask(processInstanceId));
        return model;
    }
}
