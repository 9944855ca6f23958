package vn.thidua.campaign;

import org.springframework.stereotype.Component;

import vn.thidua.org.OrgDirectory;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.security.SignedInUser;

/**
 * Who may read a campaign (name, phases, deadlines): everyone of its tree, the units above its root included;
 * administrators see every campaign.
 */
@Component
public class CampaignAccess {

    private final OrgDirectory org;

    CampaignAccess(OrgDirectory org) {
        this.org = org;
    }

    public boolean canSee(SignedInUser user, String rootUnitCode) {
        return user.isAdmin() || user.groupIds().stream().filter(g -> org.findUnit(g).isPresent())
                .anyMatch(own -> org.isSameOrAncestor(rootUnitCode, own) || org.isSameOrAncestor(own, rootUnitCode));
    }

    public void requireCanSee(SignedInUser user, String rootUnitCode) {
        if (!canSee(user, rootUnitCode)) {
            throw new AccessDeniedException();
        }
    }
}
