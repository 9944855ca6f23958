package vn.thidua.registration;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.thidua.campaign.CampaignRepository;
import vn.thidua.campaign.ReportKind;

/**
 * What other modules may ask of registrations: whether a person registered in a campaign, and for which title.
 */
@Service
public class RegistrationApi {

    private final RegistrationRepository registrations;
    private final CampaignRepository campaigns;

    private final RegistrationForms forms;

    RegistrationApi(RegistrationRepository registrations, CampaignRepository campaigns, RegistrationForms forms) {
        this.registrations = registrations;
        this.campaigns = campaigns;
        this.forms = forms;
    }

    /**
     * The unit's nominations or decisions changed: the open forms that show its registered targets, and those of
     * the levels above it, show the achieved values the system computes as they are now.
     */
    public void outcomesChanged(long campaignId, String unitCode) {
        forms.refreshTargets(campaignId, unitCode);
    }

    /**
     * Who registered for what in a campaign that opened with registration: a person's nominee key, or a unit's code
     * for its collective, → the title code; empty when the campaign had no registration round.
     */
    public Optional<Map<String, String>> registeredTitles(long campaignId) {
        boolean round = campaigns.phases(campaignId).stream().anyMatch(p -> p.kind() == ReportKind.REGISTRATION);
        return round ? Optional.of(Map.copyOf(registrations.registeredTitles(campaignId))) : Optional.empty();
    }

    /**
     * The title code the person registered for in the campaign, empty when they did not register.
     *
     * @param nomineeKey as {@link vn.thidua.nomination.NomineeKeys#person} builds it
     */
    public Optional<String> registeredTitle(long campaignId, String nomineeKey) {
        return registrations.personByKey(campaignId, nomineeKey).map(Registration.Person::titleCode);
    }
}
