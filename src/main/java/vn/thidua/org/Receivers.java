package vn.thidua.org;

import java.util.Locale;

/**
 * Who receives a kind of report: the unit's parent only (the default, and how every report went before), or the
 * parent and the unit's other bodies (units.csv's also_reports_to), e.g. "gửi về Ủy ban nhân dân quận (qua Phòng
 * Nội vụ và Phòng Giáo dục và Đào tạo)". A campaign's launch sets it, as may any other way of opening reports; the
 * parent's decision drives the report, the other bodies acknowledge it or return it with reasons.
 */
public enum Receivers {
    PARENT,
    PARENT_AND_OTHERS;

    /** The setting as stored in a variable or typed in a form: null or blank is the default, {@link #PARENT}. */
    public static Receivers of(Object value) {
        if (value == null || value.toString().isBlank()) {
            return PARENT;
        }
        return valueOf(value.toString().trim().toUpperCase(Locale.ROOT));
    }

    /** Whether the text names a setting (blank counts: it is the default). */
    public static boolean isValid(Object value) {
        try {
            of(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public boolean includesOthers() {
        return this == PARENT_AND_OTHERS;
    }
}
