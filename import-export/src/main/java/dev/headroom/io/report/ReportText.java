package dev.headroom.io.report;

import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.Runway;
import dev.headroom.core.plan.UnmetDemand;
import dev.headroom.io.plan.PlanFigures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/** The report's sentences in plain words, built from the plan's figures. */
final class ReportText {
    /** Bullets per list on the one-page summary; the tables that follow list them all. */
    static final int MAX_BULLETS = 8;

    private ReportText() {
    }

    static String money(double value) {
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    static String amount(double value) {
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    static String share(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.0f%%", value * 100) : "n/a";
    }

    static String decimal(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "n/a";
    }

    static String status(PlanStatus status) {
        return switch (status) {
            case OPTIMAL -> "The plan meets all demand, and the solver proved that no cheaper plan exists.";
            case FEASIBLE -> "The plan meets all demand; a cheaper plan may exist, by at most the gap below.";
            case UNMET_DEMAND -> "Some demand cannot be met by any plan; the rest is planned, and the unmet part is explained below.";
            case NO_SOLUTION -> "No plan was found within the time limit; give the solver more time or check the input.";
        };
    }

    static String whatToBuy(Plan plan) {
        if (plan.status() == PlanStatus.NO_SOLUTION) {
            return "Without a plan there is nothing to recommend buying yet.";
        }
        if (plan.purchases().isEmpty()) {
            return "Nothing needs to be bought: the existing nodes carry the planned demand through the horizon.";
        }
        long nodes = plan.purchases().stream().mapToLong(Purchase::count).sum();
        return "Buy " + nodes + (nodes == 1 ? " node" : " nodes") + " in " + plan.purchases().size()
                + (plan.purchases().size() == 1 ? " purchase" : " purchases") + ", for a total of "
                + money(plan.totalCost()) + ":";
    }

    static String purchase(Purchase p) {
        return p.pool() + ": " + p.count() + " × " + p.nodeType() + ", ordered by " + p.orderBy() + " to be in use from "
                + p.period() + ", costing " + money(p.cost()) + ".";
    }

    /** The pools that run out, soonest first: the reason for buying. */
    static List<String> runsOut(Plan plan) {
        List<String> lines = new ArrayList<>();
        plan.runway().stream().filter(r -> r.exhaustedAt().isPresent())
                .sorted(Comparator.comparingInt(Runway::periodsLeft).thenComparing(Runway::pool)
                        .thenComparing(Runway::resource))
                .forEach(r -> lines.add(r.pool() + " runs out of " + r.resource() + " in " + r.exhaustedAt().get()
                        + (r.periodsLeft() == 0 ? ", the first planned period." : ", after " + r.periodsLeft()
                        + (r.periodsLeft() == 1 ? " planned period." : " planned periods."))));
        return lines;
    }

    static String cost(Plan plan) {
        String text = "The plan costs " + money(plan.totalCost()) + ". ";
        if (plan.lowerBound().isEmpty()) {
            return text + "No lower bound on the cost is known, so how close it is to the cheapest plan is unknown.";
        }
        if (plan.status() == PlanStatus.OPTIMAL) {
            return text + "It is the cheapest plan that meets the demand.";
        }
        return text + "No plan meeting the same demand costs less than " + money(plan.lowerBound().getAsDouble())
                + ", so this plan is at most " + share(plan.gap().orElse(0)) + " above the cheapest.";
    }

    static String unmet(UnmetDemand u, PlanningInput input) {
        String unit = PlanFigures.unitOf(input, u.resource());
        return u.pool() + ", " + u.resource() + " in " + u.period() + ": " + amount(u.amount())
                + (unit.isEmpty() ? "" : " " + unit) + " cannot be met, because " + u.reason() + ".";
    }

    /** How sure the forecast is, from the backtest of the models chosen. */
    static String certainty(Plan plan, PlanningInput input) {
        String sizing = " Capacity is planned for the " + ordinal(input.settings().sizingQuantile())
                + " percentile of forecast demand, so in about " + share(1 - input.settings().sizingQuantile())
                + " of periods demand may be higher than planned.";
        List<SeriesForecast> forecasts = plan.forecasts();
        if (forecasts.isEmpty()) {
            return "Demand was given in the workbook, so nothing was forecast." + sizing;
        }
        StringBuilder text = new StringBuilder("Demand was forecast for " + forecasts.size() + " series (")
                .append(mostChosen(models(forecasts))).append("). ");
        double mase = median(forecasts, f -> f.accuracy().mase());
        double c80 = median(forecasts, f -> f.accuracy().coverage80());
        double c95 = median(forecasts, f -> f.accuracy().coverage95());
        if (Double.isNaN(mase)) {
            text.append("The history was too short to test the forecasts on held-out periods, so how sure they are is unknown.");
        } else {
            text.append("Tested on held-out history, the median scaled error (MASE) was ").append(decimal(mase))
                    .append(mase < 1 ? ", better than repeating the last season" : ", no better than repeating the last season")
                    .append('.');
            if (!Double.isNaN(c80) && !Double.isNaN(c95)) {
                text.append(" The 80% intervals held ").append(share(c80)).append(" of the held-out values and the 95% intervals ")
                        .append(share(c95)).append('.');
            }
        }
        return text + sizing;
    }

    /** The models chosen most often, at most three, so that the sentence stays a sentence. */
    static String mostChosen(Map<String, Integer> models) {
        List<Map.Entry<String, Integer>> byUse = models.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<String> parts = new ArrayList<>();
        byUse.stream().limit(3).forEach(e -> parts.add(e.getKey() + " for " + e.getValue()));
        String text = (byUse.size() == 1 ? "model " : "models chosen most: ") + String.join(", ", parts);
        if (byUse.size() > 3) {
            text += "; " + (byUse.size() - 3) + " other models for the rest, listed in the appendix";
        }
        return text;
    }

    static Map<String, Integer> models(List<SeriesForecast> forecasts) {
        Map<String, Integer> models = new TreeMap<>();
        forecasts.forEach(f -> models.merge(f.model().isEmpty() ? "unnamed" : f.model(), 1, Integer::sum));
        return models;
    }

    /** The median of a figure over the forecasts that have it; NaN when none has. */
    static double median(List<SeriesForecast> forecasts, ToDoubleFunction<SeriesForecast> figure) {
        double[] values = forecasts.stream().mapToDouble(figure).filter(Double::isFinite).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    static String ordinal(double quantile) {
        long percent = Math.round(quantile * 100);
        String suffix = (percent % 100 >= 11 && percent % 100 <= 13) ? "th" : switch ((int) (percent % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return percent + suffix;
    }

    static String span(Plan plan) {
        List<Period> periods = plan.periods();
        if (periods.isEmpty()) {
            return "no planned periods";
        }
        return periods.getFirst() + " to " + periods.getLast() + " (" + periods.size()
                + (periods.size() == 1 ? " period)" : " periods)");
    }
}
