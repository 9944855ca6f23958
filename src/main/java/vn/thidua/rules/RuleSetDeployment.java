package vn.thidua.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.deadline.EngineClock;
import vn.thidua.process.DeploymentLock;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.text.Messages;

/**
 * Deploys a version of a rule set: its own Camunda deployment named {@code ruleset-<id>} with the resources under
 * their stable names {@code processes/rules/<id>/ruleset.json} and {@code .../eligibility.dmn}, and a row in
 * {@code rule_set}. The same content as the newest version makes no new version. Checked completely first:
 * nothing is saved when anything is wrong.
 */
@Service
public class RuleSetDeployment {

    public static final String DEPLOYMENT_PREFIX = "ruleset-";
    static final String RESOURCE_ROOT = "processes/rules/";
    static final String DEFINITION_FILE = "ruleset.json";
    static final String ELIGIBILITY_FILE = "eligibility.dmn";

    private static final Logger log = LoggerFactory.getLogger(RuleSetDeployment.class);

    private final RuleSetRepository repository;
    private final RepositoryService repositoryService;
    private final AuthorizationService authorizationService;
    /** Parses uploaded tables outside the process engine (its own DMN engine needs a command context). */
    private final DmnEngine checker = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final EngineClock clock;
    private final DeploymentLock lock;

    RuleSetDeployment(RuleSetRepository repository, RepositoryService repositoryService,
                             AuthorizationService authorizationService, EngineClock clock, DeploymentLock lock) {
        this.repository = repository;
        this.repositoryService = repositoryService;
        this.authorizationService = authorizationService;
        this.clock = clock;
        this.lock = lock;
    }

    /** What a deploy did: the version now newest, and whether it is new. */
    public record Deployed(RuleSetVersion version, boolean created) {
    }

    /**
     * @param expectedId the folder a shipped set comes from, or null for an upload (the json's id counts)
     * @throws InvalidInputException listing every problem of the json and the table, in Vietnamese
     */
    @Transactional
    public Deployed deploy(byte[] json, byte[] dmn, String expectedId, String deployedBy) {
        List<InputError> errors = new ArrayList<>();
        RuleSetDefinition definition = null;
        try {
            definition = RuleSetDefinition.parse(json);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (definition != null && expectedId != null && !expectedId.equals(definition.id())) {
            errors.add(new InputError(0, 0, "id",
                    Messages.get("rules.id.notFolder", definition.id(), expectedId)));
        }
        String key = null;
        if (dmn == null || dmn.length == 0) {
            errors.add(new InputError(0, 0, EligibilityDmn.FIELD, Messages.get("rules.dmn.missing")));
        } else {
            List<String> otherKeys = definition == null ? List.of() : repository.decisionKeysOfOthers(definition.id());
            key = EligibilityDmn.check(checker, dmn, otherKeys, errors);
        }
        if (!errors.isEmpty() || definition == null || key == null) {
            throw new InvalidInputException(Messages.get("rules.upload.invalid", errors.size()), errors);
        }
        String hash = hash(json, dmn);
        // Nodes starting together each deploy the shipped sets: the first makes the version, the others wait here
        // and then find it, instead of both inserting version n+1 and one failing its start on the unique key.
        lock.acquire();
        Optional<RuleSetVersion> latest = repository.latest(definition.id());
        if (latest.isPresent() && latest.get().contentHash().equals(hash)) {
            return new Deployed(latest.get(), false);
        }
        String folder = RESOURCE_ROOT + definition.id() + "/";
        DeploymentWithDefinitions deployment = repositoryService.createDeployment()
                .name(DEPLOYMENT_PREFIX + definition.id())
                .source("thidua-rules")
                .addInputStream(folder + DEFINITION_FILE, new ByteArrayInputStream(json))
                .addInputStream(folder + ELIGIBILITY_FILE, new ByteArrayInputStream(dmn))
                .deployWithResult();
        List<DecisionDefinition> decisions = deployment.getDeployedDecisionDefinitions();
        if (decisions == null || decisions.size() != 1) {
            throw new IllegalStateException("Deployment " + deployment.getId() + " of rule set " + definition.id()
                    + " holds " + (decisions == null ? 0 : decisions.size()) + " decisions");
        }
        allowEveryoneToEvaluate(key);
        RuleSetVersion version = new RuleSetVersion(definition.id(), latest.map(v -> v.version() + 1).orElse(1),
                deployment.getId(), key, decisions.get(0).getId(), definition.name(), definition.legalBasesLine(),
                new String(json, StandardCharsets.UTF_8), hash, deployedBy, clock.now());
        repository.insert(version);
        log.info("Rule set {} deployed (deployment {}, decision {})", version.ref(), deployment.getId(),
                version.decisionDefinitionId());
        return new Deployed(version, true);
    }

    /**
     * Whoever judges a dossier (a district's staff completing a task) evaluates the table under their own
     * authentication; the tables are rules, not secrets.
     */
    private void allowEveryoneToEvaluate(String decisionKey) {
        boolean granted = authorizationService.createAuthorizationQuery().userIdIn(Authorization.ANY)
                .resourceType(Resources.DECISION_DEFINITION).resourceId(decisionKey).count() > 0;
        if (!granted) {
            Authorization all = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            all.setUserId(Authorization.ANY);
            all.setResource(Resources.DECISION_DEFINITION);
            all.setResourceId(decisionKey);
            all.addPermission(Permissions.READ);
            all.addPermission(Permissions.CREATE_INSTANCE);
            authorizationService.saveAuthorization(all);
        }
    }


    static String hash(byte[] json, byte[] dmn) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(MessageDigest.getInstance("SHA-256").digest(json));
            sha.update(MessageDigest.getInstance("SHA-256").digest(dmn));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
