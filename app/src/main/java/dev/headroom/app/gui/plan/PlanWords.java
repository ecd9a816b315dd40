package dev.headroom.app.gui.plan;

import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;

import java.text.NumberFormat;
import java.util.OptionalDouble;

/**
 * A plan's status, proof and figures as a planner reads them in the Plan and Scenarios screens, in the window's
 * language; numbers grouped and pointed as its locale writes them.
 */
public final class PlanWords {

    private static final Texts T = Texts.of(PlanWords.class);

    private PlanWords() {
    }

    /** The status in a few words, e.g. "Optimal" or "Unmet demand". */
    public static String status(PlanStatus status) {
        return switch (status) {
            case OPTIMAL -> T.get("status.optimal");
            case FEASIBLE -> T.get("status.feasible");
            case UNMET_DEMAND -> T.get("status.unmet");
            case NO_SOLUTION -> T.get("status.none");
        };
    }

    /** What the status means for this plan, with how close to the best possible it is known to be. */
    public static String proof(Plan plan) {
        return switch (plan.status()) {
            case OPTIMAL -> T.get("proof.optimal");
            case FEASIBLE -> T.get("proof.feasible", gap(plan.gap()));
            case UNMET_DEMAND -> plan.gap().isPresent() ? T.get("proof.unmet.gap", gap(plan.gap()))
                    : T.get("proof.unmet");
            case NO_SOLUTION -> T.get("proof.none");
        };
    }

    /** "within 3.2% of the best possible", or that no bound is known. */
    public static String gap(OptionalDouble gap) {
        if (gap.isEmpty()) {
            return T.get("gap.unknown");
        }
        double g = gap.getAsDouble();
        if (g <= 0) {
            return T.get("gap.none");
        }
        return T.get("gap.within", percent(g * 100));
    }

    /** A money amount with thousands separators and no decimals, as the plan workbook shows it. */
    public static String money(double amount) {
        return decimals(0).format(amount);
    }

    /** A signed money amount, e.g. "+12,400" or "−3,000"; "±0" for none. */
    public static String signedMoney(double amount) {
        long rounded = Math.round(amount);
        if (rounded == 0) {
            return "±0";
        }
        return (rounded > 0 ? "+" : "−") + decimals(0).format(Math.abs(rounded));
    }

    /** Seconds to one decimal, e.g. "4.2 s". */
    public static String seconds(double seconds) {
        return T.get("seconds", fixed(1).format(seconds));
    }

    /** An amount of a resource, without needless decimals. */
    public static String amount(double value) {
        if (Math.abs(value - Math.rint(value)) < 1e-9) {
            return decimals(0).format(value);
        }
        return decimals(1).format(value);
    }

    /** A percentage to one decimal below 10, whole above. */
    public static String percent(double percent) {
        NumberFormat f = fixed(percent < 10 ? 1 : 0);
        f.setGroupingUsed(false);
        return f.format(percent);
    }

    /** Grouped, with exactly {@code digits} decimals, rounded half-up as {@code String.format} did. */
    private static NumberFormat decimals(int digits) {
        NumberFormat f = fixed(digits);
        f.setGroupingUsed(true);
        return f;
    }

    private static NumberFormat fixed(int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(T.locale());
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f;
    }
}
