package vn.thidua.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.deadline.EngineClock;
import vn.thidua.mail.MailBaseUrl;
import vn.thidua.model.ModelProcess.Vars;
import vn.thidua.model.ModelService.ProposalInput;
import vn.thidua.security.SignedInUser;
import vn.thidua.web.DayInput;

/**
 * The demo's exemplary models ({@code demo/models.json}), made once, the way people make them: Lê Lợi's teacher
 * proposed, signed, chosen by Quận 1 with a nurturing plan, honoured and published (so the public page shows her and
 * Lê Lợi has her yearly follow-up in Tasklist); Nguyễn Du's team waiting for Quận 1's review; Phú Thọ's union being
 * prepared.
 */
@Component
@Order(21)
@ConditionalOnProperty(name = "thidua.demo.enabled", havingValue = "true")
class ModelDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ModelDemoData.class);

    private final ModelService models;
    private final ModelRepository repository;
    private final IdentityService identity;
    private final TaskService tasks;
    private final FormService forms;
    private final EngineClock clock;
    private final MailBaseUrl baseUrl;

    ModelDemoData(ModelService models, ModelRepository repository, IdentityService identity, TaskService tasks,
                  FormService forms, EngineClock clock, MailBaseUrl baseUrl) {
        this.models = models;
        this.repository = repository;
        this.identity = identity;
        this.tasks = tasks;
        this.forms = forms;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (repository.count() == 0) {
            JsonNode root;
            try (InputStream in = new ClassPathResource("demo/models.json").getInputStream()) {
                root = new ObjectMapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            for (JsonNode m : root.path("models")) {
                make(m);
            }
        }
        log.info("Demo exemplary models: {}/models (signed in), public page {}/public/models", baseUrl.get(),
                baseUrl.get());
    }

    private void make(JsonNode m) {
        String staff = m.path("staff").asText();
        long id = models.propose(user(staff), m.path("unit").asText(), m.path("kind").asText(), m.path("name").asText());
        String stage = m.path("stage").asText();
        if ("preparing".equals(stage)) {
            return;
        }
        List<String> criteria = new ArrayList<>();
        m.path("criteria").forEach(c -> criteria.add(c.asText()));
        models.saveProposal(user(staff), id, new ProposalInput(m.path("kind").asText(), m.path("name").asText(),
                m.path("dateOfBirth").asText(null), m.path("position").asText(null), m.path("contact").asText(null),
                m.path("field").asText(), criteria, m.path("storyDone").asText(), m.path("storyResults").asText(),
                m.path("storyApply").asText(), m.path("recognisedBy").asText(),
                DayInput.format(clock.now().toLocalDate().minusDays(20))));
        models.uploadMinutes(user(staff), id, "bien-ban-suy-ton.pdf", "application/pdf",
                demoPdf(m.path("recognisedBy").asText()));
        models.addEvidence(user(staff), id, "minh-chung.pdf", "application/pdf", demoPdf(m.path("storyResults").asText()));
        complete(staff, id, ModelProcess.PREPARE, Map.of());
        complete(m.path("head").asText(), id, ModelProcess.SIGN, Map.of(Vars.HEAD_DECISION, ModelProcess.HEAD_APPROVE));
        if (!"published".equals(stage)) {
            return;
        }
        complete(m.path("reviewer").asText(), id, ModelProcess.REVIEW, Map.of(
                Vars.REVIEW_DECISION, ModelProcess.REVIEW_CHOOSE, Vars.PLAN_SUPPORT, m.path("planSupport").asText(),
                Vars.PLAN_BY, m.path("planBy").asText(),
                Vars.PLAN_UNTIL, clock.now().toLocalDate().plusYears(2).toString()));
        String decider = m.path("decider").asText();
        models.honour(user(decider), id, clock.now().getYear(), m.path("honouredTitle").asText(),
                m.path("honouredDecision").asText());
        models.publish(user(decider), id, true);
    }

    /** A small but real PDF saying what the file stands for. */
    private static byte[] demoPdf(String text) {
        String ascii = text.replaceAll("[^\\x20-\\x7E]", "?").replace("(", "[").replace(")", "]");
        String stream = "BT /F1 12 Tf 40 780 Td (" + ascii.substring(0, Math.min(80, ascii.length())) + ") Tj ET";
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
                + "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
                + "4 0 obj<</Length " + stream.length() + ">>stream\n" + stream + "\nendstream endobj\n"
                + "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.ISO_8859_1);
    }

    private void complete(String username, long id, String taskKey, Map<String, Object> values) {
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey("model-" + id).taskDefinitionKey(taskKey)
                .singleResult().getId();
        as(username, () -> {
            forms.submitTaskForm(taskId, new HashMap<>(values));
            return null;
        });
    }

    private SignedInUser user(String username) {
        return new SignedInUser(username, groups(username));
    }

    private List<String> groups(String username) {
        return identity.createGroupQuery().groupMember(username).list().stream().map(Group::getId).toList();
    }

    private <T> T as(String username, Supplier<T> action) {
        identity.setAuthentication(username, groups(username));
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
