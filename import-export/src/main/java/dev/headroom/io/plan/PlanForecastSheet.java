package dev.headroom.io.plan;

import dev.headroom.core.forecast.ForecastOptions;
import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.io.usage.ForecastTable;
import dev.headroom.io.xlsx.SheetWriter;
import dev.headroom.io.xlsx.Styles;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The Forecast sheet: per series, the recent history and then the forecast with its interval bounds.
 * The columns of CONTRACT §4 come first; {@code history} holds the observed usage of past periods.
 * Only the last {@link #HISTORY_PERIODS} periods of history are repeated here: the full history is in
 * the Usage sheet, and repeating ten years of it would double the file.
 */
final class PlanForecastSheet {
    static final String SHEET = "Forecast";
    /** Two years of months: enough to see a season and the trend leading into the forecast. */
    static final int HISTORY_PERIODS = 24;

    private PlanForecastSheet() {
    }

    static List<String> headers() {
        List<String> headers = new ArrayList<>(ForecastTable.headers(ForecastOptions.DEFAULT_LEVELS));
        headers.add("history");
        return headers;
    }

    static void write(Workbook workbook, Styles styles, List<SeriesForecast> forecasts, PlanningInput input) {
        List<Double> levels = ForecastOptions.DEFAULT_LEVELS;
        SheetWriter sheet = SheetWriter.create(workbook, styles, SHEET, headers());
        Map<SeriesKey, TimeSeries> history = new HashMap<>();
        for (TimeSeries s : input.usage()) {
            history.put(s.key(), s);
        }
        // Series share their periods; naming each period once saves formatting a date per row.
        Map<Period, String> names = new HashMap<>();
        for (SeriesForecast f : forecasts) {
            CellStyle amount = styles.amount(PlanFigures.unitOf(input, f.key().resource()));
            TimeSeries past = history.get(f.key());
            if (past != null) {
                for (int i = Math.max(0, past.length() - HISTORY_PERIODS); i < past.length(); i++) {
                    sheet.newRow().text(f.key().workload()).text(f.key().resource()).text(names.computeIfAbsent(past.periodAt(i), Period::toString))
                            .blank();
                    for (int k = 0; k < 2 * levels.size(); k++) {
                        sheet.blank();
                    }
                    sheet.blank().number(past.valueAt(i), amount);
                }
            }
            double[] point = f.point();
            for (int step = 0; step < f.horizon(); step++) {
                sheet.newRow().text(f.key().workload()).text(f.key().resource()).text(names.computeIfAbsent(f.periodAt(step), Period::toString))
                        .number(point[step], amount);
                for (double level : levels) {
                    number(sheet, ForecastTable.lower(f, level, step), amount);
                    number(sheet, ForecastTable.upper(f, level, step), amount);
                }
                sheet.text(f.model());
            }
        }
        sheet.finish(true);
        sheet.printSetup(input.name());
    }

    private static void number(SheetWriter sheet, OptionalDouble value, CellStyle style) {
        if (value.isPresent()) {
            sheet.number(value.getAsDouble(), style);
        } else {
            sheet.blank();
        }
    }
}
