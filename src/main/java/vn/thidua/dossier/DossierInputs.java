package vn.thidua.dossier;

import vn.thidua.text.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.web.DayInput;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;

/** The dossier page's form fields as the use cases take them: days and counts, refused with a Vietnamese sentence. */
final class DossierInputs {

    private DossierInputs() {
    }

    /** The council meeting's day as typed (dd/mm/yyyy, or yyyy-MM-dd from JSON); null when blank. */
    static LocalDate meetingDay(String value) {
        try {
            return DayInput.parse(value, Messages.get("dossier.meeting.day"));
        } catch (InvalidInputException e) {
            throw invalid("heldOn", e.errors().get(0).message());
        }
    }

    /** The meeting's day and counts as typed on the page. */
    record Meeting(LocalDate heldOn, Integer membersTotal, Integer present) {
    }

    static Meeting meeting(String heldOn, String membersTotal, String present) {
        List<InputError> errors = new ArrayList<>();
        LocalDate day = null;
        try {
            day = meetingDay(heldOn);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        Integer total = count(membersTotal, "membersTotal", Messages.get("dossier.meeting.total"), errors);
        Integer presentCount = count(present, "present", Messages.get("dossier.meeting.present"), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(Messages.get("dossier.meeting.invalid"), errors);
        }
        return new Meeting(day, total, presentCount);
    }

    /** Votes for by nomination id, from the page's fields named {@code vote.<id>}; blank fields are left out. */
    static Map<Long, Integer> votes(Map<String, String> params) {
        List<InputError> errors = new ArrayList<>();
        Map<Long, Integer> votes = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.matches("vote\\.\\d{1,18}") && value != null && !value.isBlank()) {
                votes.put(Long.parseLong(name.substring(5)), count(value, "votes",
                        Messages.get("dossier.votes.of", name.substring(5)), errors));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(Messages.get("dossier.votes.invalid"), errors);
        }
        return votes;
    }

    private static Integer count(String value, String field, String label, List<InputError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new InputError(0, 0, field, Messages.get("dossier.meeting.notANumber", label,
                    value.strip())));
            return null;
        }
    }

    static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(message, List.of(new InputError(0, 0, field, message)));
    }
}
