package vn.thidua.report;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** The mails a real SMTP server received for one campaign: other tests run campaigns on the same tree. */
final class CampaignMails {

    private CampaignMails() {
    }

    /** Mails whose subject names the campaign, addressed to the user of the test tree ({@code sct.thidua.local}). */
    static List<MimeMessage> to(GreenMailExtension smtp, String campaignName, String username) {
        String address = username + "@sct.thidua.local";
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(campaignName) && Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
