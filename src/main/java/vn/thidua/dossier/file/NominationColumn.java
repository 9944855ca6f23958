package vn.thidua.dossier.file;

import vn.thidua.text.Messages;
import org.apache.poi.ss.util.CellReference;

import vn.thidua.dossier.NominationChecker;
import vn.thidua.dossier.NominationField;
import vn.thidua.nomination.NomineeKind;
import vn.thidua.text.Messages;

/**
 * The columns of a nomination list (danh sách đề nghị khen thưởng), in file order: a running number, then the
 * nomination's fields. The headers are the file format's contract with units: the template, the export and the
 * reader all take them from here.
 */
enum NominationColumn {
    NO(null),
    KIND(NominationField.KIND),
    NAME(NominationField.FULL_NAME),
    DATE_OF_BIRTH(NominationField.DATE_OF_BIRTH),
    POSITION(NominationField.POSITION),
    RATING(NominationField.RATING),
    INITIATIVE(NominationField.INITIATIVE),
    INITIATIVE_LEVEL(NominationField.INITIATIVE_LEVEL),
    RESEARCH(NominationField.RESEARCH),
    RESEARCH_LEVEL(NominationField.RESEARCH_LEVEL),
    DISCIPLINE(NominationField.DISCIPLINE),
    DAYS_ABSENT(NominationField.DAYS_ABSENT),
    MATERNITY_LEAVE(NominationField.MATERNITY_LEAVE),
    MONTHS_IN_POST(NominationField.MONTHS_IN_POST),
    MEMBERS(NominationField.MEMBERS),
    MEMBERS_COMPLETED(NominationField.MEMBERS_COMPLETED),
    MEMBERS_LDTT(NominationField.MEMBERS_LDTT),
    MEMBERS_CSTDCS(NominationField.MEMBERS_CSTDCS),
    MEMBERS_DISCIPLINED(NominationField.MEMBERS_DISCIPLINED),
    SCORE(NominationField.SCORE),
    REQUESTED_TITLE(NominationField.REQUESTED_TITLE),
    ACHIEVEMENTS(NominationField.ACHIEVEMENTS);

    private final NominationField field;

    NominationColumn(NominationField field) {
        this.field = field;
        if (field != null && field.column() != ordinal() + 1) {
            throw new IllegalStateException("Column " + name() + " is not where " + field + " says it is");
        }
    }

    /** The nomination's field the column holds; null for the running number. */
    NominationField field() {
        return field;
    }

    /** The Vietnamese header in row 1. */
    String header() {
        return field == null ? Messages.get("nomination.column.no") : field.header();
    }

    /** The kind of nominee the column is for, or null when it is for both. */
    NomineeKind only() {
        return field == null ? null : field.only();
    }

    /** What to write in the column, for the "Hướng dẫn" sheet. */
    String guide() {
        if (field == null) {
            return Messages.get("nomination.guide.no");
        }
        return switch (field) {
            case FULL_NAME -> Messages.get("nomination.guide.fullName", NominationChecker.MAX_NAME);
            case DATE_OF_BIRTH -> Messages.get("nomination.guide.dateOfBirth", NominationChecker.MIN_AGE,
                    NominationChecker.MAX_AGE);
            case POSITION -> Messages.get("nomination.guide.position", NominationChecker.MAX_POSITION);
            case INITIATIVE, RESEARCH -> Messages.get("nomination.guide." + field.key(),
                    NominationChecker.MAX_WORK_TITLE);
            case ACHIEVEMENTS -> Messages.get("nomination.guide.achievements",
                    NominationChecker.MAX_ACHIEVEMENTS);
            default -> Messages.get("nomination.guide." + field.key());
        };
    }

    /** 0-based index in the row. */
    int index() {
        return ordinal();
    }

    /** The column letter Excel shows, e.g. D. */
    String letter() {
        return CellReference.convertNumToColString(ordinal());
    }
}
