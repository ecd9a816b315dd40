package dev.headroom.core.plan;

import dev.headroom.core.model.Period;
import dev.headroom.core.model.Wording;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Demand no plan can meet in a pool, resource and period, with the reason in plain words.
 *
 * @param reason the reasons in English, joined by "; ": what the plan's files and the command line write
 * @param causes the same reasons as words of {@link #REASONS}, for a window in another language (a project file
 *               keeps them beside the English); empty for a row whose file keeps the English words only
 */
public record UnmetDemand(String pool, String resource, Period period, double amount, String reason,
                          List<Wording> causes) {

    /** The bundle of the reasons' words: {@code dev/headroom/core/plan/Reasons*.properties}. */
    public static final String REASONS = "dev.headroom.core.plan.Reasons";

    public UnmetDemand {
        causes = List.copyOf(causes);
    }

    /** A row whose reason is known in English only (as a file keeps it). */
    public UnmetDemand(String pool, String resource, Period period, double amount, String reason) {
        this(pool, resource, period, amount, reason, List.of());
    }

    /** A row whose reasons are {@code causes}; {@link #reason()} is their English. */
    public static UnmetDemand because(String pool, String resource, Period period, double amount, List<Wording> causes) {
        return new UnmetDemand(pool, resource, period, amount, joined(causes, Locale.ROOT), causes);
    }

    /** The reason in {@code locale}'s language when the causes are known, else in English. */
    public String reasonIn(Locale locale) {
        return causes.isEmpty() ? reason : joined(causes, locale);
    }

    private static String joined(List<Wording> causes, Locale locale) {
        String separator = Wording.formatted(REASONS, "separator").in(locale);
        return causes.stream().map(c -> c.in(locale)).collect(Collectors.joining(separator));
    }

    /**
     * Equal rows say the same in English: the causes only say it again in other words, so a plan read back
     * from a file equals the plan that was written.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof UnmetDemand u && Objects.equals(pool, u.pool) && Objects.equals(resource, u.resource)
                && Objects.equals(period, u.period) && Double.compare(amount, u.amount) == 0
                && Objects.equals(reason, u.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pool, resource, period, amount, reason);
    }
}
