package vn.thidua.rules;

import java.math.BigDecimal;
import java.math.BigInteger;

import vn.thidua.text.VietnameseNumbers;

/**
 * A share of a whole as an exact fraction, as a rule set writes it: {@code 0.7}, {@code 0.15} or {@code "2/3"}.
 * Kept exact so that thresholds behave as the rule reads: exactly 70% passes, 2/3 of 9 members is 6.
 */
record Share(BigInteger numerator, BigInteger denominator) {

    public Share {
        if (denominator.signum() <= 0 || numerator.signum() < 0) {
            throw new IllegalArgumentException("Not a share: " + numerator + "/" + denominator);
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() > 0 && !gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    /** "0.7", "70%", "2/3"; throws IllegalArgumentException otherwise. */
    static Share parse(String text) {
        String s = text.trim();
        try {
            int slash = s.indexOf('/');
            if (slash > 0) {
                return new Share(new BigInteger(s.substring(0, slash).trim()), new BigInteger(s.substring(slash + 1).trim()));
            }
            if (s.endsWith("%")) {
                return of(new BigDecimal(s.substring(0, s.length() - 1).trim()).movePointLeft(2));
            }
            return of(new BigDecimal(s));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("Not a share: " + text, e);
        }
    }

    static Share of(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() <= 0) {
            return new Share(v.toBigIntegerExact(), BigInteger.ONE);
        }
        return new Share(v.unscaledValue(), BigInteger.TEN.pow(v.scale()));
    }

    /** Whether {@code part / whole} is at least this share; false for an empty whole. */
    boolean reachedBy(long part, long whole) {
        if (whole <= 0) {
            return false;
        }
        return BigInteger.valueOf(part).multiply(denominator).compareTo(numerator.multiply(BigInteger.valueOf(whole))) >= 0;
    }

    /** The largest whole number not above this share of {@code count}. */
    long floorOf(long count) {
        return BigInteger.valueOf(count).multiply(numerator).divide(denominator).longValueExact();
    }

    /** The smallest whole number that reaches this share of {@code count}. */
    long ceilOf(long count) {
        BigInteger[] qr = BigInteger.valueOf(count).multiply(numerator).divideAndRemainder(denominator);
        return qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
    }

    boolean atMostOne() {
        return numerator.compareTo(denominator) <= 0;
    }

    boolean positive() {
        return numerator.signum() > 0;
    }

    double value() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), java.math.MathContext.DECIMAL64).doubleValue();
    }

    /** For messages: "70%", "66,67%". */
    String percent() {
        BigDecimal p = new BigDecimal(numerator).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal(denominator), 2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return VietnameseNumbers.decimal(p, 2) + "%";
    }
}
