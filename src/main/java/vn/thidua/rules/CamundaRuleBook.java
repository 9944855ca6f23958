package vn.thidua.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Service;

import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.text.Messages;

/**
 * The rule book over our {@code rule_set} table and Camunda: a pinned version reads its json from the table and
 * evaluates the eligibility table of its own deployment, by decision definition id, so a newer version never
 * changes how a running campaign is judged. Opened versions are immutable and cached.
 * <p>
 * The table is read from its deployment once and evaluated in memory by a DMN engine of its own: a city's tổng kết
 * judges about a hundred thousand nominations, each more than once, and through {@code DecisionService} every
 * evaluation was a command with its decision history rows (see docs/performance.md). The verdicts are kept with the
 * nominations; the table and its version are the deployed ones.
 */
@Service
class CamundaRuleBook implements RuleBook {

    private final RuleSetRepository repository;
    private final RepositoryService repositoryService;
    private final RulesProperties properties;
    private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<RuleSetRef, PinnedRuleSet> opened = new ConcurrentHashMap<>();

    CamundaRuleBook(RuleSetRepository repository, RepositoryService repositoryService,
                           RulesProperties properties) {
        this.repository = repository;
        this.repositoryService = repositoryService;
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
                .orElseThrow(() -> unknown(ruleSetId));
    }

    @Override
    public PinnedRuleSet open(RuleSetRef ref) {
        PinnedRuleSet cached = opened.get(ref);
        if (cached != null) {
            return cached;
        }
        RuleSetVersion version = repository.find(ref)
                .orElseThrow(() -> new IllegalStateException("No rule set deployed as " + ref));
        String decisionDefinitionId = version.decisionDefinitionId();
        String decisionKey = repositoryService.getDecisionDefinition(decisionDefinitionId).getKey();
        DmnDecision table;
        try (InputStream model = repositoryService.getDecisionModel(decisionDefinitionId)) {
            table = dmnEngine.parseDecision(decisionKey, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EligibilityTable evaluated = inputs -> EligibilityDmn.unmet(dmnEngine.evaluateDecision(table, inputs));
        PinnedRuleSet ruleSet = new DmnRuleSet(ref,
                RuleSetDefinition.parseDeployed(version.definition().getBytes(StandardCharsets.UTF_8)),
                remembered(evaluated));
        PinnedRuleSet raced = opened.putIfAbsent(ref, ruleSet);
        return raced == null ? ruleSet : raced;
    }

    /** Verdicts remembered per pinned version; a version's table never changes. */
    static final int REMEMBERED_VERDICTS = 20_000;

    /**
     * The table's verdict depends on its inputs alone (title, kind, rating, discipline, levels, days, months, score,
     * shares), and a city's nominations repeat the same few thousand combinations. A FEEL evaluation costs
     * milliseconds of CPU in Camunda 7.24 (its FEEL engine builds its built-in functions for every input entry), a
     * remembered verdict nothing.
     */
    static EligibilityTable remembered(EligibilityTable table) {
        Map<Map<String, Object>, List<UnmetCriterion>> verdicts = Collections.synchronizedMap(
                new LinkedHashMap<>(256, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<Map<String, Object>, List<UnmetCriterion>> eldest) {
                        return size() > REMEMBERED_VERDICTS;
                    }
                });
        return inputs -> {
            Map<String, Object> key = new HashMap<>(inputs);
            List<UnmetCriterion> known = verdicts.get(key);
            if (known == null) {
                known = List.copyOf(table.unmet(inputs));
                verdicts.put(key, known);
            }
            return known;
        };
    }

    /** A launch names a rule set that is not deployed: say which ones are. */
    private InvalidInputException unknown(String ruleSetId) {
        String id = ruleSetId == null ? "" : ruleSetId.trim();
        String known = available().stream().map(info -> info.ref().id() + " (" + info.name() + ")")
                .collect(Collectors.joining(", "));
        String message = known.isEmpty() ? Messages.get("rules.ruleSet.unknown", id)
                : Messages.get("rules.ruleSet.unknownOf", id, known);
        return new InvalidInputException(message, List.of(new InputError(0, 0, "ruleSetId", message)));
    }
}
