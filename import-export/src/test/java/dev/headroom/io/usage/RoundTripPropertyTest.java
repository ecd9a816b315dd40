package dev.headroom.io.usage;

import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded property: random series (any frequency, gaps inside, values with decimals) written with POI
 * as .xlsx and as CSV, in the long and the wide layout, read back equal.
 */
class RoundTripPropertyTest {
    private static final Frequency[] FREQUENCIES = Frequency.values();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void seriesWrittenAnyWayReadBackEqual(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Frequency frequency = FREQUENCIES[random.nextInt(FREQUENCIES.length)];
        List<TimeSeries> series = randomSeries(random, frequency);
        ImportOptions options = new ImportOptions(Optional.of(frequency), Map.of(), Map.of());
        boolean dateCells = random.nextBoolean();

        for (Path file : List.of(longCsv(series), wideCsv(series), longXlsx(series, dateCells), wideXlsx(series))) {
            List<TimeSeries> read = UsageImporter.read(file, ImportMapping.automatic(), options).series();
            assertThat(read).as(file.getFileName() + " at " + frequency).containsExactlyInAnyOrderElementsOf(series);
        }
    }

    private static List<TimeSeries> randomSeries(SplittableRandom random, Frequency frequency) {
        int count = 1 + random.nextInt(6);
        List<TimeSeries> out = new ArrayList<>();
        Period base = Period.containing(frequency, java.time.LocalDate.of(2021, 1, 1).plusDays(random.nextInt(400)));
        for (int s = 0; s < count; s++) {
            double[] values = new double[1 + random.nextInt(40)];
            for (int i = 0; i < values.length; i++) {
                boolean gap = i > 0 && i < values.length - 1 && random.nextInt(6) == 0;
                values[i] = gap ? Double.NaN : Math.round(random.nextDouble(0, 5000) * 1000) / 1000.0;
            }
            out.add(new TimeSeries(new SeriesKey("svc-" + s, s % 2 == 0 ? "cpu" : "memory"), base.plus(random.nextInt(5)),
                    values));
        }
        return out;
    }

    private Path longCsv(List<TimeSeries> series) throws IOException {
        StringBuilder csv = new StringBuilder("period,workload,resource,usage\n");
        for (TimeSeries s : series) {
            for (int i = 0; i < s.length(); i++) {
                if (!Double.isNaN(s.valueAt(i))) {
                    csv.append(s.periodAt(i)).append(',').append(s.key().workload()).append(',').append(s.key().resource())
                            .append(',').append(s.valueAt(i)).append('\n');
                }
            }
        }
        return Files.writeString(dir.resolve("long.csv"), csv, StandardCharsets.UTF_8);
    }

    private Path wideCsv(List<TimeSeries> series) throws IOException {
        Period first = series.stream().map(TimeSeries::start).min(Period::compareTo).orElseThrow();
        Period last = series.stream().map(TimeSeries::end).max(Period::compareTo).orElseThrow();
        StringBuilder csv = new StringBuilder("period");
        series.forEach(s -> csv.append(',').append(s.key().workload()).append('/').append(s.key().resource()));
        csv.append('\n');
        for (Period p = first; !p.isAfter(last); p = p.next()) {
            csv.append(p);
            for (TimeSeries s : series) {
                long i = s.start().until(p);
                double v = i >= 0 && i < s.length() ? s.valueAt((int) i) : Double.NaN;
                csv.append(',').append(Double.isNaN(v) ? "" : Double.toString(v));
            }
            csv.append('\n');
        }
        return Files.writeString(dir.resolve("wide.csv"), csv, StandardCharsets.UTF_8);
    }

    private Path longXlsx(List<TimeSeries> series, boolean dateCells) throws IOException {
        Path file = dir.resolve("long.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = wb.createSheet("Usage");
            Row header = sheet.createRow(0);
            String[] names = {"period", "workload", "resource", "usage"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            int r = 1;
            for (TimeSeries s : series) {
                for (int i = 0; i < s.length(); i++) {
                    if (Double.isNaN(s.valueAt(i))) {
                        continue;
                    }
                    Row row = sheet.createRow(r++);
                    if (dateCells && s.frequency() == Frequency.DAY) {
                        row.createCell(0).setCellValue(s.periodAt(i).start());
                        row.getCell(0).setCellStyle(date);
                    } else {
                        row.createCell(0).setCellValue(s.periodAt(i).toString());
                    }
                    row.createCell(1).setCellValue(s.key().workload());
                    row.createCell(2).setCellValue(s.key().resource());
                    row.createCell(3).setCellValue(s.valueAt(i));
                }
            }
            wb.write(out);
            wb.dispose();
        }
        return file;
    }

    private Path wideXlsx(List<TimeSeries> series) throws IOException {
        Path csv = wideCsv(series);
        Path file = dir.resolve("wide.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Usage");
            List<String> lines = Files.readAllLines(csv);
            for (int r = 0; r < lines.size(); r++) {
                String[] cells = lines.get(r).split(",", -1);
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c].isEmpty()) {
                        continue;
                    }
                    if (r > 0 && c > 0) {
                        row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
                    } else {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            wb.write(out);
            wb.dispose();
        }
        return file;
    }
}
