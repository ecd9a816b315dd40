package dev.headroom.forecast;

/**
 * Where a series' backtest cuts its history: each origin is a period count; models are fitted on the
 * periods before it and forecast up to {@code horizon} periods from it. The last origin leaves one
 * horizon to score; earlier ones step back by half a horizon, as long as at least half the history
 * remains to fit on. The horizon is the forecast's, capped at a third of the history so that short
 * series still get scored.
 *
 * @param origins ascending period counts
 * @param horizon periods forecast from each origin (fewer from an origin near the end never happens:
 *                the last origin leaves exactly {@code horizon} periods)
 */
record RollingOrigin(int[] origins, int horizon) {

    static final RollingOrigin NONE = new RollingOrigin(new int[0], 0);

    RollingOrigin {
        origins = origins.clone();
    }

    /** Plans up to {@code maxOrigins} origins for a history of {@code length} periods. */
    static RollingOrigin plan(int length, int forecastHorizon, int maxOrigins) {
        int horizon = Math.min(Math.max(1, forecastHorizon), Math.max(1, length / 3));
        int step = Math.max(1, horizon / 2);
        int minTraining = Math.max(4, length / 2);
        int count = 0;
        int[] origins = new int[maxOrigins];
        for (int j = 0; j < maxOrigins; j++) {
            int origin = length - horizon - j * step;
            if (origin < minTraining) {
                break;
            }
            origins[count++] = origin;
        }
        int[] ascending = new int[count];
        for (int j = 0; j < count; j++) {
            ascending[j] = origins[count - 1 - j];
        }
        return new RollingOrigin(ascending, count == 0 ? 0 : horizon);
    }

    int count() {
        return origins.length;
    }

    int origin(int j) {
        return origins[j];
    }

    /** The first (smallest) training length, which every model in the contest must be able to fit. */
    int shortestTraining() {
        return origins.length == 0 ? 0 : origins[0];
    }
}
