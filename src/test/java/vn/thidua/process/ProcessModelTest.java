package vn.thidua.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model in processes/ is one a user and an operator can live with: it opens in Modeler and Cockpit
 * (diagram interchange for every element), keeps history for a bounded time, and every human step has a
 * Vietnamese name, a form that exists, candidate groups and a due date.
 */
class ProcessModelTest {

    static final Path PROCESSES = Path.of("processes");

    static Stream<Path> models() throws IOException {
        return Files.list(PROCESSES).filter(p -> p.toString().endsWith(".bpmn")).sorted();
    }

    @ParameterizedTest
    @MethodSource("models")
    void modelIsCompleteForUsersAndOperators(Path file) throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Bpmn.validateModel(model);

        for (Process process : model.getModelElementsByType(Process.class)) {
            assertThat(process.isExecutable()).as(file + " executable").isTrue();
            assertThat(process.getCamundaHistoryTimeToLiveString()).as(file + " historyTimeToLive").isNotBlank();
            assertThat(process.getName()).as(file + " process name").matches(".*[^\\x00-\\x7F].*");
        }
        Collection<FlowNode> nodes = model.getModelElementsByType(FlowNode.class);
        for (FlowNode node : nodes) {
            assertThat(model.getModelElementsByType(BpmnShape.class))
                    .as(file + ": diagram shape for " + node.getId())
                    .anyMatch(s -> s.getBpmnElement() == node);
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String at = file + ":" + task.getId();
            // Cockpit draws the model's name as it is: a step's name, not an expression ("${reportTitle}"). Tasklist
            // gets the report's own title from a create listener.
            assertThat(task.getName()).as(at + " name").isNotBlank().doesNotContain("${");
            assertThat(task.getCamundaCandidateGroups()).as(at + " candidate groups").isNotBlank();
            assertThat(task.getCamundaDueDate()).as(at + " due date").isNotBlank();
            assertFormExists(at, task.getCamundaFormRef());
        }
        // A process that people start has a start form; one only ever called by another process needs none.
        List<String> called = calledElements();
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            // A process started by a timer (the daily digest) is started by no one.
            if (start.getParentElement() instanceof Process process && !called.contains(process.getId())
                    && start.getEventDefinitions().isEmpty()) {
                assertFormExists(file + ":" + start.getId(), start.getCamundaFormRef());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void elementIdsAreMeaningful(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        List<String> generated = model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
                .filter(id -> id.matches("(Activity|Event|Gateway|Flow)_[0-9a-z]{7}")).toList();
        assertThat(generated).as("Modeler-generated ids in " + file).isEmpty();
    }

    private static List<String> calledElements() throws IOException {
        try (Stream<Path> files = models()) {
            return files.flatMap(f -> Bpmn.readModelFromFile(f.toFile()).getModelElementsByType(CallActivity.class)
                    .stream().map(CallActivity::getCalledElement)).distinct().toList();
        }
    }

    private static void assertFormExists(String at, String formRef) {
        assertThat(formRef).as(at + " form").isNotBlank();
        assertThat(PROCESSES.resolve("forms").resolve(formRef + ".form")).as(at + " form file").exists();
    }
}
