package dev.headroom.io.workbook;

import dev.headroom.core.model.InputProblem;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.io.testing.SamplePlanning;
import dev.headroom.io.testing.Shown;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Whatever a file is instead of a workbook, reading it gives one clear problem, never a raw POI exception. */
class NotAWorkbookTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"text", "csv", "garbage", "truncated", "empty", "zip", "word", "missing", "folder"})
    void givesOneProblemNamingTheFile(String kind) throws IOException {
        Path file = make(kind, dir.resolve("input.xlsx"));

        Throwable thrown = catchThrowable(() -> PlanningWorkbookReader.read(file));

        assertThat(thrown).isExactlyInstanceOf(InvalidInputException.class);
        InvalidInputException e = (InvalidInputException) thrown;
        assertThat(e.problems()).hasSize(1);
        InputProblem p = e.problems().getFirst();
        assertThat(p.file()).isEqualTo("input.xlsx");
        assertThat(Shown.line(p)).startsWith("input.xlsx: ").doesNotContain("Exception").doesNotContain("\n");
    }

    @Test
    void saysWhatItIsWhenItIsText() throws IOException {
        Path file = make("text", dir.resolve("notes.xlsx"));

        InvalidInputException e = (InvalidInputException) catchThrowable(() -> PlanningWorkbookReader.read(file));

        assertThat(Shown.line(e.problems().getFirst())).isEqualTo("notes.xlsx: not an Excel workbook (.xlsx or .xls),"
                + " or a damaged one: open it in a spreadsheet program and save it again");
    }

    @Test
    void aWorkbookWithAnotherExtensionIsStillRead() {
        Path file = SamplePlanning.workbook().saveXlsx(dir.resolve("plan.data"));

        assertThat(PlanningWorkbookReader.read(file).name()).isEqualTo("plan.data");
    }

    private Path make(String kind, Path file) throws IOException {
        switch (kind) {
            case "text" -> Files.writeString(file, "This is a note, not a workbook.\n");
            case "csv" -> Files.writeString(file, "period,workload,resource,usage\n2024-01,web,cpu,3\n");
            case "garbage" -> {
                byte[] bytes = new byte[4096];
                new Random(7).nextBytes(bytes);
                Files.write(file, bytes);
            }
            case "truncated" -> {
                Path whole = SamplePlanning.workbook().saveXlsx(dir.resolve("whole.xlsx"));
                byte[] bytes = Files.readAllBytes(whole);
                Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
            }
            case "empty" -> Files.write(file, new byte[0]);
            case "zip" -> {
                try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                    zip.putNextEntry(new ZipEntry("readme.txt"));
                    zip.write("hello".getBytes(StandardCharsets.UTF_8));
                }
            }
            case "word" -> {
                try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
                    doc.createParagraph().createRun().setText("A letter, not a plan.");
                    doc.write(out);
                }
            }
            case "missing" -> {
                // nothing at the path
            }
            case "folder" -> Files.createDirectory(file);
            default -> throw new IllegalArgumentException(kind);
        }
        return file;
    }
}
