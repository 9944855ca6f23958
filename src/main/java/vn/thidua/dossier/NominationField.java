package vn.thidua.dossier;

import vn.thidua.nomination.NomineeKind;
import vn.thidua.text.Messages;
import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of a nomination as every way in names them: the key of the page's form and of the JSON list, the
 * header of the file template's column (also the {@code field} of every error about it), and the kind of nominee
 * the field is for. The file template puts them in this order after its "STT" column.
 */
public enum NominationField {
    KIND("kind", null),
    FULL_NAME("fullName", null),
    DATE_OF_BIRTH("dateOfBirth", NomineeKind.PERSON),
    POSITION("position", NomineeKind.PERSON),
    RATING("rating", null),
    INITIATIVE("initiative", NomineeKind.PERSON),
    INITIATIVE_LEVEL("initiativeLevel", NomineeKind.PERSON),
    RESEARCH("research", NomineeKind.PERSON),
    RESEARCH_LEVEL("researchLevel", NomineeKind.PERSON),
    DISCIPLINE("discipline", NomineeKind.PERSON),
    DAYS_ABSENT("daysAbsent", NomineeKind.PERSON),
    MATERNITY_LEAVE("maternityLeave", NomineeKind.PERSON),
    MONTHS_IN_POST("monthsInPost", NomineeKind.PERSON),
    MEMBERS("members", NomineeKind.COLLECTIVE),
    MEMBERS_COMPLETED("membersCompleted", NomineeKind.COLLECTIVE),
    MEMBERS_LDTT("membersLdtt", NomineeKind.COLLECTIVE),
    MEMBERS_CSTDCS("membersCstdcs", NomineeKind.COLLECTIVE),
    MEMBERS_DISCIPLINED("membersDisciplined", NomineeKind.COLLECTIVE),
    SCORE("score", null),
    REQUESTED_TITLE("requestedTitle", null),
    ACHIEVEMENTS("achievements", null);

    private final String key;
    private final NomineeKind only;

    NominationField(String key, NomineeKind only) {
        this.key = key;
        this.only = only;
    }

    /** The name in the page's form ({@code row.<n>.<key>}) and in the JSON list. */
    public String key() {
        return key;
    }

    /** The kind of nominee the field is for, or null when it is for both. */
    public NomineeKind only() {
        return only;
    }

    /** The Vietnamese column header of the file template, e.g. "Ngày sinh". */
    public String header() {
        return Messages.get("nomination.field." + key);
    }

    /** The 1-based column of the file template (column 1 is "STT"), the same in every error whatever the way in. */
    public int column() {
        return ordinal() + 2;
    }

    public static Optional<NominationField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
