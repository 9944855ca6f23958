package vn.thidua.model;

import java.nio.charset.StandardCharsets;
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
 * Exemplary models of the isolation test's tree (isolation/units.csv), made once: Hoa Hồng's teacher, chosen by An
 * Phú, honoured and published (with a date of birth and a phone number that must never leave the unit's line), and
 * Hoa Sen's team, still being prepared and never public.
 */
@Component
public class ModelIsolationFixture {

    public static final String PUBLISHED_NAME = "Cô Hồng Điển Hình";
    public static final String PRIVATE_NAME = "Tổ Sen Chưa Công Khai";
    public static final String BIRTH = "02/02/1980";
    public static final String CONTACT = "0911 222 333";

    private final ModelService models;
    private final IdentityService identity;
    private final TaskService tasks;
    private final FormService forms;

    private State state;

    public record State(long published, long preparing, long publishedEvidence) {
    }

    ModelIsolationFixture(ModelService models, IdentityService identity, TaskService tasks, FormService forms) {
        this.models = models;
        this.identity = identity;
        this.tasks = tasks;
        this.forms = forms;
    }

    /** Call after the isolation tree is imported. */
    public synchronized State state() {
        if (state == null) {
            long hong = models.propose(user("kthongstaff"), "KTQAHONG", "PERSON", PUBLISHED_NAME);
            models.saveProposal(user("kthongstaff"), hong, new ProposalInput("PERSON", PUBLISHED_NAME, BIRTH,
                    "Giáo viên", CONTACT, "GIANG_DAY", List.of("CN_HTXS"),
                    "Cô Hồng tổ chức lớp học ngoài trời mỗi tháng một lần cho học sinh.",
                    "Học sinh hứng thú, tỷ lệ chuyên cần đạt 99% trong cả năm học.",
                    "Các trường có thể tổ chức theo khối lớp, phối hợp với hội cha mẹ học sinh.",
                    "Hội nghị viên chức", "01/09/2026"));
            byte[] pdf = "%PDF-1.4 biên bản".getBytes(StandardCharsets.UTF_8);
            models.uploadMinutes(user("kthongstaff"), hong, "Biên bản.pdf", "application/pdf", pdf);
            models.addEvidence(user("kthongstaff"), hong, "Minh chứng.pdf", "application/pdf", pdf);
            complete("kthongstaff", hong, ModelProcess.PREPARE, Map.of());
            complete("kthonghead", hong, ModelProcess.SIGN, Map.of(Vars.HEAD_DECISION, ModelProcess.HEAD_APPROVE));
            complete("ktanphustaff", hong, ModelProcess.REVIEW, Map.of(Vars.REVIEW_DECISION,
                    ModelProcess.REVIEW_CHOOSE, Vars.PLAN_SUPPORT, "Dự giờ và tổ chức chuyên đề cấp quận.",
                    Vars.PLAN_BY, "Phòng Giáo dục An Phú", Vars.PLAN_UNTIL, "2099-05-31"));
            models.honour(user("ktanphuhead"), hong, models.now().getYear(), "Giấy khen", "1/QĐ-AP");
            models.publish(user("ktanphuhead"), hong, true);
            long sen = models.propose(user("ktsenstaff"), "KTQBSEN", "COLLECTIVE", PRIVATE_NAME);
            state = new State(hong, sen, models.evidence(hong).get(0).id());
        }
        return state;
    }

    private void complete(String username, long id, String key, Map<String, Object> values) {
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey("model-" + id).taskDefinitionKey(key)
                .singleResult().getId();
        identity.setAuthentication(username, groups(username));
        try {
            forms.submitTaskForm(taskId, new java.util.HashMap<>(values));
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
