package vn.thidua.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Which variables a task's form (processes/forms/{formRef}.form) reads or writes: a field's key, a name in a
 * {@code {{template}}} or in a FEEL condition. The create listener gives a task local copies of those only; every
 * variable more is a row in the runtime, history and history-detail tables for nothing (docs/performance.md).
 */
@Component
public class FormVariableUse {

    private static final String FORMS = "classpath*:processes/forms/*.form";

    private final Map<String, String> forms = new HashMap<>();
    private final Map<String, Boolean> uses = new ConcurrentHashMap<>();

    public FormVariableUse() {
        try {
            for (Resource form : new PathMatchingResourcePatternResolver().getResources(FORMS)) {
                String name = form.getFilename();
                if (name == null) {
                    continue;
                }
                try (InputStream in = form.getInputStream()) {
                    forms.put(name.substring(0, name.length() - ".form".length()),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the forms of processes/forms/", e);
        }
    }

    /** The form the task shows, or null when it has none of ours (then every variable counts as used). */
    static String formOf(DelegateTask task) {
        UserTask userTask = task.getBpmnModelElementInstance();
        return userTask == null ? null : userTask.getCamundaFormRef();
    }

    /** The task's form, for its create listeners to fill with the variables it names. */
    public TaskForm form(DelegateTask task) {
        return new TaskForm(task, this);
    }

    /** The form-js JSON of a form of processes/forms/ by its id, or null when there is no such form. */
    public String definition(String formId) {
        return formId == null ? null : forms.get(formId);
    }

    /** Whether the form names the variable anywhere; true for a task without a known form. */
    public boolean uses(String formId, String variable) {
        String form = formId == null ? null : forms.get(formId);
        if (form == null) {
            return true;
        }
        return uses.computeIfAbsent(formId + '\u0000' + variable,
                key -> Pattern.compile("(?<![\\w$])" + Pattern.quote(variable) + "(?![\\w$])").matcher(form).find());
    }
}
