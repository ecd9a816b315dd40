package dev.headroom.io.report;

import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.Runway;
import dev.headroom.core.plan.UnmetDemand;
import dev.headroom.core.plan.Utilization;
import dev.headroom.io.plan.PlanFigures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The report's tables: purchases, runway, peak utilization per pool and resource, and unmet demand. */
final class ReportTables {

    private ReportTables() {
    }

    static void write(PageWriter pages, Plan plan, PlanningInput input) {
        pages.newPage();
        pages.heading("Tables", 18);
        pages.heading("Purchases", 12);
        List<List<String>> purchases = new ArrayList<>();
        for (Purchase p : plan.purchases()) {
            purchases.add(List.of(p.pool(), p.nodeType(), Integer.toString(p.count()), p.orderBy().toString(),
                    p.period().toString(), ReportText.money(p.cost())));
        }
        if (purchases.isEmpty()) {
            pages.paragraph("Nothing is bought.", PageWriter.BODY);
        } else {
            pages.table(List.of("pool", "node type", "count", "order by", "in use from", "cost"), purchases,
                    new float[] {3, 3, 1.2f, 1.6f, 1.6f, 2}, new boolean[] {false, false, true, false, false, true});
        }

        pages.heading("Runway if nothing is bought", 12);
        List<List<String>> runway = new ArrayList<>();
        for (Runway r : plan.runway()) {
            runway.add(List.of(r.pool(), r.resource(), r.exhaustedAt().map(Period::toString).orElse("not within the horizon"),
                    Integer.toString(r.periodsLeft())));
        }
        pages.table(List.of("pool", "resource", "runs out in", "periods left"), runway, new float[] {3, 2, 2.5f, 1.5f},
                new boolean[] {false, false, false, true});

        pages.heading("Peak utilization per pool and resource", 12);
        List<List<String>> peaks = new ArrayList<>();
        for (Map.Entry<PlanFigures.PoolResource, Map<Period, Utilization>> e : PlanFigures.utilizationByPair(plan).entrySet()) {
            Utilization peak = e.getValue().values().stream()
                    .max(java.util.Comparator.comparingDouble(Utilization::ratio)).orElseThrow();
            String unit = PlanFigures.unitOf(input, e.getKey().resource());
            peaks.add(List.of(e.getKey().pool(), e.getKey().resource(), ReportText.share(peak.ratio()),
                    peak.period().toString(), ReportText.amount(peak.demand()), ReportText.amount(peak.capacity()), unit));
        }
        pages.table(List.of("pool", "resource", "peak", "in", "demand", "usable capacity", "unit"), peaks,
                new float[] {3, 2, 1.2f, 1.5f, 2, 2, 1.5f}, new boolean[] {false, false, true, false, true, true, false});

        if (!plan.unmet().isEmpty()) {
            pages.heading("Unmet demand", 12);
            List<List<String>> unmet = new ArrayList<>();
            for (UnmetDemand u : plan.unmet()) {
                unmet.add(List.of(u.pool(), u.resource(), u.period().toString(), ReportText.amount(u.amount()), u.reason()));
            }
            pages.table(List.of("pool", "resource", "period", "amount", "reason"), unmet,
                    new float[] {2, 1.5f, 1.3f, 1.5f, 6}, new boolean[] {false, false, false, true, false});
        }
    }
}
