package dev.headroom.io.usage;

import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.io.AtomicFiles;
import dev.headroom.io.ExportException;
import dev.headroom.io.xlsx.SheetWriter;
import dev.headroom.io.xlsx.StreamingWorkbooks;
import dev.headroom.io.xlsx.Styles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Writes forecasts as CONTRACT §4 describes: one row per series and future period with the point
 * forecast, {@code lo{L}}/{@code hi{L}} per interval level and the model. A path ending in
 * {@code .csv} gets a UTF-8 CSV file, one ending in {@code .xlsx} a workbook with the sheet
 * {@code Forecast}. Periods are written in their own notation.
 */
public final class ForecastWriter {
    static final String SHEET = "Forecast";

    private ForecastWriter() {
    }

    /**
     * Writes the forecasts, replacing {@code out} atomically.
     *
     * @param levels interval levels in (0, 1), e.g. 0.8 and 0.95
     * @throws IllegalArgumentException when a level is out of range or the path is neither .csv nor .xlsx
     * @throws ExportException          when the file cannot be written
     */
    public static void write(List<SeriesForecast> forecasts, List<Double> levels, Path out) {
        ForecastTable.checkLevels(levels);
        String name = String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            writeCsv(forecasts, levels, out);
        } else if (name.endsWith(".xlsx")) {
            writeXlsx(forecasts, levels, out);
        } else {
            throw new IllegalArgumentException("cannot tell how to write " + out.getFileName()
                    + ": the forecast file must end in .csv or .xlsx");
        }
    }

    private static void writeCsv(List<SeriesForecast> forecasts, List<Double> levels, Path out) {
        AtomicFiles.write(out, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
            try (CSVPrinter csv = new CSVPrinter(writer, format)) {
                csv.printRecord(ForecastTable.headers(levels));
                List<String> record = new ArrayList<>();
                for (SeriesForecast f : forecasts) {
                    double[] point = f.point();
                    for (int step = 0; step < f.horizon(); step++) {
                        record.clear();
                        record.add(f.key().workload());
                        record.add(f.key().resource());
                        record.add(f.periodAt(step).toString());
                        record.add(plain(point[step]));
                        for (double level : levels) {
                            record.add(plain(ForecastTable.lower(f, level, step)));
                            record.add(plain(ForecastTable.upper(f, level, step)));
                        }
                        record.add(f.model());
                        csv.printRecord(record);
                    }
                }
            }
        });
    }

    private static void writeXlsx(List<SeriesForecast> forecasts, List<Double> levels, Path out) {
        StreamingWorkbooks.write(out, workbook -> {
            Styles styles = new Styles(workbook);
            SheetWriter sheet = SheetWriter.create(workbook, styles, SHEET, ForecastTable.headers(levels));
            writeRows(sheet, styles, forecasts, levels);
            sheet.finish(true);
        });
    }

    /** The forecast rows of a sheet; the plan workbook's Forecast sheet uses them too. */
    public static void writeRows(SheetWriter sheet, Styles styles, List<SeriesForecast> forecasts, List<Double> levels) {
        for (SeriesForecast f : forecasts) {
            double[] point = f.point();
            for (int step = 0; step < f.horizon(); step++) {
                sheet.newRow().text(f.key().workload()).text(f.key().resource()).text(f.periodAt(step).toString())
                        .number(point[step], styles.decimal());
                for (double level : levels) {
                    number(sheet, styles, ForecastTable.lower(f, level, step));
                    number(sheet, styles, ForecastTable.upper(f, level, step));
                }
                sheet.text(f.model());
            }
        }
    }

    private static void number(SheetWriter sheet, Styles styles, OptionalDouble value) {
        if (value.isPresent()) {
            sheet.number(value.getAsDouble(), styles.decimal());
        } else {
            sheet.blank();
        }
    }

    private static String plain(OptionalDouble value) {
        return value.isPresent() ? plain(value.getAsDouble()) : "";
    }

    /** All the digits a double needs, without exponent notation; empty for NaN. */
    static String plain(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
