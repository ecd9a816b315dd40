package dev.headroom.core.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Turns real numbers into the integers Choco works with, by a power of ten. Decimal arithmetic
 * keeps numbers such as 0.1 or 0.8 × 64 exact, so rounding happens only where a number truly has
 * more digits than the scale keeps; demand rounds up and capacity down, so a plan that fits in
 * integers fits in reality too.
 */
final class Scaling {

    /** The finest scale ever used: a millionth of a unit is below any measurement's precision. */
    static final int MAX_EXPONENT = 6;
    static final int MIN_EXPONENT = -15;

    private Scaling() {
    }

    /** The largest power-of-ten exponent that maps {@code magnitude} to at most {@code limit}. */
    static int exponentFor(double magnitude, double limit) {
        if (!(magnitude > 0)) {
            return MAX_EXPONENT;
        }
        int exponent = (int) Math.floor(Math.log10(limit / magnitude));
        while (exponent > MIN_EXPONENT && magnitude * Math.pow(10, exponent) > limit) {
            exponent--;
        }
        return Math.clamp(exponent, MIN_EXPONENT, MAX_EXPONENT);
    }

    static BigDecimal exact(double value) {
        return new BigDecimal(Double.toString(value));
    }

    /** {@code value × 10^exponent}, rounded up. */
    static long up(BigDecimal value, int exponent) {
        return value.scaleByPowerOfTen(exponent).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /** {@code value × 10^exponent}, rounded down. */
    static long down(BigDecimal value, int exponent) {
        return value.scaleByPowerOfTen(exponent).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    static long up(double value, int exponent) {
        return up(exact(value), exponent);
    }

    /** Whether {@code value × 10^exponent} is a whole number, so scaling loses nothing. */
    static boolean isWhole(double value, int exponent) {
        return exact(value).scaleByPowerOfTen(exponent).stripTrailingZeros().scale() <= 0;
    }

    static int toInt(long value, String what) {
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw new ArithmeticException(what + " does not fit the solver's integers: " + value);
        }
        return (int) value;
    }
}
