package vn.thidua.report;

import java.util.function.Supplier;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A task's form, as its create listeners fill it: local variables, only those the form names
 * ({@link FormVariableUse}). A field's key must exist locally (whatever the user submits then stays on the task until
 * the complete listener stores it); a value only shown is computed only when shown. Report and dossier each fill
 * their own fields of one form.
 */
public final class TaskForm {

    private final DelegateTask task;
    private final String form;
    private final FormVariableUse use;

    TaskForm(DelegateTask task, FormVariableUse use) {
        this.task = task;
        this.form = FormVariableUse.formOf(task);
        this.use = use;
    }

    public DelegateTask task() {
        return task;
    }

    public void set(String name, Supplier<Object> value) {
        if (use.uses(form, name)) {
            task.setVariableLocal(name, value.get());
        }
    }
}
