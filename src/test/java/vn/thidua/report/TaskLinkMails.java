package vn.thidua.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/** The "Mở công việc" link of a mail's plain text. */
final class TaskLinkMails {

    private static final Pattern OPEN_TASK = Pattern.compile("Mở công việc: (\\S+)");

    private TaskLinkMails() {
    }

    /** The mail's plain-text part, decoded (the raw body wraps long lines). */
    static String plainText(MimeMessage mail) throws Exception {
        return (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
    }

    static String openTaskLink(String plainText) {
        Matcher link = OPEN_TASK.matcher(plainText);
        if (!link.find()) {
            throw new AssertionError("no \"Mở công việc\" link in:\n" + plainText);
        }
        return link.group(1);
    }
}
