package vn.thidua.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Every number a user reads, written the Vietnamese way (Locale vi-VN): thousands grouped with a dot, decimals after
 * a comma ("4.000", "87,5%", "1,2 MB"), whatever the browser's language. Forms, pages, mails and documents use this
 * one formatter; templates reach it as {@code #vn} ({@link VietnameseNumbersDialect}).
 */
public final class VietnameseNumbers {

    public static final Locale VIETNAM = Locale.forLanguageTag("vi-VN");

    private static final DecimalFormatSymbols SYMBOLS = symbols();

    private VietnameseNumbers() {
    }

    /** "4.000", "12", "" for null. */
    public static String integer(Number value) {
        return value == null ? "" : format(new BigDecimal(value.toString()), 0);
    }

    /** At most {@code maxDecimals} decimals, trailing zeros dropped: "87,5", "1.234,56", "" for null. */
    public static String decimal(Number value, int maxDecimals) {
        return value == null ? "" : format(new BigDecimal(value.toString()), maxDecimals);
    }

    /** Exactly {@code decimals} decimals, for sizes and measures read side by side: "20,0", "1.024,5". */
    public static String fixed(Number value, int decimals) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), SYMBOLS);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(new BigDecimal(value.toString()));
    }

    /** A share between 0 and 1 as a percentage with at most {@code maxDecimals} decimals: 0.875 → "87,5%". */
    public static String percent(Number share, int maxDecimals) {
        return share == null ? "" : format(new BigDecimal(share.toString()).movePointRight(2), maxDecimals) + "%";
    }

    private static String format(BigDecimal value, int maxDecimals) {
        DecimalFormat format = new DecimalFormat(maxDecimals == 0 ? "#,##0" : "#,##0." + "#".repeat(maxDecimals),
                SYMBOLS);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** Spelled out rather than taken from the JDK's locale data, whose vi-VN symbols differ between providers. */
    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(VIETNAM);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        return symbols;
    }
}
