package dev.headroom.io.usage;

import dev.headroom.core.model.Wording;
import dev.headroom.io.ReaderWords;
import dev.headroom.io.table.Problems;
import dev.headroom.io.table.TableCell;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads usage values and converts them to their resource's unit. A value's unit is, in this order,
 * the one written with it ({@code 16 GiB}), the row's unit column, the column header's suffix
 * ({@code memory (GiB)}), the mapping's fixed unit. A percentage number format counts as {@code %}.
 * A resource's unit is the one the planner gave it; for other resources, the first unit stated.
 */
final class UsageValues {
    private final java.util.function.Function<String, String> plannedUnits;
    private final boolean decimalComma;
    private final Map<String, Unit> units = new LinkedHashMap<>();

    UsageValues(java.util.function.Function<String, String> plannedUnits, boolean decimalComma) {
        this.plannedUnits = plannedUnits;
        this.decimalComma = decimalComma;
    }

    /**
     * The value of a cell in its resource's unit; empty for a blank cell (no problem) or one that
     * cannot be read (a problem at the cell).
     *
     * @param given the unit of the row, column or file, when any applies
     */
    OptionalDouble read(TableCell cell, String resource, Optional<Unit> given, Problems problems) {
        double value;
        Optional<Unit> unit = given;
        switch (cell.kind()) {
            case BLANK -> {
                return OptionalDouble.empty();
            }
            case NUMBER -> {
                value = cell.number();
                if (cell.trimmed().endsWith("%")) {
                    // A percentage format shows 0.85 as 85 %.
                    value *= 100;
                    unit = given.filter(Unit::hasCapacity).or(() -> Unit.parse("%"));
                }
            }
            case TEXT -> {
                Optional<Quantity> q = Quantity.parse(cell.trimmed(), decimalComma);
                if (q.isEmpty()) {
                    problems.at(cell, notANumber(resource, given));
                    return OptionalDouble.empty();
                }
                value = q.get().value();
                if (q.get().unit().isPresent()) {
                    Unit own = q.get().unit().get();
                    // "85 %" in a column stated as "% of 64 cores" keeps the column's capacity.
                    unit = own.family() == Unit.Family.PERCENT && given.filter(Unit::hasCapacity).isPresent()
                            ? given : Optional.of(own);
                }
            }
            default -> {
                problems.at(cell, cell.kind() == TableCell.Kind.ERROR ? ReaderWords.of("cell.errorNotNumber")
                        : notANumber(resource, given));
                return OptionalDouble.empty();
            }
        }
        if (value < 0) {
            problems.at(cell, ReaderWords.of("cell.atLeastZero"));
            return OptionalDouble.empty();
        }
        return convert(cell, value, resource, unit, problems);
    }

    private OptionalDouble convert(TableCell cell, double value, String resource, Optional<Unit> unit, Problems problems) {
        Optional<Unit> target = target(resource);
        if (unit.isEmpty()) {
            return OptionalDouble.of(value);
        }
        if (target.isEmpty()) {
            Unit u = unit.get();
            // A stated capacity names the resource's unit better than the percent sign does.
            Unit first = u.hasCapacity() ? Unit.parse(capacityUnit(u)).orElse(u) : u;
            units.put(resource, first);
            target = Optional.of(first);
        }
        Unit from = unit.get();
        Unit to = target.get();
        if (!from.convertsTo(to)) {
            problems.at(cell, from.family() == Unit.Family.PERCENT && to.family() != Unit.Family.PERCENT && !from.hasCapacity()
                    ? ReaderWords.of("usage.percentOfWhat", to)
                    : ReaderWords.of("usage.unconvertible", from, to, resource));
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(from.convert(value, to));
    }

    /** The unit of a percentage's stated capacity, e.g. {@code cores} in {@code % of 64 cores}. */
    private static String capacityUnit(Unit percentOf) {
        String after = percentOf.name().replaceFirst("(?i)^%\\s*of\\s+", "");
        return Quantity.parse(after, false).flatMap(Quantity::unit).map(Unit::name).orElse("");
    }

    private Optional<Unit> target(String resource) {
        Unit known = units.get(resource);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Unit> planned = Optional.ofNullable(plannedUnits.apply(resource)).flatMap(Unit::parse);
        planned.ifPresent(u -> units.put(resource, u));
        return planned;
    }

    private Wording notANumber(String resource, Optional<Unit> given) {
        return target(resource).or(() -> given).map(u -> ReaderWords.of("cell.notNumberIn", u))
                .orElse(ReaderWords.of("cell.notNumber"));
    }

    /** The unit each resource's values are in, as far as any was stated. */
    Map<String, String> units() {
        Map<String, String> out = new LinkedHashMap<>();
        units.forEach((r, u) -> out.put(r, u.name()));
        return out;
    }
}
