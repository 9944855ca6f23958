package vn.thidua.support;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mockito.Mockito;

/**
 * A Camunda engine of its own for a test class: in-memory H2, no job executor (the test runs each job), no Spring.
 * Delegates and listeners named in a model ({@code ${openReport}}) are looked up in a map of beans the test fills,
 * usually with Mockito mocks ({@link #mock}). Variables serialize as JSON, as in the application. Register it
 * before Camunda's {@link ProcessEngineExtension} built by {@link #extension()}, which deploys a test's
 * {@code @Deployment} resources:
 *
 * <pre>
 * &#64;RegisterExtension &#64;Order(1) static final InMemoryProcessEngine ENGINE = new InMemoryProcessEngine();
 * &#64;RegisterExtension &#64;Order(2) static final ProcessEngineExtension CAMUNDA = ENGINE.extension();
 * </pre>
 *
 * The engine is closed after the class, so it never shows up beside the application's engine of a Spring test in the
 * same JVM; camunda-bpm-assert and the engine clock are reset after each test.
 */
public final class InMemoryProcessEngine implements BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private final Map<Object, Object> beans = new HashMap<>();
    private final ProcessEngine engine;

    public InMemoryProcessEngine() {
        String name = "engine-only-" + Integer.toHexString(System.identityHashCode(this));
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setJobExecutorActivate(false);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setEnforceHistoryTimeToLive(true);
        // BPMN only: no case or decision tables to create (a model with a business rule task needs DMN on).
        configuration.setCmmnEnabled(false);
        configuration.setDmnEnabled(false);
        configuration.setDbMetricsReporterActivate(false);
        configuration.setDefaultSerializationFormat("application/json");
        configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
        configuration.setBeans(beans);
        engine = configuration.buildProcessEngine();
    }

    /** Camunda's JUnit 5 extension on this engine: deploys each test's {@code @Deployment}, removes it after. */
    public ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder().useProcessEngine(engine).build();
    }

    public ProcessEngine engine() {
        return engine;
    }

    /** A Mockito mock of {@code type} that the models reach as {@code ${name}}. */
    public <T> T mock(String name, Class<T> type) {
        T mock = Mockito.mock(type, name);
        beans.put(name, mock);
        return mock;
    }

    /** Any object the models reach as {@code ${name}}. */
    public void register(String name, Object bean) {
        beans.put(name, bean);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        BpmnAwareTests.init(engine);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        beans.clear();
        BpmnAwareTests.reset();
        ClockUtil.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        engine.close();
    }
}
