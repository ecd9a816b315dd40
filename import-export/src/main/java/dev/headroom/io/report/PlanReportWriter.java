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
                ReportWords w = ReportWords.of(options.locale());
                info(document, plan, input, options, w);
                PageWriter pages = new PageWriter(document, options.paper().size(), font, input.name(), w);
                titlePage(pages, plan, input, font, w);
                summary(pages, plan, input, w);
                if (comparison != null) {
                    ReportComparison.write(pages, comparison, input, w);
                }
                charts(pages, plan, input, w);
                ReportTables.write(pages, plan, input, w);
                ReportAppendix.write(pages, plan, input, font, w);
                pages.finish(w.get("title"));
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
    private static void info(PDDocument document, Plan plan, PlanningInput input, ReportOptions options,
                             ReportWords w) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(w.get("title.of", input.name()));
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

    private static void titlePage(PageWriter pages, Plan plan, PlanningInput input, ReportFonts.Choice font,
                                  ReportWords w) {
        pages.newPage();
        pages.space(180);
        pages.paragraph(w.get("title"), 28);
        pages.space(12);
        pages.paragraph(input.name(), 16);
        pages.space(24);
        pages.paragraph(w.get("cover.periods", ReportText.span(w, plan)), 12);
        pages.paragraph(w.get("cover.status", w.get("status." + plan.status().name().toLowerCase(java.util.Locale.ROOT))),
                12);
        pages.paragraph(w.get("cover.cost", ReportText.money(w, plan.totalCost())), 12);
        pages.space(200);
        pages.paragraph(w.get(font.embedded() ? "cover.font.embedded" : "cover.font", font.name()), PageWriter.SMALL);
    }

    private static void summary(PageWriter pages, Plan plan, PlanningInput input, ReportWords w) {
        pages.newPage();
        pages.heading(w.get("summary"), 18);
        pages.paragraph(ReportText.status(w, plan.status()), PageWriter.BODY);
        pages.heading(w.get("summary.buy"), 12);
        pages.paragraph(ReportText.whatToBuy(w, plan), PageWriter.BODY);
        List<Purchase> purchases = plan.purchases().stream()
                .sorted(Comparator.comparing(Purchase::orderBy).thenComparing(Purchase::pool)).toList();
        bullets(pages, purchases.stream().map(p -> ReportText.purchase(w, p)).toList(), "more.purchases", w);
        pages.heading(w.get("summary.why"), 12);
        List<String> runsOut = ReportText.runsOut(w, plan);
        if (runsOut.isEmpty()) {
            pages.paragraph(w.get("summary.nothingRunsOut"), PageWriter.BODY);
        } else {
            bullets(pages, runsOut, "more.runsOut", w);
        }
        pages.heading(w.get("summary.cost"), 12);
        pages.paragraph(ReportText.cost(w, plan), PageWriter.BODY);
        if (!plan.moves().isEmpty()) {
            pages.heading(w.get("summary.moves"), 12);
            pages.paragraph(w.get("moves.total", plan.moves().size(), ReportText.money(w, plan.moveCostTotal())),
                    PageWriter.BODY);
            bullets(pages, plan.moves().stream().map(m -> ReportText.move(w, m)).toList(), "more.moves", w);
        }
        if (!plan.unmet().isEmpty()) {
            pages.heading(w.get("summary.unmet"), 12);
            List<UnmetDemand> unmet = plan.unmet();
            bullets(pages, unmet.stream().map(u -> ReportText.unmet(w, u, input)).toList(), "more.unmet", w);
        }
        pages.heading(w.get("summary.certainty"), 12);
        pages.paragraph(ReportText.certainty(w, plan, input), PageWriter.BODY);
    }

    /** The first bullets; the words of {@code moreKey} say how many more there are and which table lists them. */
    private static void bullets(PageWriter pages, List<String> lines, String moreKey, ReportWords w) {
        lines.stream().limit(ReportText.MAX_BULLETS).forEach(pages::bullet);
        if (lines.size() > ReportText.MAX_BULLETS) {
            pages.paragraph(w.get(moreKey, lines.size() - ReportText.MAX_BULLETS), PageWriter.BODY, 18);
        }
    }

    private static void charts(PageWriter pages, Plan plan, PlanningInput input, ReportWords w) {
        pages.newPage();
        pages.heading(w.get("charts"), 18);
        float half = (pages.room() - 40) / 2;
        pages.chart(ReportCharts.purchases(w, PlanFigures.purchasesByPeriod(plan)), half);
        List<PoolFan> fans = PoolFan.of(plan, input).stream()
                .sorted(Comparator.comparingInt((PoolFan f) -> runway(plan, f)))
                .toList();
        if (fans.size() > MAX_FANS) {
            pages.paragraph(w.get("charts.some", MAX_FANS, fans.size()), PageWriter.BODY);
        }
        for (PoolFan fan : fans.stream().limit(MAX_FANS).toList()) {
            pages.chart(ReportCharts.fan(w, fan, PlanFigures.unitOf(input, fan.pair().resource())), half);
        }
        pages.paragraph(w.get("charts.legend"), PageWriter.SMALL);
    }

    /** Periods until the pool runs out of the resource; the horizon when it does not. */
    private static int runway(Plan plan, PoolFan fan) {
        return plan.runway().stream()
                .filter(r -> r.pool().equals(fan.pair().pool()) && r.resource().equals(fan.pair().resource()))
                .mapToInt(r -> r.exhaustedAt().isPresent() ? r.periodsLeft() : Integer.MAX_VALUE)
                .findFirst().orElse(Integer.MAX_VALUE);
    }
}
