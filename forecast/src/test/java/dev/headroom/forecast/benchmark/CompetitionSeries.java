package dev.headroom.forecast.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One competition series with its official training and test parts.
 *
 * @param frequency periods per season (12 monthly, 4 quarterly, 24 hourly)
 */
record CompetitionSeries(String id, int frequency, int horizon, int startYear, int startCycle, double[] training,
                         double[] test) {

    /**
     * The validation split of this series' training part: its last {@code horizon} values become the
     * test, so that methods can be compared without touching the official test split.
     */
    CompetitionSeries validation() {
        int cut = training.length - horizon;
        return new CompetitionSeries(id, frequency, horizon, startYear, startCycle,
                java.util.Arrays.copyOf(training, cut), java.util.Arrays.copyOfRange(training, cut, training.length));
    }

    /** Reads the M3 long CSVs of shared/data/m3 (see its README): series list, training and test values. */
    static List<CompetitionSeries> readM3(Path dir) throws IOException {
        Map<String, List<Double>> train = values(dir.resolve("m3_train.csv"));
        Map<String, List<Double>> test = values(dir.resolve("m3_test.csv"));
        List<CompetitionSeries> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("m3_series.csv"))) {
            String line = in.readLine();
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",");
                out.add(new CompetitionSeries(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                        Integer.parseInt(f[4]), Integer.parseInt(f[5]), array(train.get(f[0])), array(test.get(f[0]))));
            }
        }
        return out;
    }

    /** Reads the M4 wide CSVs ({@code "V1"} = id, then values), training and test of one frequency. */
    static List<CompetitionSeries> readM4(Path trainFile, Path testFile, int frequency) throws IOException {
        Map<String, double[]> train = wide(trainFile);
        Map<String, double[]> test = wide(testFile);
        List<CompetitionSeries> out = new ArrayList<>();
        for (Map.Entry<String, double[]> e : train.entrySet()) {
            double[] t = test.get(e.getKey());
            out.add(new CompetitionSeries(e.getKey(), frequency, t.length, 2000, 1, e.getValue(), t));
        }
        return out;
    }

    private static Map<String, double[]> wide(Path file) throws IOException {
        Map<String, double[]> out = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String line = in.readLine();
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",");
                List<Double> v = new ArrayList<>();
                for (int i = 1; i < f.length; i++) {
                    String s = f[i].replace("\"", "").trim();
                    if (!s.isEmpty() && !s.equals("NA")) {
                        v.add(Double.parseDouble(s));
                    }
                }
                out.put(f[0].replace("\"", ""), array(v));
            }
        }
        return out;
    }

    private static Map<String, List<Double>> values(Path file) throws IOException {
        Map<String, List<Double>> out = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String line = in.readLine();
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",");
                out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(Double.parseDouble(f[2]));
            }
        }
        return out;
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
