package vn.thidua.digest;

import org.springframework.stereotype.Component;

import vn.thidua.org.OrgDirectory;
import vn.thidua.report.ParentDigests;

/** Which parent units' staff read their children's deadlines in the daily digest rather than mail by mail. */
@Component
class DigestPolicy implements ParentDigests {

    private final DigestProperties properties;
    private final OrgDirectory org;

    DigestPolicy(DigestProperties properties, OrgDirectory org) {
        this.properties = properties;
        this.org = org;
    }

    @Override
    public boolean digestsFor(String parentUnitCode) {
        if (!properties.enabled() || parentUnitCode == null) {
            return false;
        }
        return org.childCount(parentUnitCode) >= properties.threshold();
    }
}
