package dev.headroom.forecast.benchmark;

/**
 * The M4 competition's accuracy measures (Makridakis, Spiliotis and Assimakopoulos 2020, IJF 36:54-74),
 * which the peer R run in shared/data/m3/peer_results also uses: sMAPE in percent, MASE and MSIS scaled by
 * the in-sample mean absolute error of the seasonal naive forecast (lag = the frequency; lag 1 when the
 * training part is not longer than one season), and the share of test values inside an interval.
 */
final class AccuracyMeasures {

    private AccuracyMeasures() {
    }

    /** Mean over the horizon of {@code 200 |y - f| / (|y| + |f|)}; a step where both are 0 counts 0. */
    static double smape(double[] actual, double[] forecast) {
        double sum = 0;
        for (int k = 0; k < actual.length; k++) {
            double d = Math.abs(actual[k]) + Math.abs(forecast[k]);
            sum += d == 0 ? 0 : 200 * Math.abs(actual[k] - forecast[k]) / d;
        }
        return sum / actual.length;
    }

    /** The in-sample mean absolute error of the seasonal naive forecast. */
    static double scale(double[] training, int frequency) {
        int lag = training.length > frequency ? frequency : 1;
        double sum = 0;
        for (int t = lag; t < training.length; t++) {
            sum += Math.abs(training[t] - training[t - lag]);
        }
        return sum / (training.length - lag);
    }

    static double mase(double[] actual, double[] forecast, double scale) {
        double sum = 0;
        for (int k = 0; k < actual.length; k++) {
            sum += Math.abs(actual[k] - forecast[k]);
        }
        return sum / actual.length / scale;
    }

    /** M4's mean scaled interval score of a {@code 1 - alpha} interval. */
    static double msis(double[] actual, double[] lower, double[] upper, double alpha, double scale) {
        double sum = 0;
        for (int k = 0; k < actual.length; k++) {
            sum += upper[k] - lower[k];
            if (actual[k] < lower[k]) {
                sum += 2 / alpha * (lower[k] - actual[k]);
            }
            if (actual[k] > upper[k]) {
                sum += 2 / alpha * (actual[k] - upper[k]);
            }
        }
        return sum / actual.length / scale;
    }

    /** How many test values lie inside the interval. */
    static int inside(double[] actual, double[] lower, double[] upper) {
        int n = 0;
        for (int k = 0; k < actual.length; k++) {
            if (lower[k] <= actual[k] && actual[k] <= upper[k]) {
                n++;
            }
        }
        return n;
    }
}
