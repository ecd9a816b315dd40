package dev.headroom.app.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code plan --report PLAN.pdf --paper letter --lang zh-CN --csv DIR}: the printable report and the CSV tables. */
class PlanReportOptionsTest {

    @TempDir
    static Path dir;
    static Path sample;
    static CliRun run;

    @BeforeAll
    static void planTheSample() {
        sample = dir.resolve("s.xlsx");
        assertThat(CliRun.of("sample", "--out", sample.toString()).exitCode()).isZero();
        run = CliRun.of("plan", "--input", sample.toString(), "--out", dir.resolve("p.xlsx").toString(),
                "--time-limit", "5", "--report", dir.resolve("p.pdf").toString(), "--paper", "letter",
                "--csv", dir.resolve("tables").toString(), "--csv-bom");
    }

    @Test
    void writesALetterSizedReportWithTheSummary() throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("p.pdf").toFile())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.LETTER.getWidth());
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Capacity plan", "s.xlsx", "What to buy, when and where", "How sure the forecast is");
        }
    }

    @Test
    void writesTheCsvTablesWithAByteOrderMark() throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path purchases = dir.resolve("tables/purchases.csv");
        byte[] bytes = Files.readAllBytes(purchases);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("pool,node_type,period,count,order_by,cost\r\n");
        assertThat(dir.resolve("tables/utilization.csv")).isNotEmptyFile();
    }

    @Test
    void anUnknownPaperIsAUsageErrorAndNothingIsWritten() {
        Path pdf = dir.resolve("never.pdf");
        CliRun bad = CliRun.of("plan", "--input", sample.toString(), "--out", dir.resolve("never.xlsx").toString(),
                "--report", pdf.toString(), "--paper", "a3");

        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--paper: \"a3\" is not a paper size (a4 or letter)");
        assertThat(pdf).doesNotExist();
        assertThat(dir.resolve("never.xlsx")).doesNotExist();
    }

    @Test
    void anUnknownReportLanguageIsAUsageErrorAndNothingIsWritten() {
        Path pdf = dir.resolve("never-fr.pdf");
        CliRun bad = CliRun.of("plan", "--input", sample.toString(), "--out", dir.resolve("never-fr.xlsx").toString(),
                "--report", pdf.toString(), "--lang", "fr");

        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--lang: fr is not a report language; use en or zh-CN");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void theReportIsInChineseWithLangZhCn() throws IOException {
        Path pdf = dir.resolve("zh.pdf");
        CliRun zh = CliRun.of("plan", "--input", sample.toString(), "--out", dir.resolve("zh.xlsx").toString(),
                "--time-limit", "5", "--report", pdf.toString(), "--lang", "zh-CN");

        assertThat(zh.exitCode()).as(zh.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("容量计划", "买什么、何时买、在哪里")
                    .doesNotContain("What to buy");
        }
    }

    @Test
    void aCsvPathThatIsAFileIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CliRun bad = CliRun.of("plan", "--input", sample.toString(), "--out", dir.resolve("never2.xlsx").toString(),
                "--csv", file.toString());

        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--csv " + file + " is a file, not a folder");
    }
}
