package vn.thidua.round;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignAccess;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.UnitRole;
import vn.thidua.report.ReportAccess;
import vn.thidua.security.SignedInUser;

/**
 * Who may see and change schedules and requests: the asking level's staff change them (administrators too); a
 * schedule is read by everyone of its tree and the levels above, an ad-hoc request by the asking level, the levels
 * above and the units taking part only.
 */
@Component
class RoundAccess {

    private final CampaignAccess campaigns;
    private final ReportAccess reports;
    private final OrgDirectory org;

    RoundAccess(CampaignAccess campaigns, ReportAccess reports, OrgDirectory org) {
        this.campaigns = campaigns;
        this.reports = reports;
        this.org = org;
    }

    boolean canSeeSchedule(SignedInUser user, ReportSchedule schedule) {
        return campaigns.canSee(user, schedule.rootUnitCode());
    }

    boolean canChange(SignedInUser user, String rootUnitCode) {
        return user.isAdmin() || user.isMemberOf(UnitRole.STAFF.groupId(rootUnitCode));
    }

    /** @param chosen the units asked; empty when every unit below was */
    boolean canSeeAdHoc(SignedInUser user, AdHocRequest request, List<String> chosen) {
        if (user.isAdmin()) {
            return true;
        }
        String root = request.rootUnitCode();
        return reports.unitsOf(user).stream().anyMatch(own -> org.isSameOrAncestor(own, root)
                || (org.isSameOrAncestor(root, own) && (chosen.isEmpty() || chosen.stream()
                .anyMatch(u -> org.isSameOrAncestor(own, u) || org.isSameOrAncestor(u, own)))));
    }
}
