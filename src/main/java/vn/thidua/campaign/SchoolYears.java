package vn.thidua.campaign;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * School years (năm học) as campaigns count them: 1 August to 31 July. The Ministry's yearly time frame opens a
 * school year in late August (tựu trường) and closes it by the end of May; the summer belongs to the year that ended,
 * so a phase or a round counts in the school year it closes in.
 */
final class SchoolYears {

    private static final Pattern YEARS = Pattern.compile("(\\d{4})\\s*-\\s*(\\d{4})");
    static final int FIRST_MONTH = 8;

    private SchoolYears() {
    }

    /**
     * The years a campaign's "2024-2027" names.
     *
     * @param first the year its first school year starts in
     * @param last  the year its last school year ends in
     */
    record Span(int first, int last) {

        /** More than one school year: a campaign with a yearly round each school year. */
        boolean multiYear() {
            return last - first > 1;
        }

        LocalDate firstDay() {
            return SchoolYears.firstDay(first);
        }

        LocalDate lastDay() {
            return SchoolYears.lastDay(last - 1);
        }

        String label() {
            return first + "-" + last;
        }
    }

    /** The span of "2024-2027", or null when the text is no such span (the validator says why). */
    static Span span(String schoolYear) {
        Matcher m = YEARS.matcher(schoolYear == null ? "" : schoolYear.trim());
        if (!m.matches() || Integer.parseInt(m.group(2)) <= Integer.parseInt(m.group(1))) {
            return null;
        }
        return new Span(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The year the school year of this day starts in. */
    static int startYearOf(LocalDate day) {
        return day.getMonthValue() >= FIRST_MONTH ? day.getYear() : day.getYear() - 1;
    }

    static LocalDate firstDay(int startYear) {
        return LocalDate.of(startYear, FIRST_MONTH, 1);
    }

    static LocalDate lastDay(int startYear) {
        return firstDay(startYear + 1).minusDays(1);
    }

    /** "2024-2025" */
    static String label(int startYear) {
        return startYear + "-" + (startYear + 1);
    }
}
