package dev.headroom.io.usage;

import dev.headroom.core.forecast.ForecastOptions;
import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.io.testing.SamplePlan;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForecastWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesCsvWithAnIntervalPairPerLevel() throws IOException {
        Path out = dir.resolve("forecast.csv");

        ForecastWriter.write(List.of(SamplePlan.webCpuForecast(), SamplePlan.dbCpuForecast()), ForecastOptions.DEFAULT_LEVELS, out);

        assertThat(Files.readAllLines(out)).containsExactly(
                "workload,resource,period,point,lo80,hi80,lo95,hi95,model",
                "web,cpu,2025-01,10,8,12,6,14,seasonal trend",
                "web,cpu,2025-02,11.25,9,13.5,7,16,seasonal trend",
                "db,cpu,2025-01,3,,,,,flat",
                "db,cpu,2025-02,3,,,,,flat");
    }

    @Test
    void namesOtherLevelsAsPercentages() throws IOException {
        TreeMap<Double, double[]> q = new TreeMap<>();
        q.put(ForecastOptions.lowerQuantile(0.5), new double[] {1});
        q.put(ForecastOptions.upperQuantile(0.5), new double[] {3});
        q.put(ForecastOptions.lowerQuantile(0.99), new double[] {0.25});
        q.put(ForecastOptions.upperQuantile(0.99), new double[] {5});
        SeriesForecast f = new SeriesForecast(new SeriesKey("web app", "memory"), Period.parse("2025-W02"), new double[] {2},
                q, "trend, \"robust\"", 1.1);
        Path out = dir.resolve("levels.csv");

        ForecastWriter.write(List.of(f), List.of(0.5, 0.99), out);

        assertThat(Files.readAllLines(out)).containsExactly(
                "workload,resource,period,point,lo50,hi50,lo99,hi99,model",
                "web app,memory,2025-W02,2,1,3,0.25,5,\"trend, \"\"robust\"\"\"");
    }

    @Test
    void writesAForecastSheetWhenTheFileIsAWorkbook() throws IOException {
        Path out = dir.resolve("forecast.xlsx");

        ForecastWriter.write(List.of(SamplePlan.webCpuForecast()), ForecastOptions.DEFAULT_LEVELS, out);

        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            assertThat(wb.getSheetName(0)).isEqualTo("Forecast");
            List<List<String>> rows = new ArrayList<>();
            DataFormatter f = new DataFormatter(java.util.Locale.ROOT);
            for (Row r : wb.getSheet("Forecast")) {
                List<String> cells = new ArrayList<>();
                r.forEach(c -> cells.add(f.formatCellValue(c)));
                rows.add(cells);
            }
            assertThat(rows).containsExactly(
                    List.of("workload", "resource", "period", "point", "lo80", "hi80", "lo95", "hi95", "model"),
                    List.of("web", "cpu", "2025-01", "10.00", "8.00", "12.00", "6.00", "14.00", "seasonal trend"),
                    List.of("web", "cpu", "2025-02", "11.25", "9.00", "13.50", "7.00", "16.00", "seasonal trend"));
        }
    }

    @Test
    void refusesOtherFileTypesAndBadLevelsBeforeWritingAnything() {
        Path pdf = dir.resolve("forecast.pdf");
        Path csv = dir.resolve("forecast.csv");

        assertThatThrownBy(() -> ForecastWriter.write(List.of(), List.of(0.8), pdf))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".csv or .xlsx");
        assertThatThrownBy(() -> ForecastWriter.write(List.of(), List.of(0.8, 0.95, 0.8), csv))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("given twice");
        assertThatThrownBy(() -> ForecastWriter.write(List.of(), List.of(80.0), csv))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("80.0");
        assertThat(pdf).doesNotExist();
        assertThat(csv).doesNotExist();
    }
}
