package vn.thidua.campaign;

import vn.thidua.org.Receivers;
import vn.thidua.text.Messages;

/** Who receives a campaign's or a round's reports, in words. */
public final class CampaignReceivers {

    /** A campaign whose rounds' reports go to different receivers (a report schedule's items): each round says. */
    public static final String PER_ROUND = "PER_ROUND";

    private CampaignReceivers() {
    }

    /** "Đơn vị cấp trên", "Đơn vị cấp trên và các đơn vị nhận khác", or that each round says; null when unknown. */
    static String label(String receivers) {
        if (receivers == null) {
            return null;
        }
        return PER_ROUND.equals(receivers) ? Messages.get("campaign.receivers.perRound")
                : Messages.get("campaign.receivers." + Receivers.of(receivers).name());
    }
}
