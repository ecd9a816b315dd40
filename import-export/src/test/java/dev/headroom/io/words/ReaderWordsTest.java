package dev.headroom.io.words;

import dev.headroom.core.model.InputProblem;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.WordingBundles;
import dev.headroom.io.AtomicFiles;
import dev.headroom.io.ExportException;
import dev.headroom.io.ReaderWords;
import dev.headroom.io.project.ProjectFile;
import dev.headroom.io.testing.SamplePlanning;
import dev.headroom.io.usage.UsageReader;
import dev.headroom.io.workbook.PlanningWorkbookReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The readers' problems in both languages: the bundle is complete, and real reads say them in Chinese. */
class ReaderWordsTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Pattern LITERAL_KEY = Pattern.compile("ReaderWords\\.of\\(\"([^\"]+)\"");

    @TempDir
    Path dir;

    @Test
    void englishAndChineseAreCompleteForEveryKeyTheReadersUse() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }

        assertThat(used).contains("cell.notNumberIn", "usage.twice", "project.newer");
        assertThat(WordingBundles.gaps(ReaderWords.BUNDLE, used)).isEmpty();
    }

    @Test
    void aWorkbookReaderProblemInChineseKeepsTheEnglishLine() {
        Path file = SamplePlanning.workbook().set("NodeTypes", 3, 'B', "twelve").set("Pools", 2, 'B', 1.5)
                .saveXlsx(dir.resolve("s.xlsx"));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> PlanningWorkbookReader.read(file));

        assertThat(e.problems()).extracting(InputProblem::toString).containsExactly(
                "s.xlsx: sheet 'Pools' row 2 column B (ha_nodes): \"1.5\" is not a whole number",
                "s.xlsx: sheet 'NodeTypes' row 3 column B (cost): \"twelve\" is not a number");
        assertThat(e.problems()).extracting(p -> p.toString(CHINESE)).containsExactly(
                "s.xlsx: 工作表 'Pools' 第 2 行 B 列 (ha_nodes): \"1.5\" 不是整数",
                "s.xlsx: 工作表 'NodeTypes' 第 3 行 B 列 (cost): \"twelve\" 不是数字");
    }

    @Test
    void usageImportProblemsInChinese() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.csv"),
                "period,workload,resource,usage\n2024-01,web,cpu,twelve\n2024-02,,cpu,1\nlater,web,cpu,2\n",
                StandardCharsets.UTF_8);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> UsageReader.read(file, Optional.empty(), Map.of()));

        assertThat(e.problems()).extracting(p -> p.toString(CHINESE)).containsExactly(
                "bad.csv: 第 2 行 4 列 (usage): \"twelve\" 不是数字",
                "bad.csv: 第 3 行 2 列 (workload): 为空；需要工作负载",
                "bad.csv: 第 4 行 1 列 (period): \"later\" 不是期间（应为 YYYY-MM-DD、YYYY-Www、YYYY-MM、YYYY-Qn、Mar 2024、"
                        + "ISO 时间戳、纪元秒数或毫秒数，或日期单元格）");
        assertThat(e.problems().get(1)).hasToString("bad.csv: row 3 column 2 (workload): is empty; a workload is needed");
    }

    @Test
    void aPeriodOfTheWrongFrequencyNamesBothFrequenciesInChinese() {
        Path file = SamplePlanning.workbook().set("Demand", 2, 'A', "2025-Q1").saveXlsx(dir.resolve("q.xlsx"));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> PlanningWorkbookReader.read(file));

        assertThat(e.problems()).extracting(InputProblem::toString).containsExactly(
                "q.xlsx: sheet 'Demand' row 2 column A (period): \"2025-Q1\" is a quarter; the plan is by month"
                        + " (write it as 2025-01)");
        assertThat(e.problems()).extracting(p -> p.toString(CHINESE)).containsExactly(
                "q.xlsx: 工作表 'Demand' 第 2 行 A 列 (period): \"2025-Q1\" 是以季度为单位的期间；规划按月进行（请写为 2025-01）");
    }

    @Test
    void aFileThatIsNoProjectInChinese() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.headroom"), "just text", StandardCharsets.UTF_8);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> ProjectFile.open(file));

        assertThat(e.problems()).extracting(InputProblem::toString)
                .containsExactly("notes.headroom: is not a Headroom project (it is not an SQLite database)");
        assertThat(e.problems()).extracting(p -> p.toString(CHINESE))
                .containsExactly("notes.headroom: 不是 Headroom 项目（不是 SQLite 数据库）");
    }

    @Test
    void aFileThatCannotBeWrittenInChinese() {
        Path target = dir.resolve("missing").resolve("plan.xlsx");

        ExportException e = catchThrowableOfType(ExportException.class, () -> AtomicFiles.write(target, out -> out.write(1)));

        assertThat(e).hasMessage("could not write " + target + ": the folder " + target.getParent() + " does not exist");
        assertThat(e.wording().in(CHINESE)).isEqualTo("无法写入 " + target + "：文件夹 " + target.getParent() + " 不存在");
    }
}
