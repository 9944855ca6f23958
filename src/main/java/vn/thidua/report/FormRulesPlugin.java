package vn.thidua.report;

import java.util.ArrayList;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.handler.StartFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * Holds every rule of a form on the server, for every process deployed: each user task whose
 * {@code camunda:formRef} names one of our forms checks what was submitted when it completes, after the task's own
 * complete listeners (where they check the same rule, their message says more, e.g. which count exceeds which; what
 * they wrote is rolled back with the refusal), and a start event's form checks what is submitted to start
 * the process (Tasklist's start form, {@code submit-form} of the REST API). A breach refuses the completion or the
 * start with {@link FormRules}' message; nothing is stored. A start form's values are held to every rule but
 * "required": what a start needs is the process's own check (a campaign's launch has as many phases as it lists,
 * the form shows two), which refuses a missing value with its own message. Processes started without their form
 * (our own API's launch, which validates its own input) are not held to the form's fields.
 */
@Component
class FormRulesPlugin extends AbstractProcessEnginePlugin {

    private final FormRules rules;

    FormRulesPlugin(FormRules rules) {
        this.rules = rules;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new ParseListener());
    }

    private static String formRef(Element element) {
        return element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
    }

    private final class ParseListener extends AbstractBpmnParseListener {

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            String formId = formRef(userTaskElement);
            if (rules.knows(formId) && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                TaskListener check = task -> rules.check(formId, task::getVariable);
                behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, check);
            }
        }

        @Override
        public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
            for (Element startEvent : processElement.elements("startEvent")) {
                String formId = formRef(startEvent);
                StartFormHandler handler = processDefinition.getStartFormHandler();
                if (rules.knows(formId) && handler != null) {
                    processDefinition.setStartFormHandler(new CheckedStartForm(formId, handler));
                }
            }
        }
    }

    /** The process's start form handler, after a check of what was submitted. */
    private final class CheckedStartForm implements StartFormHandler {

        private final String formId;
        private final StartFormHandler handler;

        CheckedStartForm(String formId, StartFormHandler handler) {
            this.formId = formId;
            this.handler = handler;
        }

        @Override
        public StartFormData createStartFormData(ProcessDefinitionEntity processDefinition) {
            return handler.createStartFormData(processDefinition);
        }

        @Override
        public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
                                       ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
            handler.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
        }

        @Override
        public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
            Function<String, Object> values = name -> properties.containsKey(name) ? properties.get(name)
                    : variableScope.getVariable(name);
            rules.check(formId, values, false);
            handler.submitFormVariables(properties, variableScope);
        }
    }
}
