package vn.thidua.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.rules.RuleSets.RuleSetView;
import vn.thidua.security.CurrentUser;

/**
 * The rule sets (bộ quy tắc): anyone signed in lists them ({@code GET /api/rule-sets}); an administrator deploys
 * a new version ({@code POST /api/rule-sets}, multipart parts {@code ruleset} = ruleset.json and
 * {@code eligibility} = eligibility.dmn). Running campaigns keep the version they were launched with.
 */
@RestController
@RequestMapping("/api/rule-sets")
class RuleSetController {

    private final RuleSets ruleSets;
    private final CurrentUser currentUser;

    RuleSetController(RuleSets ruleSets, CurrentUser currentUser) {
        this.ruleSets = ruleSets;
        this.currentUser = currentUser;
    }

    @GetMapping
    public List<RuleSetView> list() {
        return ruleSets.list(currentUser.get());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<RuleSetView> deploy(@RequestPart(name = "ruleset", required = false) MultipartFile ruleset,
                                              @RequestPart(name = "eligibility", required = false) MultipartFile eligibility) {
        RuleSetView view = ruleSets.deploy(currentUser.get(), bytes(ruleset), bytes(eligibility));
        return view.created()
                ? ResponseEntity.created(URI.create("/api/rule-sets/" + view.id())).body(view)
                : ResponseEntity.ok(view);
    }

    private static byte[] bytes(MultipartFile file) {
        if (file == null) {
            return null;
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
