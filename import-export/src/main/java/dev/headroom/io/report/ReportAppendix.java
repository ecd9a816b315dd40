package dev.headroom.io.report;

import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
import dev.headroom.core.model.Resource;
import dev.headroom.core.model.Settings;
import dev.headroom.core.plan.Plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The report's appendix: the assumptions, the forecast models chosen and how accurate they were in backtest. */
final class ReportAppendix {
    /** Series listed by name: the least accurate ones, where a planner should look first. */
    static final int WORST_SERIES = 15;

    private ReportAppendix() {
    }

    static void write(PageWriter pages, Plan plan, PlanningInput input, ReportFonts.Choice font) {
        pages.newPage();
        pages.heading("Appendix", 18);
        pages.heading("Assumptions", 12);
        Settings s = input.settings();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("frequency", s.frequency().toString()));
        rows.add(List.of("horizon", s.horizon() + " periods"));
        rows.add(List.of("plan start", s.planStart().map(Period::toString).orElse("the period after the last history")));
        rows.add(List.of("sizing quantile", Double.toString(s.sizingQuantile())));
        rows.add(List.of("solver time limit", ReportText.decimal(s.timeLimitSeconds()) + " s"));
        rows.add(List.of("seed", Long.toString(s.seed())));
        for (Resource r : input.resources()) {
            rows.add(List.of("target utilization of " + r.name(), ReportText.share(r.targetUtilization())
                    + (r.unit().isEmpty() ? "" : " (unit: " + r.unit() + ")")));
        }
        for (Pool p : input.pools()) {
            rows.add(List.of("HA spare nodes in " + p.name(), p.haNodes()
                    + (p.maxNodes().isPresent() ? ", at most " + p.maxNodes().getAsInt() + " nodes" : "")));
        }
        rows.add(List.of("font", font.name() + (font.cjk() ? " (prints Chinese)" : " (Latin only)")));
        pages.table(List.of("assumption", "value"), rows, new float[] {2, 3}, new boolean[] {false, false});

        List<SeriesForecast> forecasts = plan.forecasts();
        pages.heading("Forecast models and their backtest accuracy", 12);
        if (forecasts.isEmpty()) {
            pages.paragraph("Nothing was forecast: the demand was given in the workbook.", PageWriter.BODY);
            return;
        }
        pages.paragraph("MASE below 1 beats repeating the last season; sMAPE is in percent; coverage is the share of "
                + "held-out values inside the interval (80% and 95% when calibrated). Medians over the series.",
                PageWriter.SMALL);
        List<List<String>> models = new ArrayList<>();
        for (Map.Entry<String, Integer> e : ReportText.models(forecasts).entrySet()) {
            List<SeriesForecast> of = forecasts.stream()
                    .filter(f -> (f.model().isEmpty() ? "unnamed" : f.model()).equals(e.getKey())).toList();
            models.add(List.of(e.getKey(), Integer.toString(e.getValue()),
                    ReportText.decimal(ReportText.median(of, f -> f.accuracy().mase())),
                    ReportText.decimal(ReportText.median(of, f -> f.accuracy().smape())),
                    ReportText.share(ReportText.median(of, f -> f.accuracy().coverage80())),
                    ReportText.share(ReportText.median(of, f -> f.accuracy().coverage95()))));
        }
        pages.table(List.of("model", "series", "MASE", "sMAPE", "coverage 80%", "coverage 95%"), models,
                new float[] {3, 1, 1, 1, 1.3f, 1.3f}, new boolean[] {false, true, true, true, true, true});

        pages.heading("The least accurate series", 12);
        List<List<String>> worst = new ArrayList<>();
        forecasts.stream().filter(f -> Double.isFinite(f.accuracy().mase()))
                .sorted(Comparator.comparingDouble((SeriesForecast f) -> -f.accuracy().mase()).thenComparing(SeriesForecast::key))
                .limit(WORST_SERIES)
                .forEach(f -> worst.add(List.of(f.key().workload(), f.key().resource(), f.model(),
                        ReportText.decimal(f.accuracy().mase()), ReportText.decimal(f.accuracy().smape()),
                        ReportText.share(f.accuracy().coverage80()), ReportText.share(f.accuracy().coverage95()))));
        if (worst.isEmpty()) {
            pages.paragraph("No series had history long enough to be backtested.", PageWriter.BODY);
        } else {
            pages.table(List.of("workload", "resource", "model", "MASE", "sMAPE", "coverage 80%", "coverage 95%"), worst,
                    new float[] {2.5f, 1.3f, 2.2f, 0.9f, 0.9f, 1.6f, 1.6f},
                    new boolean[] {false, false, false, true, true, true, true});
        }
    }
}
