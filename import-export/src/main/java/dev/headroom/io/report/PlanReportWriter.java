package dev.headroom.io.report;

import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.UnmetDemand;
import dev.headroom.core.scenario.ScenarioComparison;
import dev.headroom.io.AtomicFiles;
import dev.headroom.io.ExportException;
import dev.headroom.io.plan.PlanFigures;
import dev.headroom.io.plan.PlanJsonWriter;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the printable plan report (PDF) for people who will not open a workbook: a title page, a
 * one-page summary in plain words (what to buy, when, where and why, what it costs, which pools run
 * out when if nothing is bought, how sure the forecast is), charts (purchases over time; per pool and
 * resource the history, the forecast fan with 80% and 95% intervals, planned demand and usable
 * capacity), the tables, and an appendix with the assumptions and the forecast models' backtest
 * accuracy. Charts are vector graphics; the font is embedded (see {@link ReportFonts}); pages are
 * numbered. Needs no screen.
 */
public final class PlanReportWriter {
    /** Pool × resource charts beyond this many would bury the ones that matter; the soonest to run out come first. */
    static final int MAX_FANS = 24;

    private PlanReportWriter() {
    }

    /**
     * Writes the report, replacing {@code out} atomically.
     *
     * @throws ExportException when it cannot be written, or the font named in the options cannot be used
     */
    public static void write(Plan plan, PlanningInput input, Path out, ReportOptions options) {
        write(plan, input, null, out, options);
    }

    /**
     * Writes the report of the first of several scenarios planned, replacing {@code out} atomically; a page after
     * the summary sets all of them side by side.
     *
     * @param comparison the scenarios planned, the first being this plan's; null for none
     * @throws ExportException when it cannot be written, or the font named in the options cannot be used
     */
    public static void write(Plan plan, PlanningInput input, ScenarioComparison comparison, Path out,
                             ReportOptions options) {
        AtomicFiles.write(out, stream -> {
            try (PDDocument document = new PDDocument()) {
                ReportFonts.Choice font = ReportFonts.load(document, options.font());
                info(document, plan, input, options);
                PageWriter pages = new PageWriter(document, options.paper().size(), font, input.name());
                titlePage(pages, plan, input, font);
                summary(pages, plan, input);
                if (comparison != null) {
                    ReportComparison.write(pages, comparison, input);
                }
                charts(pages, plan, input);
                ReportTables.write(pages, plan, input);
                ReportAppendix.write(pages, plan, input, font);
                pages.finish("Capacity plan");
                document.save(stream);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
    }

    /**
     * Title and producer, no dates, and a file identifier made from the plan rather than the clock
     * (PDFBox would take the time): the same plan gives the same report, byte for byte.
     */
    private static void info(PDDocument document, Plan plan, PlanningInput input, ReportOptions options) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Capacity plan for " + input.name());
        info.setCreator("Headroom");
        info.setProducer("Headroom");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((input.name() + "\n" + options.paper() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(PlanJsonWriter.toJson(plan).getBytes(StandardCharsets.UTF_8));
            byte[] id = Arrays.copyOf(digest.digest(), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
        } catch (NoSuchAlgorithmException e) {
            // Every Java runtime has SHA-256.
            throw new IllegalStateException(e);
        }
    }

    private static void titlePage(PageWriter pages, Plan plan, PlanningInput input, ReportFonts.Choice font) {
        pages.newPage();
        pages.space(180);
        pages.paragraph("Capacity plan", 28);
        pages.space(12);
        pages.paragraph(input.name(), 16);
        pages.space(24);
        pages.paragraph("Planned periods: " + ReportText.span(plan), 12);
        pages.paragraph("Status: " + plan.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), 12);
        pages.paragraph("Total cost: " + ReportText.money(plan.totalCost()), 12);
        pages.space(200);
        pages.paragraph("Made with Headroom. Printed in " + font.name() + (font.embedded() ? " (embedded)" : "") + ".",
                PageWriter.SMALL);
    }

    private static void summary(PageWriter pages, Plan plan, PlanningInput input) {
        pages.newPage();
        pages.heading("Summary", 18);
        pages.paragraph(ReportText.status(plan.status()), PageWriter.BODY);
        pages.heading("What to buy, when and where", 12);
        pages.paragraph(ReportText.whatToBuy(plan), PageWriter.BODY);
        List<Purchase> purchases = plan.purchases().stream()
                .sorted(Comparator.comparing(Purchase::orderBy).thenComparing(Purchase::pool)).toList();
        bullets(pages, purchases.stream().map(ReportText::purchase).toList(), "purchases", "Purchases table");
        pages.heading("Why: what runs out if nothing is bought", 12);
        List<String> runsOut = ReportText.runsOut(plan);
        if (runsOut.isEmpty()) {
            pages.paragraph("No pool runs out of any resource within the horizon with the nodes it has.", PageWriter.BODY);
        } else {
            bullets(pages, runsOut, "pools and resources that run out", "Runway table");
        }
        pages.heading("What it costs", 12);
        pages.paragraph(ReportText.cost(plan), PageWriter.BODY);
        if (!plan.unmet().isEmpty()) {
            pages.heading("Demand that cannot be met", 12);
            List<UnmetDemand> unmet = plan.unmet();
            bullets(pages, unmet.stream().map(u -> ReportText.unmet(u, input)).toList(), "entries", "Unmet demand table");
        }
        pages.heading("How sure the forecast is", 12);
        pages.paragraph(ReportText.certainty(plan, input), PageWriter.BODY);
    }

    private static void bullets(PageWriter pages, List<String> lines, String what, String table) {
        lines.stream().limit(ReportText.MAX_BULLETS).forEach(pages::bullet);
        if (lines.size() > ReportText.MAX_BULLETS) {
            pages.paragraph("... and " + (lines.size() - ReportText.MAX_BULLETS) + " more " + what + ", listed in the "
                    + table + ".", PageWriter.BODY, 18);
        }
    }

    private static void charts(PageWriter pages, Plan plan, PlanningInput input) {
        pages.newPage();
        pages.heading("Charts", 18);
        float half = (pages.room() - 40) / 2;
        pages.chart(ReportCharts.purchases(PlanFigures.purchasesByPeriod(plan)), half);
        List<PoolFan> fans = PoolFan.of(plan, input).stream()
                .sorted(Comparator.comparingInt((PoolFan f) -> runway(plan, f)))
                .toList();
        if (fans.size() > MAX_FANS) {
            pages.paragraph("The " + MAX_FANS + " pools and resources that run out soonest are shown; the plan has "
                    + fans.size() + ". The plan workbook's Charts sheet has them all.", PageWriter.BODY);
        }
        for (PoolFan fan : fans.stream().limit(MAX_FANS).toList()) {
            pages.chart(ReportCharts.fan(fan, PlanFigures.unitOf(input, fan.pair().resource())), half);
        }
        pages.paragraph("Shaded: the 80% (darker) and 95% (lighter) forecast intervals of the demand of the workloads "
                + "placed in the pool, added up as if they rose and fell together (a cautious, wide fan). Dashed black: "
                + "the demand planned at the sizing quantile. Dashed orange: usable capacity after target utilization "
                + "and HA spares, with the plan's purchases.", PageWriter.SMALL);
    }

    /** Periods until the pool runs out of the resource; the horizon when it does not. */
    private static int runway(Plan plan, PoolFan fan) {
        return plan.runway().stream()
                .filter(r -> r.pool().equals(fan.pair().pool()) && r.resource().equals(fan.pair().resource()))
                .mapToInt(r -> r.exhaustedAt().isPresent() ? r.periodsLeft() : Integer.MAX_VALUE)
                .findFirst().orElse(Integer.MAX_VALUE);
    }
}
