package vn.thidua.report;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import vn.thidua.deadline.EngineClock;
import vn.thidua.org.OrgDirectory;
import vn.thidua.process.FormStrings;
import vn.thidua.text.Messages;
import vn.thidua.text.VietnameseNumbers;

/**
 * The files attached to a report as its task form lists them, one Markdown line each: name, size, who attached it
 * (by full name) and when, Vietnam time. The text starts on a line of its own under the form's label; it keeps to a
 * form variable's size and says how many files it left out.
 */
final class AttachmentSummary {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private AttachmentSummary() {
    }

    /** The form's text for these files, or "" for none (the form then says there is none). */
    public static String markdown(List<Attachment> files, Function<String, String> fullName) {
        if (files.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\n\n");
        int leftOut = 0;
        for (Attachment file : files) {
            String line = "- **" + inline(file.fileName()) + "** – " + size(file.sizeBytes()) + " – "
                    + inline(fullName.apply(file.uploadedBy())) + ", "
                    + WHEN.format(file.uploadedAt().atZoneSameInstant(EngineClock.ZONE)) + "\n";
            if (leftOut > 0 || md.length() + line.length() > FormStrings.ROOM_FOR_ROWS) {
                leftOut++;
                continue;
            }
            md.append(line);
        }
        if (leftOut > 0) {
            md.append(Messages.get("report.attachments.leftOut", leftOut)).append('\n');
        }
        return md.toString();
    }

    /** The form's text, with full names from the org directory; a name not found stays the username. */
    public static String markdown(List<Attachment> files, OrgDirectory org) {
        if (files.isEmpty()) {
            return "";
        }
        return markdown(files, user -> org.fullName(user).orElse(user));
    }

    /** "12 KB", "1,5 MB": the way Vietnamese write decimals. */
    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return VietnameseNumbers.integer(Math.max(1, Math.round(bytes / 1024.0))) + " KB";
        }
        return VietnameseNumbers.fixed(bytes / (1024.0 * 1024.0), 1) + " MB";
    }

    /** Text inside one Markdown line: no line breaks, no characters that would start emphasis, links or HTML. */
    private static String inline(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").replaceAll("([\\\\`*_\\[\\]<>#|~])", "\\\\$1");
    }
}
