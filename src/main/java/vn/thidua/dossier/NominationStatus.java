package vn.thidua.dossier;

import vn.thidua.text.Messages;

/** Where a nomination stands in the chain; the label is what users read. */
public enum NominationStatus {
    /** In a dossier, waiting for the council of the unit that holds it (or forwarded up with its opinion). */
    PROPOSED,
    /** Below the vote threshold of a level's council. */
    NOT_PASSED,
    /** Rejected by a reviewer of the level above, with a reason. */
    REJECTED,
    /** Decided by the level that has the power to; waiting for its award decision. */
    APPROVED,
    /** In a published award decision. */
    AWARDED;

    public String label() {
        return Messages.get("nomination.status." + name());
    }
}
