package dev.headroom.io.usage;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit usage can be written in, as a multiple of its family's base: bytes (decimal {@code kB MB GB
 * TB PB} are powers of 1000, binary {@code KiB MiB GiB TiB PiB} and Kubernetes' {@code Ki Mi Gi Ti}
 * powers of 1024), bits per second ({@code bps kbps Mbps Gbps Tbps}; bytes per second such as
 * {@code MB/s} count 8 bits a byte), CPU ({@code cores}, {@code m} millicores) and percent. A percentage
 * may state what it is of: {@code % of 64 cores}.
 *
 * @param family   what is measured; units of one family convert into each other
 * @param factor   how many base units (byte, bit/s, core) one of this unit is
 * @param name     the unit as written
 * @param capacity for a percentage with a stated capacity, that capacity in base units of {@code of}
 * @param of       the family of the stated capacity
 */
public record Unit(Family family, double factor, String name, double capacity, Family of) {

    /** What a unit measures. {@code OTHER} units convert only into themselves. */
    public enum Family { BYTES, BITS_PER_SECOND, CPU, PERCENT, OTHER }

    private static final Pattern PERCENT_OF = Pattern.compile("(?i)%\\s*of\\s+(.+)");
    private static final Map<String, Unit> EXACT = Map.ofEntries(
            bytes("B", 1), bytes("byte", 1), bytes("bytes", 1),
            bytes("kB", 1e3), bytes("KB", 1e3), bytes("MB", 1e6), bytes("GB", 1e9), bytes("TB", 1e12), bytes("PB", 1e15),
            bytes("KiB", 0x1p10), bytes("MiB", 0x1p20), bytes("GiB", 0x1p30), bytes("TiB", 0x1p40), bytes("PiB", 0x1p50),
            bytes("Ki", 0x1p10), bytes("Mi", 0x1p20), bytes("Gi", 0x1p30), bytes("Ti", 0x1p40), bytes("Pi", 0x1p50),
            rate("bps", 1), rate("bit/s", 1), rate("kbps", 1e3), rate("Kbps", 1e3), rate("Mbps", 1e6), rate("Gbps", 1e9),
            rate("Tbps", 1e12), rate("kbit/s", 1e3), rate("Mbit/s", 1e6), rate("Gbit/s", 1e9), rate("Tbit/s", 1e12),
            rate("B/s", 8), rate("kB/s", 8e3), rate("KB/s", 8e3), rate("MB/s", 8e6), rate("GB/s", 8e9),
            rate("KiB/s", 8 * 0x1p10), rate("MiB/s", 8 * 0x1p20), rate("GiB/s", 8 * 0x1p30),
            cpu("core", 1), cpu("cores", 1), cpu("cpu", 1), cpu("cpus", 1), cpu("vcpu", 1), cpu("vcpus", 1),
            cpu("vCPU", 1), cpu("vCPUs", 1), cpu("CPU", 1), cpu("CPUs", 1),
            cpu("m", 1e-3), cpu("millicores", 1e-3), cpu("millicore", 1e-3), cpu("mcpu", 1e-3),
            cpu("n", 1e-9), cpu("nanocores", 1e-9),
            new Unit(Family.PERCENT, 1, "%", Double.NaN, null).entry(), new Unit(Family.PERCENT, 1, "percent", Double.NaN, null).entry());

    public Unit {
        name = name == null ? "" : name;
    }

    private Map.Entry<String, Unit> entry() {
        return Map.entry(name, this);
    }

    private static Map.Entry<String, Unit> bytes(String name, double factor) {
        return new Unit(Family.BYTES, factor, name, Double.NaN, null).entry();
    }

    private static Map.Entry<String, Unit> rate(String name, double factor) {
        return new Unit(Family.BITS_PER_SECOND, factor, name, Double.NaN, null).entry();
    }

    private static Map.Entry<String, Unit> cpu(String name, double factor) {
        return new Unit(Family.CPU, factor, name, Double.NaN, null).entry();
    }

    /**
     * Reads a unit as written. Case matters where it must ({@code m} millicores, {@code MB} megabytes,
     * {@code Mb} is not a byte unit); otherwise a unit written in other case is still recognised.
     * An unknown unit is of family {@code OTHER}; an empty text gives empty.
     */
    public static Optional<Unit> parse(String text) {
        String t = stripBrackets(text == null ? "" : text.strip());
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Matcher percentOf = PERCENT_OF.matcher(t);
        if (percentOf.matches()) {
            Optional<Quantity> capacity = Quantity.parse(percentOf.group(1), false);
            if (capacity.isPresent() && capacity.get().unit().isPresent()
                    && capacity.get().unit().get().family() != Family.PERCENT) {
                Unit of = capacity.get().unit().get();
                return Optional.of(new Unit(Family.PERCENT, 1, t, capacity.get().value() * of.factor(), of.family()));
            }
            return Optional.of(new Unit(Family.OTHER, 1, t, Double.NaN, null));
        }
        Unit exact = EXACT.get(t);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (Unit u : EXACT.values()) {
            // "gib", "GBPS", "Cores": case only tells bits from bytes and milli from mega, both caught above.
            if (u.name.length() > 1 && u.name.equalsIgnoreCase(t) && !isBitByteAmbiguous(t)) {
                return Optional.of(new Unit(u.family, u.factor, t, Double.NaN, null));
            }
        }
        return Optional.of(new Unit(Family.OTHER, 1, t, Double.NaN, null));
    }

    /** "Mb", "Gb": bits or bytes? Only the exact spellings above are taken. */
    private static boolean isBitByteAmbiguous(String t) {
        return t.length() == 2 && Character.isUpperCase(t.charAt(0)) && t.charAt(1) == 'b';
    }

    private static String stripBrackets(String t) {
        if (t.length() >= 2 && (t.charAt(0) == '(' && t.endsWith(")") || t.charAt(0) == '[' && t.endsWith("]"))) {
            return t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    /** Whether this is a percentage that says what it is a percentage of. */
    public boolean hasCapacity() {
        return family == Family.PERCENT && !Double.isNaN(capacity);
    }

    /** Whether values in this unit can be converted to {@code target}. */
    public boolean convertsTo(Unit target) {
        if (family == Family.OTHER || target.family == Family.OTHER) {
            return name.toLowerCase(Locale.ROOT).equals(target.name.toLowerCase(Locale.ROOT));
        }
        if (family == Family.PERCENT && target.family != Family.PERCENT) {
            return hasCapacity() && of == target.family;
        }
        return family == target.family;
    }

    /** A value in this unit expressed in {@code target}; {@link #convertsTo} must hold. */
    public double convert(double value, Unit target) {
        if (family == Family.OTHER || target.family == Family.OTHER) {
            return value;
        }
        if (family == Family.PERCENT && target.family != Family.PERCENT) {
            return value / 100 * capacity / target.factor;
        }
        return value * factor / target.factor;
    }

    @Override
    public String toString() {
        return name;
    }
}
