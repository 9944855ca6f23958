package vn.thidua.dossier;

import java.util.List;

import vn.thidua.nomination.Nomination;
import vn.thidua.rules.UnmetCriterion;

/**
 * A nomination as it travels up the chain: what the unit nominated, the rule set's verdict, the unit's
 * justification for sending a nomination that fails a criterion, and where it stands now.
 *
 * @param id               row id
 * @param campaignId       the campaign
 * @param originUnitCode   the unit that nominated
 * @param originReportId   that unit's tổng kết report
 * @param atUnitCode       the unit whose dossier holds it now
 * @param position         order in the origin unit's list, from 1
 * @param nomination       what was nominated
 * @param unmet            the verdict: every unmet criterion, empty when eligible
 * @param justification    the unit's reason for sending it anyway, or null
 * @param status           where it stands
 * @param statusReason     why (a reviewer's reason, the vote's shortfall), or null
 * @param statusByUnitCode the unit that set the status (council, reviewer, decider), or null
 * @param decisionId       the award decision that grants it, or null
 * @param modelId          the exemplary model (điển hình tiên tiến) a models review proposed, or null
 */
public record DossierEntry(long id, long campaignId, String originUnitCode, long originReportId, String atUnitCode,
                           int position, Nomination nomination, List<UnmetCriterion> unmet, String justification,
                           NominationStatus status, String statusReason, String statusByUnitCode, Long decisionId,
                           Long modelId) {

    /** A nomination of the unit's own list or forwarded by a child: not a model. */
    public DossierEntry(long id, long campaignId, String originUnitCode, long originReportId, String atUnitCode,
                        int position, Nomination nomination, List<UnmetCriterion> unmet, String justification,
                        NominationStatus status, String statusReason, String statusByUnitCode, Long decisionId) {
        this(id, campaignId, originUnitCode, originReportId, atUnitCode, position, nomination, unmet, justification,
                status, statusReason, statusByUnitCode, decisionId, null);
    }

    /** Proposed by a models review: an exemplary model (điển hình tiên tiến). */
    public boolean isModel() {
        return modelId != null;
    }

    public boolean eligible() {
        return unmet.isEmpty();
    }

    /** Fails a criterion and has no justification yet: the unit cannot submit it like this. */
    public boolean needsJustification() {
        return !unmet.isEmpty() && (justification == null || justification.isBlank());
    }
}
