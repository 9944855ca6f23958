package vn.thidua.support;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * The real SMTP server the application sends to in {@link PostgresIntegrationTest}s (GreenMail on
 * {@link PostgresIntegrationTest#SMTP_PORT}, started for each test), and the reading of what it received: the mails
 * of one campaign to one user (other tests run campaigns on the same tree), their plain text and task links.
 *
 * <pre>
 * &#64;RegisterExtension &#64;Order(1) static final TestMailbox smtp = new TestMailbox();
 * </pre>
 */
public class TestMailbox extends GreenMailExtension {

    private static final Pattern OPEN_TASK = Pattern.compile("Mở công việc: (\\S+)");

    public TestMailbox() {
        super(new ServerSetup(PostgresIntegrationTest.SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));
    }

    /** Mails whose subject names the campaign, addressed to the user of the test tree ({@code sct.thidua.local}). */
    public List<MimeMessage> to(String campaignName, String username) {
        String address = username + "@sct.thidua.local";
        return Arrays.stream(getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(campaignName) && Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The mail's plain-text part, decoded (the raw body wraps long lines). */
    public static String plainText(MimeMessage mail) throws Exception {
        return (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
    }

    public static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The "Mở công việc" link of a mail's plain text. */
    public static String openTaskLink(String plainText) {
        Matcher link = OPEN_TASK.matcher(plainText);
        if (!link.find()) {
            throw new AssertionError("no \"Mở công việc\" link in:\n" + plainText);
        }
        return link.group(1);
    }
}
