package vn.thidua.rules;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param defaultRuleSet id of the rule set a launch uses when it names none (a folder of processes/rules/)
 */
@ConfigurationProperties("thidua.rules")
record RulesProperties(@DefaultValue("giao-duc-2025") String defaultRuleSet) {
}
