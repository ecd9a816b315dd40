package dev.headroom.app.cli;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** {@code headroom validate} on usage files, good, bad and hostile (issue #3), each generated here. */
class ValidateCommandTest {
    private static final String SHEET_XML = "xl/worksheets/sheet1.xml";
    private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>period</t></is></c>"
            + "<c r=\"B1\" t=\"inlineStr\"><is><t>web cpu</t></is></c></row>";
    private static final String SHEET_END = "</sheetData></worksheet>";

    @TempDir
    Path dir;

    @Test
    void printsTheImportSummaryOfAUsageFile() throws IOException {
        Path file = Files.writeString(dir.resolve("usage.csv"), """
                period;workload;resource;usage
                2024-01-01T00:00:00Z;web;memory;2,5 GiB
                2024-01-01T12:00:00Z;web;memory;3 GiB

                2024-03-02T00:00:00Z;web;memory;4 GiB
                2024-01-05T00:00:00Z;db;cpu;500m
                Total;;;9
                """);

        CliRun run = CliRun.of("validate", "--input", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).containsExactly(
                "usage.csv: usage history, long layout, CSV text, UTF-8, semicolon-separated, decimal comma",
                "  2 series, 3 day periods, 2024-01-01 to 2024-03-02",
                "  resources: memory (GiB), cpu (m)",
                "  4 rows read, 4 samples rolled up",
                "  rows skipped: 1 blank rows; 1 totals rows",
                "  60 periods without data inside series (left empty, not zero): web memory 60 (2024-01-02,"
                        + " 2024-01-03, 2024-01-04, 2024-01-05, ...)",
                "  SHA-256 " + sha256(file));
    }

    @Test
    void stillSummarisesAPlanningWorkbook() {
        Path sample = dir.resolve("s.xlsx");
        assertThat(CliRun.of("sample", "--out", sample.toString()).exitCode()).isZero();

        CliRun run = CliRun.of("validate", "--input", sample.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("valid planning workbook", "40 workloads", "3 pools", "156 series", "resources: ");
    }

    @Test
    void listsEveryBadCell() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.csv"), """
                period,workload,resource,usage
                2024-01,web,cpu,twelve
                2024-02,web,cpu,3
                someday,web,cpu,4
                2024-04,,cpu,5
                2024-05,web,cpu,-1
                """);

        CliRun run = CliRun.of("validate", "--input", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(4).allSatisfy(l -> assertThat(l).startsWith("bad.csv"));
        assertThat(run.err()).contains("row 2 column 4 (usage): \"twelve\" is not a number",
                "row 4 column 1 (period): \"someday\" is not a period",
                "row 5 column 2 (workload): is empty; a workload is needed",
                "row 6 column 4 (usage): \"-1\" must be at least 0");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zip bomb", "entity expansion", "external entity", "absurd dimensions", "million columns",
        "truncated zip", "corrupt zip", "xlsx that is csv", "csv that is xlsx", "huge line", "binary garbage"})
    void aHostileFileIsOneLineAndExitTwoWithinTenSeconds(String kind) throws IOException {
        Path file = hostile(kind);

        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> CliRun.of("validate", "--input", file.toString()));

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith(file.getFileName().toString()).doesNotContain("Exception", "\tat ", "SECRET");
    }

    private Path hostile(String kind) throws IOException {
        return switch (kind) {
            case "zip bomb" -> withSheet(dir.resolve("bomb.xlsx"), out -> {
                out.write(SHEET_START.getBytes(StandardCharsets.UTF_8));
                byte[] spaces = new byte[1 << 20];
                Arrays.fill(spaces, (byte) ' ');
                for (int i = 0; i < 400; i++) {
                    out.write(spaces);
                }
                out.write(SHEET_END.getBytes(StandardCharsets.UTF_8));
            });
            case "entity expansion" -> {
                StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY a0 \"laugh\">");
                for (int i = 1; i <= 9; i++) {
                    dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
                }
                yield sheetXml(dir.resolve("lol.xlsx"), SHEET_START.replace("<worksheet", dtd + "]><worksheet")
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&a9;</t></is></c></row>" + SHEET_END);
            }
            case "external entity" -> {
                Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
                yield sheetXml(dir.resolve("xxe.xlsx"), SHEET_START.replace("<worksheet", "<!DOCTYPE worksheet [<!ENTITY x"
                        + " SYSTEM \"" + secret.toUri() + "\">]><worksheet")
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>" + SHEET_END);
            }
            case "absurd dimensions" -> sheetXml(dir.resolve("dims.xlsx"), SHEET_START.replace("<sheetData>",
                    "<dimension ref=\"A1:XFD1048576\"/><sheetData>")
                    + "<row r=\"1048576\"><c r=\"ZZZZZZZZ1048576\"><v>1</v></c></row>" + SHEET_END);
            case "million columns" -> Files.writeString(dir.resolve("columns.csv"),
                    "period" + ",c".repeat(1_000_000) + "\n2024-01,1\n");
            case "truncated zip" -> {
                byte[] whole = Files.readAllBytes(usageWorkbook(dir.resolve("whole.xlsx")));
                yield Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2));
            }
            case "corrupt zip" -> {
                byte[] bytes = Files.readAllBytes(usageWorkbook(dir.resolve("whole.xlsx")));
                Random random = new Random(3);
                for (int i = 100; i < bytes.length - 800; i += 5) {
                    bytes[i] = (byte) random.nextInt();
                }
                yield Files.write(dir.resolve("corrupt.xlsx"), bytes);
            }
            case "xlsx that is csv" -> Files.writeString(dir.resolve("usage.xlsx"),
                    "period,workload,resource,usage\n2024-01,web,cpu,1\n");
            case "csv that is xlsx" -> usageWorkbook(dir.resolve("usage.csv"));
            case "huge line" -> Files.writeString(dir.resolve("line.csv"),
                    "period,workload,resource,usage\n2024-01,web,cpu," + "9".repeat(3 << 20) + "\n");
            case "binary garbage" -> {
                byte[] bytes = new byte[1 << 16];
                new Random(5).nextBytes(bytes);
                yield Files.write(dir.resolve("garbage.csv"), bytes);
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** A small valid usage workbook written by POI. */
    private static Path usageWorkbook(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Usage");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("period");
            header.createCell(1).setCellValue("web cpu");
            for (int r = 1; r <= 200; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(String.format("%04d-%02d", 2000 + r / 12, r % 12 + 1));
                row.createCell(1).setCellValue(r);
            }
            wb.write(out);
        }
        return file;
    }

    private Path sheetXml(Path file, String xml) throws IOException {
        return withSheet(file, out -> out.write(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private interface SheetContent {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A POI-written usage workbook with its sheet's XML replaced. */
    private Path withSheet(Path file, SheetContent content) throws IOException {
        Path valid = usageWorkbook(dir.resolve("valid-" + file.getFileName()));
        try (ZipFile in = new ZipFile(valid.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(SHEET_XML)) {
                    content.writeTo(out);
                } else {
                    try (InputStream stream = in.getInputStream(e)) {
                        stream.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return file;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
