package vn.thidua.registration;

import java.util.Collection;
import java.util.List;

/**
 * What registration needs to know of a campaign's nominations to compute the achieved value of a target tied to
 * them: who was nominated for which title, and whether a published award decision granted it. The dossier, which
 * keeps the nominations, provides it.
 */
public interface NominationOutcomes {

    /**
     * One nomination.
     *
     * @param originUnitCode the unit that nominated
     * @param nomineeKey     as {@link vn.thidua.nomination.NomineeKeys} builds it
     * @param titleCode      the title requested
     * @param granted        granted by a published award decision
     */
    record Outcome(String originUnitCode, String nomineeKey, String titleCode, boolean granted) {
    }

    /** The campaign's nominations made by any of {@code originUnitCodes}, read as a set. */
    List<Outcome> of(long campaignId, Collection<String> originUnitCodes);
}
