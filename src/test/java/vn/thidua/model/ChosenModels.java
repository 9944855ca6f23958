package vn.thidua.model;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import vn.thidua.model.ModelProcess.Vars;
import vn.thidua.model.ModelService.ProposalInput;
import vn.thidua.security.SignedInUser;

/**
 * For tests outside the module: a collective model of a school, proposed, signed and chosen by its parent with a
 * nurturing plan, the way people make one.
 */
@Component
public class ChosenModels {

    private final ModelService models;
    private final IdentityService identity;
    private final TaskService tasks;
    private final FormService forms;

    ChosenModels(ModelService models, IdentityService identity, TaskService tasks, FormService forms) {
        this.models = models;
        this.identity = identity;
        this.tasks = tasks;
        this.forms = forms;
    }

    /** The model's id; {@code staff} and {@code head} are the school's, {@code reviewer} its parent's staff. */
    public long chosen(String unitCode, String staff, String head, String reviewer, String name) {
        long id = models.propose(user(staff), unitCode, "COLLECTIVE", name);
        models.saveProposal(user(staff), id, new ProposalInput("COLLECTIVE", name, null, null, null, "GIANG_DAY",
                List.of("TT_CHAT_LUONG"), "Tổ sinh hoạt chuyên môn theo nghiên cứu bài học, mỗi tháng một chuyên đề.",
                "Tỷ lệ học sinh hoàn thành tốt các môn học tăng từ 72% lên 85% trong hai năm học.",
                "Các trường có thể tổ chức theo khối lớp, giáo viên luân phiên dạy minh họa và góp ý.",
                "Hội nghị viên chức, người lao động", "01/09/2026"));
        byte[] pdf = "%PDF-1.4 biên bản".getBytes(StandardCharsets.UTF_8);
        models.uploadMinutes(user(staff), id, "Biên bản.pdf", "application/pdf", pdf);
        models.addEvidence(user(staff), id, "Minh chứng.pdf", "application/pdf", pdf);
        complete(staff, id, ModelProcess.PREPARE, Map.of());
        complete(head, id, ModelProcess.SIGN, Map.of(Vars.HEAD_DECISION, ModelProcess.HEAD_APPROVE));
        complete(reviewer, id, ModelProcess.REVIEW, Map.of(Vars.REVIEW_DECISION, ModelProcess.REVIEW_CHOOSE,
                Vars.PLAN_SUPPORT, "Dự giờ, góp ý và tổ chức chuyên đề cấp quận để giới thiệu cách làm.",
                Vars.PLAN_BY, "Tổ chuyên môn Phòng Giáo dục", Vars.PLAN_UNTIL, "2099-05-31"));
        return id;
    }

    private void complete(String username, long id, String key, Map<String, Object> values) {
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey("model-" + id).taskDefinitionKey(key)
                .singleResult().getId();
        identity.setAuthentication(username, groups(username));
        try {
            forms.submitTaskForm(taskId, new HashMap<>(values));
        } finally {
            identity.clearAuthentication();
        }
    }

    private SignedInUser user(String username) {
        return new SignedInUser(username, groups(username));
    }

    private List<String> groups(String username) {
        return identity.createGroupQuery().groupMember(username).list().stream().map(Group::getId).toList();
    }
}
