package dev.headroom.io.hostile;

import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.InputProblem;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.io.testing.SamplePlanning;
import dev.headroom.io.testing.Shown;
import dev.headroom.io.usage.ImportMapping;
import dev.headroom.io.usage.ImportOptions;
import dev.headroom.io.usage.UsageImporter;
import dev.headroom.io.workbook.PlanningWorkbookReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every hostile file ends in an {@link InvalidInputException} of one-line problems within ten seconds,
 * in this module's 512 MB test heap: never a hang, an OutOfMemoryError or a stack trace.
 */
class HostileFilesTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            zip bomb                     | a possible zip bomb
            entity expansion             | the sheet is damaged
            absurd dimensions            | beyond Excel's last column XFD
            many columns xlsx            | beyond Excel's last column XFD
            many columns csv             | more than the 16384
            million columns csv          | longer than 1048576 characters
            truncated xlsx               | not an Excel workbook
            corrupted xlsx               | damaged
            xlsx that is csv             | holds CSV text, not a workbook
            csv that is xlsx             | is named as a text file but holds an Excel workbook
            long csv line                | longer than 1048576 characters
            unclosed quote               | longer than 1048576 characters
            garbage csv                  | holds binary data, not text
            garbage xlsx                 | not an Excel workbook
            ods repeated rows            | beyond row 1048576
            """)
    void endsInOneLineProblemsQuickly(String kind, String reason) throws IOException {
        Path file = make(kind);

        List<String> lines = problemLines(() -> UsageImporter.read(file, ImportMapping.automatic(), ImportOptions.defaults()));

        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l).doesNotContain("\n", "Exception", "\tat "));
        assertThat(String.join("\n", lines)).contains(reason);
    }

    @Test
    void anExternalEntityIsNeverResolved() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        Path file = HostileFiles.externalEntity(dir.resolve("xxe.xlsx"), secret);

        List<String> lines = problemLines(() -> UsageImporter.read(file, ImportMapping.automatic(), ImportOptions.defaults()));

        assertThat(String.join("\n", lines)).doesNotContain("TOP-SECRET").contains("damaged");
    }

    @Test
    void aTwoGigabyteLineIsRefusedWithoutBeingStored() {
        var options = ImportOptions.defaults().withFrequency(Frequency.MONTH);

        Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> catchThrowable(() ->
                UsageImporter.readText(HostileFiles.endlessLine(2L << 30), "huge.csv", ImportMapping.automatic(), options)));

        assertThat(((InvalidInputException) thrown).problems()).extracting(Shown::withoutFile).containsExactly(
                "row 2: is longer than 1048576 characters; this is not a usage table (or a quote is never closed)");
    }

    @Test
    void aPlanningWorkbookThatIsABombIsOneProblemToo() throws IOException {
        Path file = HostileFiles.zipBomb(dir.resolve("plan.xlsx"), 300);

        List<String> lines = problemLines(() -> PlanningWorkbookReader.read(file));

        assertThat(String.join("\n", lines)).contains("zip bomb");
    }

    private static List<String> problemLines(Runnable read) {
        Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> catchThrowable(read::run));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        return ((InvalidInputException) thrown).problems().stream().map(InputProblem::toString).toList();
    }

    private Path make(String kind) throws IOException {
        return switch (kind) {
            case "zip bomb" -> HostileFiles.zipBomb(dir.resolve("bomb.xlsx"), 300);
            case "entity expansion" -> HostileFiles.entityExpansion(dir.resolve("lol.xlsx"));
            case "absurd dimensions" -> HostileFiles.absurdDimensions(dir.resolve("dims.xlsx"));
            case "many columns xlsx" -> HostileFiles.manyColumnsXlsx(dir.resolve("wide.xlsx"), 20_000);
            case "many columns csv" -> HostileFiles.manyColumnsCsv(dir.resolve("wide.csv"), 20_000);
            case "million columns csv" -> HostileFiles.manyColumnsCsv(dir.resolve("million.csv"), 1_000_000);
            case "truncated xlsx" -> HostileFiles.truncated(SamplePlanning.workbook().saveXlsx(dir.resolve("w.xlsx")),
                    dir.resolve("cut.xlsx"));
            case "corrupted xlsx" -> HostileFiles.corrupted(SamplePlanning.workbook().saveXlsx(dir.resolve("w.xlsx")),
                    dir.resolve("corrupt.xlsx"));
            case "xlsx that is csv" -> Files.writeString(dir.resolve("usage.xlsx"),
                    "period,workload,resource,usage\n2024-01,web,cpu,3\n");
            case "csv that is xlsx" -> HostileFiles.smallXlsx(dir.resolve("usage.csv"));
            case "long csv line" -> HostileFiles.longLine(dir.resolve("long.csv"), 3 << 20);
            case "unclosed quote" -> Files.writeString(dir.resolve("quote.csv"),
                    "period,workload,resource,usage\n2024-01,\"web,cpu,1\n" + "2024-02,web,cpu,1\n".repeat(80_000));
            case "garbage csv" -> HostileFiles.garbage(dir.resolve("garbage.csv"), 1 << 16);
            case "garbage xlsx" -> HostileFiles.garbage(dir.resolve("garbage.xlsx"), 1 << 16);
            case "ods repeated rows" -> HostileFiles.odsRepeatedRows(dir.resolve("rows.ods"));
            default -> throw new IllegalArgumentException(kind);
        };
    }
}
