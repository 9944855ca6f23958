package vn.thidua.rules;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import vn.thidua.problem.InvalidInputException;

/**
 * At start-up, deploys every rule set under {@code processes/rules/<id>/} whose content changed since its newest
 * version; before anything launches a campaign (the demo does, at order 20).
 */
@Component
@Order(1)
class ShippedRuleSets implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedRuleSets.class);

    private final RuleSetDeployment deployment;

    ShippedRuleSets(RuleSetDeployment deployment) {
        this.deployment = deployment;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] definitions = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:" + RuleSetDeployment.RESOURCE_ROOT + "*/" + RuleSetDeployment.DEFINITION_FILE);
        for (Resource json : Arrays.stream(definitions).sorted(Comparator.comparing(r -> folder(r))).toList()) {
            String id = folder(json);
            Resource dmn = json.createRelative(RuleSetDeployment.ELIGIBILITY_FILE);
            RuleSetDeployment.Deployed deployed;
            try {
                deployed = deployment.deploy(read(json), dmn.exists() ? read(dmn) : null, id, null);
            } catch (InvalidInputException e) {
                throw new IllegalStateException("Rule set " + id + " in " + RuleSetDeployment.RESOURCE_ROOT
                        + " is invalid: " + e.errors().stream().map(err -> err.field() + ": " + err.message())
                        .collect(Collectors.joining("; ")), e);
            }
            if (!deployed.created()) {
                log.info("Rule set {} unchanged", deployed.version().ref());
            }
        }
    }

    private static String folder(Resource resource) {
        try {
            String url = resource.getURL().toString();
            String[] parts = url.split("/");
            return parts[parts.length - 2];
        } catch (IOException e) {
            throw new IllegalStateException("Cannot resolve " + resource, e);
        }
    }

    private static byte[] read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
