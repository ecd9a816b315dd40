package dev.headroom.app.service;

import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.Resource;
import dev.headroom.core.model.Settings;
import dev.headroom.io.usage.Unit;

import java.util.Objects;

/**
 * What a project made from usage alone starts with, as the planner prefers it: how far ahead to plan, the
 * quantile of demand capacity is sized for, the target use of each new resource, and whether memory is planned
 * in binary (GiB) or decimal (GB) units. A project's own settings always win once it has them.
 *
 * @param horizonMonths     how far ahead a new project plans, in months (turned into the project's periods)
 * @param sizingQuantile    the quantile of forecast demand capacity is planned for, in (0, 1)
 * @param targetUtilization the share of raw capacity a new resource may be planned to use, in (0, 1]
 * @param memoryUnit        the unit a byte-valued resource of a usage file is planned in
 */
public record ProjectDefaults(int horizonMonths, double sizingQuantile, double targetUtilization,
                              MemoryUnit memoryUnit) {

    /** The longest horizon offered: ten years. */
    public static final int MAX_HORIZON_MONTHS = 120;

    /** Days are planned at most a quarter ahead: a year of days plans slowly and forecasts poorly. */
    static final int MAX_DAYS = 90;

    /** Binary units as operating systems and Kubernetes report memory, or decimal ones as vendors sell it. */
    public enum MemoryUnit {
        BINARY("GiB"), DECIMAL("GB");

        private final String symbol;

        MemoryUnit(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** The unit of a stored name; binary for anything unknown, so an old preference never stops the window. */
        public static MemoryUnit named(String name) {
            for (MemoryUnit u : values()) {
                if (u.name().equalsIgnoreCase(name)) {
                    return u;
                }
            }
            return BINARY;
        }
    }

    public ProjectDefaults {
        Objects.requireNonNull(memoryUnit, "memoryUnit");
        if (horizonMonths < 1 || horizonMonths > MAX_HORIZON_MONTHS) {
            throw new IllegalArgumentException("the horizon must be 1 to " + MAX_HORIZON_MONTHS + " months, not "
                    + horizonMonths);
        }
        if (!(sizingQuantile > 0 && sizingQuantile < 1)) {
            throw new IllegalArgumentException("the sizing quantile must be above 0 and below 1, not " + sizingQuantile);
        }
        if (!(targetUtilization > 0 && targetUtilization <= 1)) {
            throw new IllegalArgumentException("the target use must be above 0 and at most 1, not " + targetUtilization);
        }
    }

    /** A year ahead, sized for the 90th percentile, resources used up to 80 %, memory in GiB. */
    public static ProjectDefaults standard() {
        return new ProjectDefaults(12, Settings.DEFAULT_SIZING_QUANTILE, Resource.DEFAULT_TARGET, MemoryUnit.BINARY);
    }

    /** The horizon in periods of {@code f}: whole quarters rounded up, weeks of 52 a year, days at most 90. */
    public int horizon(Frequency f) {
        return switch (f) {
            case DAY -> Math.min(MAX_DAYS, (int) Math.round(horizonMonths * 365.0 / 12));
            case WEEK -> Math.max(1, (int) Math.round(horizonMonths * 52.0 / 12));
            case MONTH -> horizonMonths;
            case QUARTER -> (horizonMonths + 2) / 3;
        };
    }

    /**
     * The unit to plan a resource in whose file states {@code foundUnit}: memory and other byte counts in the
     * preferred memory unit (values are converted), anything else as found.
     */
    public String planUnit(String foundUnit) {
        return Unit.parse(foundUnit).filter(u -> u.family() == Unit.Family.BYTES).map(u -> memoryUnit.symbol())
                .orElse(foundUnit);
    }
}
