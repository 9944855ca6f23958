package vn.thidua.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.thidua.problem.InputError;
import vn.thidua.text.Messages;

/**
 * The launch form's list of phases, one phase a line: "Đợt 1; 05/09/2024; 31/05/2026; 15/06/2026" (name, first
 * day, last day, deadline of the review that ends the phase). Tasklist cannot submit a form-js dynamic list; a
 * textarea works on any phone. Parts may carry the words the form's example shows ("từ", "đến", "hạn nộp").
 */
final class PhaseLines {

    static final String FIELD = CampaignProcess.Vars.PHASE_LINES;
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[;|\\t]\\s*");

    private PhaseLines() {
    }

    /** A phase as one line gave it: its number in the textarea and its parts, dates still as typed. */
    record Line(int lineNo, String name, String startsOn, String endsOn, String reportDeadline) {
    }

    /** Every non-blank line; a line that is no phase is reported with its number and left out. */
    static List<Line> read(String text, List<InputError> errors) {
        // The words a part may start with ("từ 05/09/2024"), as the bundle lists them.
        Pattern leadingWord = Pattern.compile("(?iu)^(" + Messages.get("campaign.lines.words") + ")\\s*:?\\s*");
        List<Line> lines = new ArrayList<>();
        String[] raw = text.split("\\R", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int lineNo = i + 1;
            List<String> parts = new ArrayList<>(List.of(SEPARATOR.split(line, -1)));
            while (parts.size() > 3 && parts.get(parts.size() - 1).isBlank()) {
                parts.remove(parts.size() - 1);
            }
            if (parts.size() < 3 || parts.size() > 4) {
                errors.add(new InputError(lineNo, 0, FIELD,
                        Messages.get("campaign.lines.parts", lineNo, parts.size())));
                continue;
            }
            lines.add(new Line(lineNo, parts.get(0).strip(), bare(parts.get(1), leadingWord),
                    bare(parts.get(2), leadingWord), parts.size() == 4 ? bare(parts.get(3), leadingWord) : null));
        }
        return lines;
    }

    private static String bare(String part, Pattern leadingWord) {
        String value = leadingWord.matcher(part.strip()).replaceFirst("").strip();
        return value.isEmpty() ? null : value;
    }
}
