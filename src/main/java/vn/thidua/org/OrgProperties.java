package vn.thidua.org;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param importDir folder whose units.csv and users.csv are imported at start-up; empty for none */
@ConfigurationProperties("thidua.org")
record OrgProperties(String importDir) {
}
