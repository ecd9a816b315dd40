package dev.headroom.core.forecast;

import dev.headroom.core.model.InvalidValueException;
import dev.headroom.core.model.ModelWords;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.Wording;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * A planner's manual change to one series' forecast, for what the history cannot know: a launch, a migration,
 * a contract. Applied on top of the model's forecast by {@link ForecastChoices#adjust}.
 *
 * @param series the workload and resource whose forecast it changes
 * @param kind   what it does
 * @param period where it starts (a growth or a step: that period and every one after it), or the one period an
 *               override replaces
 * @param value  a growth in percent (2 for +2%, -5 for -5%; above -100), a step in the resource's unit (negative
 *               for a drop), or an override's demand (at least 0)
 */
public record ForecastAdjustment(SeriesKey series, Kind kind, Period period, double value) {

    /** What an adjustment does to the forecast. */
    public enum Kind {
        /** Grows demand by {@code value}% every period from {@code period} on, compounding. */
        GROWTH_PER_PERIOD("growth per period"),
        /**
         * Grows demand by {@code value}% in all from {@code period} to the forecast's last period, spread evenly
         * (compounding) over those periods.
         */
        GROWTH_OVER_HORIZON("growth over the horizon"),
        /** Adds {@code value} to demand from {@code period} on. */
        STEP("step"),
        /** Sets the forecast of {@code period} to {@code value}; its interval keeps its width around it. */
        OVERRIDE("override");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The kind in the planner's words, e.g. "growth per period". */
        public String label() {
            return label;
        }

        /** The kind's name as words of a problem, said in the problem's language ("growth per period"). */
        public Wording wording() {
            return ModelWords.of("adjustment.kind." + name());
        }

        /** The kind of a label or a constant name, ignoring case, spaces and underscores. */
        public static Kind parse(String text) {
            String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
            for (Kind k : values()) {
                if (k.label.equals(wanted) || k.name().toLowerCase(Locale.ROOT).replace('_', ' ').equals(wanted)) {
                    return k;
                }
            }
            throw new InvalidValueException(String.valueOf(text), ModelWords.of("adjustment.notAKind"));
        }
    }

    public ForecastAdjustment {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        if (!Double.isFinite(value)) {
            throw ModelWords.invalid("adjustment.notANumber", kind.wording(), series, value);
        }
        if ((kind == Kind.GROWTH_PER_PERIOD || kind == Kind.GROWTH_OVER_HORIZON) && value <= -100) {
            throw ModelWords.invalid("adjustment.growth", kind.wording(), series, number(value));
        }
        if (kind == Kind.OVERRIDE && value < 0) {
            throw ModelWords.invalid("adjustment.override", series, period, number(value));
        }
    }

    public static ForecastAdjustment growthPerPeriod(SeriesKey series, Period from, double percent) {
        return new ForecastAdjustment(series, Kind.GROWTH_PER_PERIOD, from, percent);
    }

    public static ForecastAdjustment growthOverHorizon(SeriesKey series, Period from, double percent) {
        return new ForecastAdjustment(series, Kind.GROWTH_OVER_HORIZON, from, percent);
    }

    public static ForecastAdjustment step(SeriesKey series, Period from, double amount) {
        return new ForecastAdjustment(series, Kind.STEP, from, amount);
    }

    public static ForecastAdjustment override(SeriesKey series, Period period, double demand) {
        return new ForecastAdjustment(series, Kind.OVERRIDE, period, demand);
    }

    /**
     * The factor a growth multiplies demand by in {@code at}, for a forecast whose last period is {@code last};
     * 1 before the growth starts and for adjustments that are not growths.
     */
    double factor(Period at, Period last) {
        long since = period.until(at);
        if (since < 0) {
            return 1;
        }
        double rate = 1 + value / 100;
        return switch (kind) {
            case GROWTH_PER_PERIOD -> Math.pow(rate, since + 1);
            case GROWTH_OVER_HORIZON -> {
                long span = period.until(last) + 1;
                yield span < 1 ? 1 : Math.pow(rate, (double) Math.min(since + 1, span) / span);
            }
            case STEP, OVERRIDE -> 1;
        };
    }

    /** The bundle of the adjustments' words: {@code dev/headroom/core/forecast/Adjustments*.properties}. */
    public static final String WORDS = "dev.headroom.core.forecast.Adjustments";

    /** In the planner's words, e.g. "+2% a period from 2026-11", "+4 from 2027-03", "= 120 in 2027-06". */
    public String describe() {
        return words().english();
    }

    /** As {@link #describe()}, in {@code locale}'s language (English when the bundle lacks it). */
    public String describe(Locale locale) {
        return words().in(locale);
    }

    /** The description as words of {@link #WORDS}: the value as written (sign, plain decimal), the period. */
    public Wording words() {
        String key = switch (kind) {
            case GROWTH_PER_PERIOD -> "growthPerPeriod";
            case GROWTH_OVER_HORIZON -> "growthOverHorizon";
            case STEP -> "step";
            case OVERRIDE -> "override";
        };
        return Wording.formatted(WORDS, key, kind == Kind.OVERRIDE ? number(value) : signed(value), period);
    }

    private static String signed(double v) {
        return (v >= 0 ? "+" : "") + number(v);
    }

    /** Shortest plain decimal: 2 rather than 2.0, 0.5 rather than 5E-1. */
    static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
