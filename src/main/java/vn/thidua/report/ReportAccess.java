package vn.thidua.report;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignAccess;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.UnitRole;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.security.SignedInUser;

/**
 * Who may see and change what: a unit's own people and the units above it see its reports; only its staff
 * change them, and only while the report is theirs to work on. Administrators see everything.
 */
@Component
public class ReportAccess {


    private final OrgDirectory org;
    private final CampaignAccess campaigns;

    ReportAccess(OrgDirectory org, CampaignAccess campaigns) {
        this.org = org;
        this.campaigns = campaigns;
    }

    /** Units the user belongs to (their unit groups). */
    public List<String> unitsOf(SignedInUser user) {
        return user.groupIds().stream().filter(g -> org.findUnit(g).isPresent()).toList();
    }

    public boolean canSeeUnit(SignedInUser user, String unitCode) {
        return user.isAdmin() || unitsOf(user).stream().anyMatch(own -> org.isSameOrAncestor(own, unitCode));
    }

    public void requireCanSeeUnit(SignedInUser user, String unitCode) {
        if (!canSeeUnit(user, unitCode)) {
            throw new AccessDeniedException();
        }
    }

    /** Everyone of the campaign's tree may read the campaign itself: see {@link CampaignAccess}. */
    public void requireCanSeeCampaign(SignedInUser user, String rootUnitCode) {
        campaigns.requireCanSee(user, rootUnitCode);
    }

    public boolean canSeeCampaign(SignedInUser user, String rootUnitCode) {
        return campaigns.canSee(user, rootUnitCode);
    }

    boolean canEditAttachments(SignedInUser user, Report report) {
        return report.status().staffOwesWork()
                && (user.isAdmin() || user.isMemberOf(UnitRole.STAFF.groupId(report.unitCode())));
    }
}
