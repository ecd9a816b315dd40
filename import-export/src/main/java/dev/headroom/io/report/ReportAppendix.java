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

    static void write(PageWriter pages, Plan plan, PlanningInput input, ReportFonts.Choice font, ReportWords w) {
        pages.newPage();
        pages.heading(w.get("appendix"), 18);
        pages.heading(w.get("appendix.assumptions"), 12);
        Settings s = input.settings();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(w.get("assume.frequency"), s.frequency().toString()));
        rows.add(List.of(w.get("assume.horizon"), w.get("assume.horizon.value", s.horizon())));
        rows.add(List.of(w.get("assume.planStart"), s.planStart().map(Period::toString)
                .orElse(w.get("assume.planStart.default"))));
        rows.add(List.of(w.get("assume.quantile"), Double.toString(s.sizingQuantile())));
        rows.add(List.of(w.get("assume.timeLimit"), w.get("assume.seconds", ReportText.decimal(w, s.timeLimitSeconds()))));
        rows.add(List.of(w.get("assume.seed"), Long.toString(s.seed())));
        for (Resource r : input.resources()) {
            rows.add(List.of(w.get("assume.target", r.name()), r.unit().isEmpty()
                    ? ReportText.share(w, r.targetUtilization())
                    : w.get("assume.target.unit", ReportText.share(w, r.targetUtilization()), r.unit())));
        }
        for (Pool p : input.pools()) {
            rows.add(List.of(w.get("assume.ha", p.name()), p.maxNodes().isPresent()
                    ? w.get("assume.ha.max", p.haNodes(), p.maxNodes().getAsInt()) : Integer.toString(p.haNodes())));
        }
        rows.add(List.of(w.get("assume.font"), w.get(font.cjk() ? "assume.font.cjk" : "assume.font.latin", font.name())));
        pages.table(List.of(w.get("col.assumption"), w.get("col.value")), rows, new float[] {2, 3}, new boolean[] {false, false});

        List<SeriesForecast> forecasts = plan.forecasts();
        pages.heading(w.get("appendix.models"), 12);
        if (forecasts.isEmpty()) {
            pages.paragraph(w.get("appendix.nothingForecast"), PageWriter.BODY);
            return;
        }
        pages.paragraph(w.get("appendix.models.note"), PageWriter.SMALL);
        List<List<String>> models = new ArrayList<>();
        for (Map.Entry<String, Integer> e : ReportText.models(forecasts).entrySet()) {
            List<SeriesForecast> of = forecasts.stream()
                    .filter(f -> (f.model().isEmpty() ? "unnamed" : f.model()).equals(e.getKey())).toList();
            models.add(List.of(e.getKey(), Integer.toString(e.getValue()),
                    ReportText.decimal(w, ReportText.median(of, f -> f.accuracy().mase())),
                    ReportText.decimal(w, ReportText.median(of, f -> f.accuracy().smape())),
                    ReportText.share(w, ReportText.median(of, f -> f.accuracy().coverage80())),
                    ReportText.share(w, ReportText.median(of, f -> f.accuracy().coverage95()))));
        }
        pages.table(List.of(w.get("col.model"), w.get("col.series"), "MASE", "sMAPE", w.get("col.coverage80"),
                w.get("col.coverage95")), models,
                new float[] {3, 1, 1, 1, 1.3f, 1.3f}, new boolean[] {false, true, true, true, true, true});

        pages.heading(w.get("appendix.worst"), 12);
        List<List<String>> worst = new ArrayList<>();
        forecasts.stream().filter(f -> Double.isFinite(f.accuracy().mase()))
                .sorted(Comparator.comparingDouble((SeriesForecast f) -> -f.accuracy().mase()).thenComparing(SeriesForecast::key))
                .limit(WORST_SERIES)
                .forEach(f -> worst.add(List.of(f.key().workload(), f.key().resource(), f.model(),
                        ReportText.decimal(w, f.accuracy().mase()), ReportText.decimal(w, f.accuracy().smape()),
                        ReportText.share(w, f.accuracy().coverage80()), ReportText.share(w, f.accuracy().coverage95()))));
        if (worst.isEmpty()) {
            pages.paragraph(w.get("appendix.noBacktest"), PageWriter.BODY);
        } else {
            pages.table(List.of(w.get("col.workload"), w.get("col.resource"), w.get("col.model"), "MASE", "sMAPE",
                    w.get("col.coverage80"), w.get("col.coverage95")), worst,
                    new float[] {2.5f, 1.3f, 2.2f, 0.9f, 0.9f, 1.6f, 1.6f},
                    new boolean[] {false, false, false, true, true, true, true});
        }
    }
}
