package vn.thidua.dossier;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.thidua.registration.NominationOutcomes;

/** The dossiers' nominations as registration counts them for the targets tied to them. */
@Component
class NominationOutcomesOfDossiers implements NominationOutcomes {

    private final NominationRepository nominations;

    NominationOutcomesOfDossiers(NominationRepository nominations) {
        this.nominations = nominations;
    }

    @Override
    public List<Outcome> of(long campaignId, Collection<String> originUnitCodes) {
        return nominations.outcomes(campaignId, originUnitCodes);
    }
}
