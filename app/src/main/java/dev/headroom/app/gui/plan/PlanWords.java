package dev.headroom.app.gui.plan;

import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;

import java.util.Locale;
import java.util.OptionalDouble;

/** A plan's status, proof and figures as a planner reads them in the Plan and Scenarios screens. */
public final class PlanWords {

    private PlanWords() {
    }

    /** The status in a few words, e.g. "Optimal" or "Unmet demand". */
    public static String status(PlanStatus status) {
        return switch (status) {
            case OPTIMAL -> "Optimal";
            case FEASIBLE -> "Feasible";
            case UNMET_DEMAND -> "Unmet demand";
            case NO_SOLUTION -> "No plan found";
        };
    }

    /** What the status means for this plan, with how close to the best possible it is known to be. */
    public static String proof(Plan plan) {
        return switch (plan.status()) {
            case OPTIMAL -> "All demand met; proven the cheapest plan.";
            case FEASIBLE -> "All demand met; " + gap(plan.gap()) + ".";
            case UNMET_DEMAND -> "Some demand cannot be met by any plan (see Unmet demand); the rest is planned"
                    + (plan.gap().isPresent() ? ", " + gap(plan.gap()) : "") + ".";
            case NO_SOLUTION -> "No plan was found within the time limit; allow more time in the settings.";
        };
    }

    /** "within 3.2% of the best possible", or that no bound is known. */
    public static String gap(OptionalDouble gap) {
        if (gap.isEmpty()) {
            return "how close to the cheapest is not known";
        }
        double g = gap.getAsDouble();
        if (g <= 0) {
            return "proven the cheapest";
        }
        return String.format(Locale.ROOT, "within %s%% of the best possible", percent(g * 100));
    }

    /** A money amount with thousands separators and no decimals, as the plan workbook shows it. */
    public static String money(double amount) {
        return String.format(Locale.ROOT, "%,.0f", amount);
    }

    /** A signed money amount, e.g. "+12,400" or "−3,000"; "±0" for none. */
    public static String signedMoney(double amount) {
        long rounded = Math.round(amount);
        if (rounded == 0) {
            return "±0";
        }
        return (rounded > 0 ? "+" : "−") + String.format(Locale.ROOT, "%,d", Math.abs(rounded));
    }

    /** Seconds to one decimal, e.g. "4.2 s". */
    public static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }

    /** An amount of a resource, without needless decimals. */
    public static String amount(double value) {
        if (Math.abs(value - Math.rint(value)) < 1e-9) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%,.1f", value);
    }

    /** A percentage to one decimal below 10, whole above. */
    public static String percent(double percent) {
        return percent < 10 ? String.format(Locale.ROOT, "%.1f", percent) : String.format(Locale.ROOT, "%.0f", percent);
    }
}
