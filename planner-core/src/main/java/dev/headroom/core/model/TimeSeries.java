package dev.headroom.core.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * Usage of one resource by one workload, one value per consecutive period from {@code start}.
 * A period with no observation holds {@code NaN}.
 */
public record TimeSeries(SeriesKey key, Period start, double[] values) {

    public TimeSeries {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(start, "start");
        values = values.clone();
        for (int i = 0; i < values.length; i++) {
            if (Double.isInfinite(values[i]) || values[i] < 0) {
                throw ModelWords.invalid("usage.negative", key, start.plus(i), values[i]);
            }
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public int length() {
        return values.length;
    }

    public double valueAt(int i) {
        return values[i];
    }

    public Period periodAt(int i) {
        return start.plus(i);
    }

    /** The last period with a slot in this series (observed or not); the start when empty. */
    public Period end() {
        return values.length == 0 ? start : start.plus(values.length - 1L);
    }

    public Frequency frequency() {
        return start.frequency();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeSeries t && key.equals(t.key) && start.equals(t.start) && Arrays.equals(values, t.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, start, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "TimeSeries[" + key + " from " + start + ", " + values.length + " periods]";
    }
}
