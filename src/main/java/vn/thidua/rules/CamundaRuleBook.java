package vn.thidua.rules;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

/**
 * The rule book over our {@code rule_set} table and Camunda: a pinned version reads its json from the table and
 * evaluates the eligibility table of its own deployment, by decision definition id, so a newer version never
 * changes how a running campaign is judged. Opened versions are immutable and cached.
 */
@Service
public class CamundaRuleBook implements RuleBook {

    private final RuleSetRepository repository;
    private final DecisionService decisionService;
    private final RulesProperties properties;
    private final Map<RuleSetRef, PinnedRuleSet> opened = new ConcurrentHashMap<>();

    public CamundaRuleBook(RuleSetRepository repository, DecisionService decisionService, RulesProperties properties) {
        this.repository = repository;
        this.decisionService = decisionService;
        this.properties = properties;
    }

    @Override
    public String defaultRuleSetId() {
        return properties.defaultRuleSet();
    }

    @Override
    public List<RuleSetInfo> available() {
        return repository.latestOfEach().stream()
                .map(v -> new RuleSetInfo(v.ref(), v.name(), v.legalBasis())).toList();
    }

    @Override
    public RuleSetRef pin(String ruleSetId) {
        return repository.latest(ruleSetId == null ? "" : ruleSetId.trim()).map(RuleSetVersion::ref)
                .orElseThrow(() -> new UnknownRuleSetException(ruleSetId));
    }

    @Override
    public PinnedRuleSet open(RuleSetRef ref) {
        PinnedRuleSet cached = opened.get(ref);
        if (cached != null) {
            return cached;
        }
        RuleSetVersion version = repository.find(ref).orElseThrow(() -> new UnknownRuleSetException(ref.toString()));
        String decisionDefinitionId = version.decisionDefinitionId();
        PinnedRuleSet ruleSet = new DmnRuleSet(ref,
                RuleSetDefinition.parse(version.definition().getBytes(StandardCharsets.UTF_8)),
                inputs -> EligibilityDmn.unmet(decisionService.evaluateDecisionById(decisionDefinitionId)
                        .variables(inputs).evaluate()));
        PinnedRuleSet raced = opened.putIfAbsent(ref, ruleSet);
        return raced == null ? ruleSet : raced;
    }
}
