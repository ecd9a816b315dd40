package dev.headroom.io.words;

import dev.headroom.core.model.InvalidValueException;
import dev.headroom.io.ExportException;
import dev.headroom.io.ReaderWords;
import dev.headroom.io.csv.CsvOptions;
import dev.headroom.io.csv.PlanCsvWriter;
import dev.headroom.io.plan.PlanInputs;
import dev.headroom.io.report.PaperSize;
import dev.headroom.io.report.PlanReportWriter;
import dev.headroom.io.report.ReportOptions;
import dev.headroom.io.table.TableOptions;
import dev.headroom.io.testing.SamplePlan;
import dev.headroom.io.usage.ImportMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The writers' failures and the reading options' checks in Chinese, their English messages as they were. */
class WriterWordsTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @TempDir
    Path dir;

    @Test
    void aReportFontThatDoesNotExistInChinese() {
        Path missing = dir.resolve("no-such-font.ttf");

        ExportException e = catchThrowableOfType(ExportException.class, () -> PlanReportWriter.write(SamplePlan.plan(),
                PlanInputs.input(), dir.resolve("x.pdf"), new ReportOptions(PaperSize.A4, Optional.of(missing))));

        assertThat(e).hasMessage("the report font " + missing + " does not exist");
        assertThat(e.wording().in(CHINESE)).isEqualTo("报告字体 " + missing + " 不存在");
    }

    @Test
    void aCsvFolderThatCannotBeMadeInChinese() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("taken"), "a file where the folder should be");

        ExportException e = catchThrowableOfType(ExportException.class,
                () -> PlanCsvWriter.write(SamplePlan.plan(), PlanInputs.input(), notAFolder, CsvOptions.PLAIN));

        String cause = e.getCause().getMessage();
        assertThat(e).hasMessage("could not create the folder " + notAFolder + ": " + cause);
        assertThat(e.wording().in(CHINESE)).isEqualTo("无法创建文件夹 " + notAFolder + "：" + cause);
    }

    @Test
    void tooManyObservationsForASheetReadAsBefore() {
        assertThat(ReaderWords.of("write.tooManyObservations", "/tmp/p.xlsx", 1_048_576L, 1_048_575L).english())
                .isEqualTo("cannot write /tmp/p.xlsx: the usage history has 1048576 observations, more than the "
                        + "1048575 rows a sheet holds");
        assertThat(ReaderWords.of("write.historyTooLong", "shop", 1_048_576L, 1_048_575L).in(CHINESE))
                .isEqualTo("shop 的使用量历史有 1048576 个观测值，超过一个工作表可容纳的 1048575 行");
    }

    @Test
    void negativeHeaderRowsInChinese() {
        InvalidValueException options = catchThrowableOfType(InvalidValueException.class, () -> new TableOptions(-1, 0));
        assertThat(options).hasMessage("rows to skip and the header row cannot be negative");
        assertThat(options.wording().in(CHINESE)).isEqualTo("要跳过的行数和标题行都不能为负数");

        InvalidValueException mapping = catchThrowableOfType(InvalidValueException.class,
                () -> ImportMapping.automatic().withHeader(0, -2));
        assertThat(mapping).hasMessage("rows to skip and the header row cannot be negative");
        assertThat(mapping.wording().in(CHINESE)).isEqualTo("要跳过的行数和标题行都不能为负数");
    }
}
