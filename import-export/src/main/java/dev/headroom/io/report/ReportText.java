package dev.headroom.io.report;

import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Move;
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

    static String money(ReportWords w, double value) {
        return String.format(w.locale(), "%,.2f", value);
    }

    static String amount(ReportWords w, double value) {
        return String.format(w.locale(), "%,.2f", value);
    }

    static String share(ReportWords w, double value) {
        return Double.isFinite(value) ? String.format(w.locale(), "%.0f%%", value * 100) : w.get("notAvailable");
    }

    static String decimal(ReportWords w, double value) {
        return Double.isFinite(value) ? String.format(w.locale(), "%.2f", value) : w.get("notAvailable");
    }

    static String status(ReportWords w, PlanStatus status) {
        return w.get("status.explained." + status.name().toLowerCase(Locale.ROOT));
    }

    static String whatToBuy(ReportWords w, Plan plan) {
        if (plan.status() == PlanStatus.NO_SOLUTION) {
            return w.get("buy.noPlan");
        }
        if (plan.purchases().isEmpty()) {
            return w.get("buy.nothing");
        }
        long nodes = plan.purchases().stream().mapToLong(Purchase::count).sum();
        double purchases = plan.purchases().stream().mapToDouble(Purchase::cost).sum();
        return w.get("buy.total", nodes, plan.purchases().size(), money(w, purchases));
    }

    static String purchase(ReportWords w, Purchase p) {
        return w.get("buy.one", p.pool(), p.count(), p.nodeType(), p.orderBy(), p.period(), money(w, p.cost()));
    }

    static String move(ReportWords w, Move m) {
        return w.get("moves.one", m.workload(), m.from(), m.to(), m.period(), money(w, m.cost()));
    }

    /** The pools that run out, soonest first: the reason for buying. */
    static List<String> runsOut(ReportWords w, Plan plan) {
        List<String> lines = new ArrayList<>();
        plan.runway().stream().filter(r -> r.exhaustedAt().isPresent())
                .sorted(Comparator.comparingInt(Runway::periodsLeft).thenComparing(Runway::pool)
                        .thenComparing(Runway::resource))
                .forEach(r -> lines.add(r.periodsLeft() == 0
                        ? w.get("runsOut.first", r.pool(), r.resource(), r.exhaustedAt().get())
                        : w.get("runsOut.after", r.pool(), r.resource(), r.exhaustedAt().get(), r.periodsLeft())));
        return lines;
    }

    static String cost(ReportWords w, Plan plan) {
        String costs = w.get("cost.total", money(w, plan.totalCost()));
        if (plan.lowerBound().isEmpty()) {
            return w.get("cost.joined", costs, w.get("cost.noBound"));
        }
        if (plan.status() == PlanStatus.OPTIMAL) {
            return w.get("cost.joined", costs, w.get("cost.cheapest"));
        }
        return w.get("cost.joined", costs, w.get("cost.gap", money(w, plan.lowerBound().getAsDouble()),
                share(w, plan.gap().orElse(0))));
    }

    static String unmet(ReportWords w, UnmetDemand u, PlanningInput input) {
        String unit = PlanFigures.unitOf(input, u.resource());
        String amount = unit.isEmpty() ? amount(w, u.amount()) : amount(w, u.amount()) + " " + unit;
        return w.get("unmet.one", u.pool(), u.resource(), u.period(), amount, u.reasonIn(w.locale()));
    }

    /** How sure the forecast is, from the backtest of the models chosen. */
    static String certainty(ReportWords w, Plan plan, PlanningInput input) {
        double q = input.settings().sizingQuantile();
        String sizing = w.get("certainty.sizing", ordinal(w, q), share(w, 1 - q));
        List<SeriesForecast> forecasts = plan.forecasts();
        if (forecasts.isEmpty()) {
            return w.get("certainty.joined", w.get("certainty.given"), sizing);
        }
        String text = w.get("certainty.forecast", forecasts.size(), mostChosen(w, models(forecasts)));
        double mase = median(forecasts, f -> f.accuracy().mase());
        double c80 = median(forecasts, f -> f.accuracy().coverage80());
        double c95 = median(forecasts, f -> f.accuracy().coverage95());
        if (Double.isNaN(mase)) {
            text = w.get("certainty.joined", text, w.get("certainty.tooShort"));
        } else {
            text = w.get("certainty.joined", text, w.get(mase < 1 ? "certainty.mase.better" : "certainty.mase.worse",
                    decimal(w, mase)));
            if (!Double.isNaN(c80) && !Double.isNaN(c95)) {
                text = w.get("certainty.joined", text, w.get("certainty.coverage", share(w, c80), share(w, c95)));
            }
        }
        return w.get("certainty.joined", text, sizing);
    }

    /** The models chosen most often, at most three, so that the sentence stays a sentence. */
    static String mostChosen(ReportWords w, Map<String, Integer> models) {
        List<Map.Entry<String, Integer>> byUse = models.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<String> parts = new ArrayList<>();
        byUse.stream().limit(3).forEach(e -> parts.add(w.get("models.for", e.getKey(), e.getValue())));
        String text = w.get(byUse.size() == 1 ? "models.one" : "models.most", String.join(w.get("separator"), parts));
        if (byUse.size() > 3) {
            text = w.get("models.others", text, byUse.size() - 3);
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

    /** "90th" in English; the percentile as Chinese writes it ("第 90") otherwise. */
    static String ordinal(ReportWords w, double quantile) {
        long percent = Math.round(quantile * 100);
        if (w.chinese()) {
            return w.get("ordinal", percent);
        }
        String suffix = (percent % 100 >= 11 && percent % 100 <= 13) ? "th" : switch ((int) (percent % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return percent + suffix;
    }

    static String span(ReportWords w, Plan plan) {
        List<Period> periods = plan.periods();
        if (periods.isEmpty()) {
            return w.get("span.none");
        }
        return w.get("span", periods.getFirst(), periods.getLast(), periods.size());
    }
}
