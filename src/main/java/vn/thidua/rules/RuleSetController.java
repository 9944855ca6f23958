package vn.thidua.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.rules.RuleSetDeployment.Deployed;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.SignedInUser;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.text.Messages;

/**
 * The rule sets (bộ quy tắc): anyone signed in lists them ({@code GET /api/rule-sets}); an administrator deploys
 * a new version ({@code POST /api/rule-sets}, multipart parts {@code ruleset} = ruleset.json and
 * {@code eligibility} = eligibility.dmn). Running campaigns keep the version they were launched with.
 */
@RestController
@RequestMapping("/api/rule-sets")
public class RuleSetController {

    private final RuleSetRepository repository;
    private final RuleSetDeployment deployment;
    private final RuleBook ruleBook;
    private final CurrentUser currentUser;

    public RuleSetController(RuleSetRepository repository, RuleSetDeployment deployment, RuleBook ruleBook,
                             CurrentUser currentUser) {
        this.repository = repository;
        this.deployment = deployment;
        this.ruleBook = ruleBook;
        this.currentUser = currentUser;
    }

    /**
     * A rule set's newest version as the API shows it.
     *
     * @param ref       what a launch pins, e.g. "giao-duc-2025:2"
     * @param isDefault whether launches that name no rule set use it
     * @param legalBasis the legal bases on one line
     * @param legalBases the legal bases as a decision prints them, one "Căn cứ …;" line each
     * @param created   on a deploy: false when the content equals the newest version (nothing new was made)
     */
    public record RuleSetView(String id, int version, String ref, String name, String legalBasis,
                              List<String> legalBases, OffsetDateTime deployedAt, String deployedBy, boolean isDefault,
                              Boolean created) {

        static RuleSetView of(RuleSetVersion v, String defaultId, Boolean created) {
            return new RuleSetView(v.ruleSetId(), v.version(), v.ref().toString(), v.name(), v.legalBasis(),
                    RuleSetDefinition.parseDeployed(v.definition().getBytes(StandardCharsets.UTF_8)).legalBases(),
                    v.deployedAt(), v.deployedBy(), v.ruleSetId().equals(defaultId), created);
        }
    }

    @GetMapping
    public List<RuleSetView> list() {
        currentUser.get();
        return repository.latestOfEach().stream()
                .map(v -> RuleSetView.of(v, ruleBook.defaultRuleSetId(), null)).toList();
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<RuleSetView> deploy(@RequestPart(name = "ruleset", required = false) MultipartFile ruleset,
                                              @RequestPart(name = "eligibility", required = false) MultipartFile eligibility) {
        SignedInUser admin = currentUser.requireAdmin();
        List<InputError> errors = new ArrayList<>();
        if (ruleset == null || ruleset.isEmpty()) {
            errors.add(new InputError(0, 0, "ruleset", Messages.get("rules.upload.rulesetMissing")));
        }
        if (eligibility == null || eligibility.isEmpty()) {
            errors.add(new InputError(0, 0, EligibilityDmn.FIELD, Messages.get("rules.upload.dmnMissing")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(Messages.get("rules.upload.invalid", errors.size()), errors);
        }
        Deployed deployed = deployment.deploy(bytes(ruleset), bytes(eligibility), null, admin.username());
        RuleSetView view = RuleSetView.of(deployed.version(), ruleBook.defaultRuleSetId(), deployed.created());
        return deployed.created()
                ? ResponseEntity.created(URI.create("/api/rule-sets/" + view.id())).body(view)
                : ResponseEntity.ok(view);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
