package vn.thidua.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.thidua.problem.InvalidInputException;
import vn.thidua.text.Messages;

/**
 * A day as Vietnamese users type and read it: dd/mm/yyyy. Parsing is strict: 31/02/2027 is refused with a sentence
 * saying why, never moved to 03/03/2027. yyyy-MM-dd is accepted too, for JSON clients and links that carry ISO days.
 */
public final class DayInput {

    /** How our pages show a day. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private DayInput() {
    }


    /**
     * The day typed, or null when nothing was typed.
     *
     * @param label what the field is called on the page ("Ngày họp"), to start the message with, or null
     * @throws InvalidInputException when the text is not dd/mm/yyyy or not a day of the calendar
     */
    public static LocalDate parse(String text, String label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        String prefix = (label == null ? "" : label + ": ") + "\"" + value + "\"";
        Matcher dmy = DAY_MONTH_YEAR.matcher(value);
        Matcher iso = ISO.matcher(value);
        int day;
        int month;
        int year;
        if (dmy.matches()) {
            day = Integer.parseInt(dmy.group(1));
            month = Integer.parseInt(dmy.group(2));
            year = Integer.parseInt(dmy.group(3));
        } else if (iso.matches()) {
            year = Integer.parseInt(iso.group(1));
            month = Integer.parseInt(iso.group(2));
            day = Integer.parseInt(iso.group(3));
        } else {
            throw new InvalidInputException(Messages.get("days.format", prefix));
        }
        if (month < 1 || month > 12) {
            throw new InvalidInputException(Messages.get("days.noSuchMonth", prefix, month));
        }
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > length) {
            throw new InvalidInputException(Messages.get("days.monthLength", prefix, month, year, length));
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidInputException(Messages.get("days.noSuchDay", prefix));
        }
    }

    /** dd/MM/yyyy, or "" for no day. */
    public static String format(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
