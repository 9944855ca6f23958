package vn.thidua.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every BPMN, DMN and form of {@code processes/} under its stable relative name
 * ({@code processes/unit-report.bpmn}), whatever the class path looks like (IDE, fat jar, container). The rule
 * sets of {@code processes/rules/} are left out: each is versioned and deployed on its own.
 * Unchanged resources make no new deployment; a change redeploys the whole set, so forms bound with
 * {@code formRefBinding="deployment"} always travel with their process.
 */
@Component
@Order(0)
class ProcessDeployment implements ApplicationRunner {

    public static final String DEPLOYMENT_NAME = "thidua";
    private static final String ROOT = "processes/";
    /** Rule sets are versioned on their own, one deployment per version (see vn.thidua.rules.RuleSetDeployment). */
    private static final String RULES = ROOT + "rules/";
    private static final Logger log = LoggerFactory.getLogger(ProcessDeployment.class);

    private final RepositoryService repositoryService;

    ProcessDeployment(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        deploy();
    }

    public void deploy() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "**/*");
        DeploymentBuilder deployment = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("thidua")
                .enableDuplicateFiltering(false);
        int count = 0;
        for (Resource resource : Arrays.stream(resources).sorted(Comparator.comparing(this::relativeName)).toList()) {
            String name = relativeName(resource);
            if (!resource.isReadable() || name.startsWith(RULES)
                    || !(name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form"))) {
                continue;
            }
            try (InputStream in = resource.getInputStream()) {
                deployment.addInputStream(name, new ByteArrayInputStream(in.readAllBytes()));
            }
            count++;
        }
        String id = deployment.deployWithResult().getId();
        log.info("Deployed {} resources of {} (deployment {})", count, ROOT, id);
    }

    private String relativeName(Resource resource) {
        try {
            String url = resource.getURL().toString();
            int at = url.lastIndexOf("/" + ROOT);
            return at < 0 ? url : url.substring(at + 1);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot resolve " + resource, e);
        }
    }
}
