package vn.thidua.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

import vn.thidua.problem.InputError;

/** The rule sets shipped in processes/rules, opened with a DMN engine of their own: no Spring, no database. */
final class RuleSetFiles {

    static final Path ROOT = Path.of("processes", "rules");
    static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private RuleSetFiles() {
    }

    static DmnRuleSet open(String id) {
        try {
            byte[] json = Files.readAllBytes(ROOT.resolve(id).resolve("ruleset.json"));
            byte[] dmn = Files.readAllBytes(ROOT.resolve(id).resolve("eligibility.dmn"));
            List<InputError> errors = new ArrayList<>();
            String key = EligibilityDmn.check(DMN, dmn, Set.of(), errors);
            if (key == null) {
                throw new AssertionError("Shipped DMN of " + id + " is invalid: " + errors);
            }
            DmnDecision decision = DMN.parseDecision(key, new ByteArrayInputStream(dmn));
            return new DmnRuleSet(new RuleSetRef(id, 1), RuleSetDefinition.parse(json), EligibilityDmn.local(DMN, decision));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
