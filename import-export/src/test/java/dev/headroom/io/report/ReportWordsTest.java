package dev.headroom.io.report;

import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.UnmetDemand;
import dev.headroom.core.scenario.ScenarioComparison;
import dev.headroom.core.scenario.ScenarioPlan;
import dev.headroom.core.model.Wording;
import dev.headroom.io.plan.PlanInputs;
import dev.headroom.io.testing.SamplePlan;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report speaks English or Simplified Chinese: both bundles have the same keys and arguments, and a report
 * asked for in Chinese is printed in Chinese (in the bundled font, which prints it), whatever the JVM's locale.
 */
class ReportWordsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/dev/headroom/io/report");

    @TempDir
    Path dir;

    @Test
    void bothLanguagesHaveTheSameKeysAndArgumentsAndNoEmptyValue() throws IOException {
        Properties en = read(BUNDLES.resolve("ReportTexts.properties"));
        Properties zh = read(BUNDLES.resolve("ReportTexts_zh_CN.properties"));
        assertThat(en).isNotEmpty();
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(en.getProperty(key)).as(key).isNotBlank();
            assertThat(zh.getProperty(key)).as(key).isNotBlank();
            assertThat(arguments(zh.getProperty(key))).as("arguments of " + key).isEqualTo(arguments(en.getProperty(key)));
            assertThat(zh.getProperty(key).replace("''", "")).as(key + " has a single quote").doesNotContain("'");
            assertThat(en.getProperty(key).replace("''", "")).as(key + " has a single quote").doesNotContain("'");
        }
    }

    @Test
    void aChineseReportIsInChineseAndAnEnglishOneStaysEnglishInAChineseJvm() throws IOException {
        Path zh = dir.resolve("zh.pdf");
        Path en = dir.resolve("en.pdf");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            PlanReportWriter.write(SamplePlan.plan(), PlanInputs.input(), zh,
                    ReportOptions.defaults().withLocale(Locale.SIMPLIFIED_CHINESE));
            PlanReportWriter.write(SamplePlan.plan(), PlanInputs.input(), en, ReportOptions.defaults());
        } finally {
            Locale.setDefault(before);
        }
        String chinese = text(zh);
        assertThat(chinese).contains("容量计划", "摘要", "分 2 次采购共 5 个节点，总计 1,300.00：",
                "east：1 × small，须在 2024-12 前下单，自 2025-01 起使用，成本 100.00。", "附录", "第 2 页，共");
        assertThat(chinese).doesNotContain("What to buy", "Capacity plan");
        assertThat(text(en)).contains("Capacity plan", "Buy 5 nodes in 2 purchases, for a total of 1,300.00:")
                .doesNotContain("容量计划");
    }

    @Test
    void movesBetweenPoolsAreSaidInTheSummaryInBothLanguages() throws IOException {
        Path zh = dir.resolve("moves-zh.pdf");
        Path en = dir.resolve("moves-en.pdf");
        PlanReportWriter.write(SamplePlan.withMoves(), PlanInputs.withMoves(), zh,
                ReportOptions.defaults().withLocale(Locale.SIMPLIFIED_CHINESE));
        PlanReportWriter.write(SamplePlan.withMoves(), PlanInputs.withMoves(), en,
                ReportOptions.defaults().withLocale(Locale.ENGLISH));

        assertThat(text(en)).contains("Moves between pools",
                "1 move of workloads to another pool, costing 50.00 in all (part of the plan's cost):",
                "web runs in west instead of east from 2025-02, costing 50.00.",
                "Buy 5 nodes in 2 purchases, for a total of 1,300.00:", "The plan costs 1,350.00.");
        assertThat(text(zh)).contains("资源池之间的迁移", "共 1 次将工作负载迁移到另一个资源池，总计 50.00（计入计划成本）：",
                "web 自 2025-02 起在 west 运行，不再在 east，成本 50.00。");
    }

    @Test
    void aPlanWithoutMovesSaysNothingOfThem() throws IOException {
        Path en = dir.resolve("no-moves.pdf");
        PlanReportWriter.write(SamplePlan.plan(), PlanInputs.input(), en, ReportOptions.defaults());

        assertThat(text(en)).doesNotContain("Moves between pools");
    }

    @Test
    void theScenariosPageSpeaksTheReportsLanguage() throws IOException {
        ScenarioComparison comparison = ScenarioComparison.of(List.of(new ScenarioPlan("baseline", SamplePlan.plan()),
                new ScenarioPlan("again", SamplePlan.plan())));
        Path zh = dir.resolve("zh-scenarios.pdf");
        Path en = dir.resolve("en-scenarios.pdf");
        PlanReportWriter.write(SamplePlan.plan(), PlanInputs.input(), comparison, zh,
                ReportOptions.defaults().withLocale(Locale.SIMPLIFIED_CHINESE));
        PlanReportWriter.write(SamplePlan.plan(), PlanInputs.input(), comparison, en, ReportOptions.defaults());

        assertThat(text(zh)).contains("情景并排比较", "指标", "明细", "总成本", "相对 baseline 的成本差", "采购节点数", "合计")
                .doesNotContain("nodes bought", "total cost");
        assertThat(text(en)).contains("Scenarios side by side", "measure detail baseline again", "total cost",
                "cost over baseline", "nodes bought in all");
    }

    @Test
    void theReasonsForUnmetDemandAreInTheReportsLanguage() throws IOException {
        Plan sample = SamplePlan.plan();
        UnmetDemand row = UnmetDemand.because("west", "memory", sample.periods().getLast(), 12.5,
                List.of(Wording.formatted(UnmetDemand.REASONS, "maxNodes", "west", 3)));
        Plan plan = new Plan(sample.status(), sample.totalCost(), sample.lowerBound(), sample.solveSeconds(),
                sample.periods(), sample.purchases(), List.of(row), sample.utilization(), sample.placement(),
                sample.runway(), sample.forecasts());
        Path zh = dir.resolve("zh-unmet.pdf");
        Path en = dir.resolve("en-unmet.pdf");
        PlanReportWriter.write(plan, PlanInputs.input(), zh, ReportOptions.defaults().withLocale(Locale.SIMPLIFIED_CHINESE));
        PlanReportWriter.write(plan, PlanInputs.input(), en, ReportOptions.defaults());

        assertThat(text(zh)).contains("池 west 已达到 max_nodes 上限 3").doesNotContain("reaches max_nodes");
        assertThat(text(en)).contains("pool west reaches max_nodes 3");
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> indices = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern.replace("''", ""));
        while (m.find()) {
            indices.add(Integer.parseInt(m.group(1)));
        }
        return indices;
    }

    private static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
