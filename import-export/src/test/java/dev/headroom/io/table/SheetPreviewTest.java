package dev.headroom.io.table;

import dev.headroom.core.model.InvalidInputException;
import dev.headroom.io.testing.TestWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static dev.headroom.io.testing.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The first rows of a file for the import wizard, before anything is imported. */
class SheetPreviewTest {
    @TempDir
    Path dir;

    @Test
    void aTextFileShowsItsFirstRowsWithTheirLineNumbersAndItsHeader() throws IOException {
        String lines = "exported;2024-02-01\n\nperiod;workload;resource;usage\n"
                + IntStream.rangeClosed(1, 30).mapToObj(i -> "2024-01-" + String.format("%02d", i) + ";web;cpu;1,5")
                .collect(Collectors.joining("\n"));
        Path csv = Files.writeString(dir.resolve("usage.csv"), lines, StandardCharsets.UTF_8);

        SheetPreview preview = SheetPreview.read(csv, Optional.empty(), new TableOptions(1, 0), 5);

        assertThat(preview.sheets()).isEmpty();
        assertThat(preview.source()).startsWith("CSV text").contains("semicolon");
        assertThat(preview.decimalComma()).isTrue();
        assertThat(preview.rows()).extracting(SheetPreview.Row::number).containsExactly(1, 3, 4, 5, 6);
        assertThat(preview.rows().get(2).cells()).containsExactly("2024-01-01", "web", "cpu", "1,5");
        assertThat(preview.more()).isTrue();
        assertThat(preview.columns()).containsExactly("1", "2", "3", "4");
        assertThat(preview.headerRow()).isEqualTo(3);
        assertThat(preview.headers()).containsExactly("period", "workload", "resource", "usage");
    }

    @Test
    void aWorkbookListsItsSheetsAndShowsTheOneAsked() {
        Path xlsx = new TestWorkbook()
                .sheet("Notes", row("read me"))
                .sheet("Usage", row("month", "web cpu", "web memory"), row("2024-01", 2.0, 8.0),
                        row("2024-02", 2.5, 9.0))
                .sheet("Daily", row(null, "when", "db cpu"), row(null, LocalDate.of(2024, 1, 1), 4.0))
                .saveXlsx(dir.resolve("usage.xlsx"));

        SheetPreview chosen = SheetPreview.read(xlsx, Optional.empty(), TableOptions.AUTOMATIC, 20);
        assertThat(chosen.sheets()).containsExactly("Notes", "Usage", "Daily");
        assertThat(chosen.sheet()).isEqualTo("Usage");
        assertThat(chosen.rows()).hasSize(3);
        assertThat(chosen.more()).isFalse();
        assertThat(chosen.headers()).containsExactly("month", "web cpu", "web memory");

        SheetPreview daily = SheetPreview.read(xlsx, Optional.of("daily"), TableOptions.AUTOMATIC, 20);
        assertThat(daily.sheet()).isEqualTo("Daily");
        assertThat(daily.columns()).containsExactly("A", "B", "C");
        assertThat(daily.rows().get(1).cell(1)).isEqualTo("2024-01-01");
        assertThat(daily.rows().get(1).cell(7)).isEmpty();
        assertThat(daily.headerRow()).isEqualTo(1);
    }

    @Test
    void theOldExcelFormatShowsTheSameRows() {
        TestWorkbook book = new TestWorkbook().sheet("Usage", row("period", "workload", "resource", "usage"),
                row("2024-01", "web", "cpu", 3.0));
        SheetPreview xlsx = SheetPreview.read(book.saveXlsx(dir.resolve("u.xlsx")), Optional.empty(),
                TableOptions.AUTOMATIC, 20);
        SheetPreview xls = SheetPreview.read(book.saveXls(dir.resolve("u.xls")), Optional.empty(),
                TableOptions.AUTOMATIC, 20);
        assertThat(xls.rows()).isEqualTo(xlsx.rows());
        assertThat(xls.headers()).isEqualTo(xlsx.headers());
    }

    @Test
    void aHeaderRowPastTheRowsShownIsNotFound() throws IOException {
        Path csv = Files.writeString(dir.resolve("u.csv"), "a,b\n1,2\n3,4\n");
        SheetPreview preview = SheetPreview.read(csv, Optional.empty(), new TableOptions(0, 9), 20);
        assertThat(preview.headerRow()).isZero();
        assertThat(preview.headers()).isEmpty();
        assertThat(preview.rows()).hasSize(3);
    }

    @Test
    void filesThatAreNotTablesAreRefusedInWords() throws IOException {
        Path binary = Files.write(dir.resolve("blob.csv"), new byte[]{0, 1, 2, 3, (byte) 0xFF, 0, 0, 9, 0, 0});
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        Path fake = Files.writeString(dir.resolve("fake.xlsx"), "not a workbook at all, just some words");

        assertThatThrownBy(() -> SheetPreview.read(binary, Optional.empty(), TableOptions.AUTOMATIC, 20))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("blob.csv").hasMessageContaining("binary");
        assertThatThrownBy(() -> SheetPreview.read(empty, Optional.empty(), TableOptions.AUTOMATIC, 20))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> SheetPreview.read(fake, Optional.empty(), TableOptions.AUTOMATIC, 20))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("fake.xlsx");
        assertThatThrownBy(() -> SheetPreview.read(dir.resolve("missing.csv"), Optional.empty(),
                TableOptions.AUTOMATIC, 20)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("does not exist");
    }
}
