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

    static void write(PageWriter pages, Plan plan, PlanningInput input, ReportWords w) {
        pages.newPage();
        pages.heading(w.get("tables"), 18);
        pages.heading(w.get("tables.purchases"), 12);
        List<List<String>> purchases = new ArrayList<>();
        for (Purchase p : plan.purchases()) {
            purchases.add(List.of(p.pool(), p.nodeType(), Integer.toString(p.count()), p.orderBy().toString(),
                    p.period().toString(), ReportText.money(w, p.cost())));
        }
        if (purchases.isEmpty()) {
            pages.paragraph(w.get("tables.nothingBought"), PageWriter.BODY);
        } else {
            pages.table(List.of(w.get("col.pool"), w.get("col.nodeType"), w.get("col.count"), w.get("col.orderBy"),
                    w.get("col.inUseFrom"), w.get("col.cost")), purchases,
                    new float[] {3, 3, 1.2f, 1.6f, 1.6f, 2}, new boolean[] {false, false, true, false, false, true});
        }

        pages.heading(w.get("tables.runway"), 12);
        List<List<String>> runway = new ArrayList<>();
        for (Runway r : plan.runway()) {
            runway.add(List.of(r.pool(), r.resource(), r.exhaustedAt().map(Period::toString).orElse(w.get("tables.notWithin")),
                    Integer.toString(r.periodsLeft())));
        }
        pages.table(List.of(w.get("col.pool"), w.get("col.resource"), w.get("col.runsOutIn"), w.get("col.periodsLeft")),
                runway, new float[] {3, 2, 2.5f, 1.5f},
                new boolean[] {false, false, false, true});

        pages.heading(w.get("tables.peaks"), 12);
        List<List<String>> peaks = new ArrayList<>();
        for (Map.Entry<PlanFigures.PoolResource, Map<Period, Utilization>> e : PlanFigures.utilizationByPair(plan).entrySet()) {
            Utilization peak = e.getValue().values().stream()
                    .max(java.util.Comparator.comparingDouble(Utilization::ratio)).orElseThrow();
            String unit = PlanFigures.unitOf(input, e.getKey().resource());
            peaks.add(List.of(e.getKey().pool(), e.getKey().resource(), ReportText.share(w, peak.ratio()),
                    peak.period().toString(), ReportText.amount(w, peak.demand()), ReportText.amount(w, peak.capacity()), unit));
        }
        pages.table(List.of(w.get("col.pool"), w.get("col.resource"), w.get("col.peak"), w.get("col.in"),
                w.get("col.demand"), w.get("col.usableCapacity"), w.get("col.unit")), peaks,
                new float[] {3, 2, 1.2f, 1.5f, 2, 2, 1.5f}, new boolean[] {false, false, true, false, true, true, false});

        if (!plan.unmet().isEmpty()) {
            pages.heading(w.get("tables.unmet"), 12);
            List<List<String>> unmet = new ArrayList<>();
            for (UnmetDemand u : plan.unmet()) {
                unmet.add(List.of(u.pool(), u.resource(), u.period().toString(), ReportText.amount(w, u.amount()), u.reasonIn(w.locale())));
            }
            pages.table(List.of(w.get("col.pool"), w.get("col.resource"), w.get("col.period"), w.get("col.amount"),
                    w.get("col.reason")), unmet,
                    new float[] {2, 1.5f, 1.3f, 1.5f, 6}, new boolean[] {false, false, false, true, false});
        }
    }
}
