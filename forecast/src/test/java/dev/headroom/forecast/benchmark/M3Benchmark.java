package dev.headroom.forecast.benchmark;

import dev.headroom.core.forecast.ForecastOptions;
import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;
import dev.headroom.forecast.SmileForecaster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.zip.GZIPInputStream;

/**
 * Accuracy on the M3 competition's monthly (h = 18) and quarterly (h = 8) series and, when present, the
 * M4 hourly series (h = 48), on the official training/test split: sMAPE, MASE, MSIS and 80%/95% coverage
 * for automatic selection and (with {@code --all-models}) every model forced, beside the original M3
 * submissions (THETA, ForecastPro, NAIVE2) and the peer R run scored by the same code, and the peer
 * run's own score table. Not a test: {@code ./mvnw -q -pl forecast -Pbenchmark verify} runs it, or
 * call {@link #main} with arguments {@code [data dir] [--all-models] [--models auto,theta,...] [--threads N] [--origins N] [--skip-m4]}.
 *
 * <p>Reads {@code <data dir>/m3} (default /work/shared/data) only when it exists.
 */
public final class M3Benchmark {

    private static final ForecastOptions OPTIONS = ForecastOptions.forLevels(ForecastOptions.DEFAULT_LEVELS);

    private M3Benchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of("/work/shared/data");
        boolean allModels = false;
        List<String> only = List.of();
        boolean m4 = true;
        int threads = Runtime.getRuntime().availableProcessors();
        int origins = 3;
        boolean validation = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--all-models" -> allModels = true;
                case "--models" -> only = List.of(args[++i].split(","));
                case "--skip-m4" -> m4 = false;
                case "--skip-none" -> { }
                case "--validation" -> validation = true;
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--origins" -> origins = Integer.parseInt(args[++i]);
                default -> data = Path.of(args[i]);
            }
        }
        Path m3 = data.resolve("m3");
        if (!Files.isDirectory(m3)) {
            System.out.println("No M3 data at " + m3 + "; nothing to measure.");
            return;
        }
        SmileForecaster forecaster = new SmileForecaster(threads, origins);
        List<CompetitionSeries> all = CompetitionSeries.readM3(m3);
        if (validation) {
            // Choosing methods must never look at the test split: this mode holds out the last horizon
            // of each training series instead, and has no published figures to compare with.
            all = all.stream().map(CompetitionSeries::validation).toList();
            m4 = false;
        }
        boolean published = !validation;
        Map<String, Map<String, double[]>> original = !published ? Map.of() : longForecasts(Files.newBufferedReader(m3.resolve("m3_original_forecasts.csv")));
        Path peerFile = m3.resolve("peer_results/peer_forecasts_m3.csv.gz");
        Map<String, Map<String, double[]>> peer = published && Files.exists(peerFile)
                ? longForecasts(new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(peerFile)))))
                : Map.of();
        System.out.printf(Locale.ROOT, "Machine: %d processors, max heap %d MiB, %s %s%n%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        for (int frequency : new int[] {12, 4}) {
            List<CompetitionSeries> group = all.stream().filter(s -> s.frequency() == frequency).toList();
            String title = frequency == 12 ? "M3 monthly" : "M3 quarterly";
            evaluate(title, group, forecaster, allModels, only, original, peer, OptionalInt.empty());
            if (published) {
                printPeerTable(m3.resolve("peer_results/peer_scores_m3.csv"), Integer.toString(frequency));
            }
        }
        Path hourlyTrain = data.resolve("m4/Hourly-train.csv");
        if (m4 && Files.exists(hourlyTrain)) {
            List<CompetitionSeries> hourly = CompetitionSeries.readM4(hourlyTrain, data.resolve("m4/Hourly-test.csv"), 24);
            evaluate("M4 hourly", hourly, forecaster, allModels, only, Map.of(), Map.of(), OptionalInt.of(24));
            printM4Published(data.resolve("m4/m4_published_point_results.csv"));
        }
    }

    private static void evaluate(String title, List<CompetitionSeries> group, SmileForecaster forecaster,
                                 boolean allModels, List<String> only, Map<String, Map<String, double[]>> original,
                                 Map<String, Map<String, double[]>> peer, OptionalInt season) {
        int h = group.getFirst().horizon();
        System.out.printf(Locale.ROOT, "### %s (%d series, h = %d)%n%n", title, group.size(), h);
        System.out.println("| method | sMAPE | MASE | MSIS (95%) | coverage 80% | coverage 95% | seconds |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        List<TimeSeries> series = group.stream().map(M3Benchmark::timeSeries).toList();
        List<String> methods = new ArrayList<>();
        if (!only.isEmpty()) {
            methods.addAll(only);
        } else {
            methods.add("auto");
        }
        if (allModels) {
            methods.addAll(forecaster.modelNames());
        }
        for (String method : methods) {
            ForecastOptions options = (method.equals("auto") ? OPTIONS : OPTIONS.withModel(method)).withSeasonLength(season);
            long start = System.nanoTime();
            List<SeriesForecast> forecasts = forecaster.forecast(series, h, options, ProgressListener.NONE, Cancellation.NEVER);
            double seconds = (System.nanoTime() - start) / 1e9;
            Score score = new Score();
            Map<String, Integer> chosen = new HashMap<>();
            for (int i = 0; i < group.size(); i++) {
                SeriesForecast f = forecasts.get(i);
                score.add(group.get(i), f.point(), interval(f, 0.8, true), interval(f, 0.8, false),
                        interval(f, 0.95, true), interval(f, 0.95, false));
                chosen.merge(family(f.model()), 1, Integer::sum);
            }
            System.out.println(score.row("Headroom " + method, seconds));
            if (method.equals("auto")) {
                System.err.println(title + " auto choices: " + chosen);
            }
        }
        for (Map.Entry<String, Map<String, Map<String, double[]>>> source : List.of(Map.entry("M3 original", original), Map.entry("peer R run", peer))) {
            Map<String, Score> byMethod = new LinkedHashMap<>();
            for (CompetitionSeries s : group) {
                Map<String, double[]> methodsOfSeries = source.getValue().getOrDefault(s.id(), Map.of());
                for (Map.Entry<String, double[]> m : methodsOfSeries.entrySet()) {
                    byMethod.computeIfAbsent(m.getKey(), k -> new Score()).add(s, m.getValue(), null, null, null, null);
                }
            }
            byMethod.forEach((method, score) -> System.out.println(score.row(source.getKey() + " " + method + " (scored here)", Double.NaN)));
        }
        System.out.println();
    }

    /** The model's family: a combination counts as "combination", a model keeps its name without parameters. */
    private static String family(String model) {
        if (model.startsWith("mean(") || model.startsWith("median(")) {
            return model.substring(0, model.indexOf('('));
        }
        int cut = model.indexOf('(');
        String base = cut < 0 ? model : model.substring(0, cut);
        return base.replace("+season", "");
    }

    private static double[] interval(SeriesForecast f, double level, boolean lower) {
        double[] v = new double[f.horizon()];
        for (int k = 0; k < v.length; k++) {
            v[k] = lower ? f.lower(level, k) : f.upper(level, k);
        }
        return v;
    }

    private static TimeSeries timeSeries(CompetitionSeries s) {
        Period start = switch (s.frequency()) {
            case 12 -> new Period(Frequency.MONTH, s.startYear() * 12L + s.startCycle() - 1);
            case 4 -> new Period(Frequency.QUARTER, s.startYear() * 4L + s.startCycle() - 1);
            // Headroom has no hourly frequency; hours are numbered as days and the season is set to 24.
            default -> new Period(Frequency.DAY, 0);
        };
        return new TimeSeries(new SeriesKey(s.id(), "value"), start, s.training());
    }

    private static Map<String, Map<String, double[]>> longForecasts(BufferedReader in) throws IOException {
        Map<String, Map<String, List<Double>>> raw = new LinkedHashMap<>();
        try (in) {
            String line = in.readLine();
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",");
                raw.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).computeIfAbsent(f[1], k -> new ArrayList<>())
                        .add(Double.parseDouble(f[3]));
            }
        }
        Map<String, Map<String, double[]>> out = new HashMap<>();
        raw.forEach((id, methods) -> {
            Map<String, double[]> m = new LinkedHashMap<>();
            methods.forEach((method, values) -> m.put(method, values.stream().mapToDouble(Double::doubleValue).toArray()));
            out.put(id, m);
        });
        return out;
    }

    private static void printPeerTable(Path scores, String group) throws IOException {
        if (!Files.exists(scores)) {
            return;
        }
        System.out.println("Peer run's own score table (" + scores.getFileName() + ", group " + group + "):");
        System.out.println();
        System.out.println("| method | sMAPE | MASE | OWA |");
        System.out.println("| --- | ---: | ---: | ---: |");
        for (String line : Files.readAllLines(scores).subList(1, Files.readAllLines(scores).size())) {
            String[] f = line.split(",");
            if (f[0].equals(group)) {
                System.out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", f[1], f[4], f[5], f[6]);
            }
        }
        System.out.println();
    }

    private static void printM4Published(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        System.out.println("Published M4 hourly figures (" + file.getFileName() + "), benchmarks and the top three:");
        System.out.println();
        System.out.println("| method | sMAPE | MASE |");
        System.out.println("| --- | ---: | ---: |");
        for (String line : Files.readAllLines(file)) {
            String[] f = line.split(",");
            if (f.length >= 8 && f[4].equals("Hourly") && (List.of("Naive2", "sNaive", "SES", "Theta", "Damped", "Com").contains(f[1])
                    || f[3].matches("[123]"))) {
                System.out.printf(Locale.ROOT, "| %s (rank %s) | %s | %s |%n", f[1], f[3], f[5], f[6]);
            }
        }
        System.out.println();
    }

    /** Running means of the measures over a group of series. */
    private static final class Score {
        double smape;
        double mase;
        double msis;
        int series;
        int intervalSeries;
        int inside80;
        int inside95;
        int points;

        void add(CompetitionSeries s, double[] forecast, double[] lo80, double[] hi80, double[] lo95, double[] hi95) {
            double scale = AccuracyMeasures.scale(s.training(), s.frequency());
            smape += AccuracyMeasures.smape(s.test(), forecast);
            mase += AccuracyMeasures.mase(s.test(), forecast, scale);
            series++;
            if (lo95 != null) {
                msis += AccuracyMeasures.msis(s.test(), lo95, hi95, 0.05, scale);
                inside80 += AccuracyMeasures.inside(s.test(), lo80, hi80);
                inside95 += AccuracyMeasures.inside(s.test(), lo95, hi95);
                points += s.test().length;
                intervalSeries++;
            }
        }

        String row(String method, double seconds) {
            String intervals = intervalSeries == 0 ? "| – | – | – "
                    : String.format(Locale.ROOT, "| %.3f | %.1f%% | %.1f%% ", msis / intervalSeries,
                    100.0 * inside80 / points, 100.0 * inside95 / points);
            return String.format(Locale.ROOT, "| %s | %.3f | %.3f %s| %s |", method, smape / series, mase / series,
                    intervals, Double.isNaN(seconds) ? "–" : String.format(Locale.ROOT, "%.1f", seconds));
        }
    }
}
