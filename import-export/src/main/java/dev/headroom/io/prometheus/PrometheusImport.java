package dev.headroom.io.prometheus;

import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.InvalidValueException;
import dev.headroom.io.ReaderWords;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A usage import from Prometheus as a project keeps it, so that next month's refresh is one action: the server,
 * how to authenticate (never the secret), one query per resource, the label naming the workload, the days
 * imported and the step between samples. Days are UTC days, as Prometheus keeps time in UTC.
 *
 * @param server    the server's base URL, e.g. {@code http://prometheus:9090} (a path prefix is kept)
 * @param queries   one query per resource, no resource twice
 * @param label     the label whose value names the workload of each series, e.g. {@code namespace}
 * @param from      the first day imported
 * @param to        the last day imported (included)
 * @param step      the time between two samples of a series
 * @param frequency the planning period the samples are rolled up to
 */
public record PrometheusImport(URI server, Credentials credentials, List<PrometheusQuery> queries, String label,
                               LocalDate from, LocalDate to, Duration step, Frequency frequency) {

    public PrometheusImport {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(credentials, "credentials");
        queries = List.copyOf(queries);
        label = Objects.requireNonNull(label, "label").strip();
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(frequency, "frequency");
        String scheme = server.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || server.getHost() == null) {
            throw new InvalidValueException(String.valueOf(server), ReaderWords.of("prometheus.notAUrl"));
        }
        if (server.getRawUserInfo() != null) {
            throw new InvalidValueException(null, ReaderWords.of("prometheus.userInUrl"));
        }
        if (queries.isEmpty()) {
            throw new InvalidValueException(null, ReaderWords.of("prometheus.noQuery"));
        }
        Set<String> resources = new HashSet<>();
        for (PrometheusQuery q : queries) {
            if (!resources.add(q.resource())) {
                throw new InvalidValueException(null, ReaderWords.of("prometheus.twoQueries", q.resource()));
            }
        }
        if (!label.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new InvalidValueException(label, ReaderWords.of("prometheus.notALabel"));
        }
        if (to.isBefore(from)) {
            throw new InvalidValueException(null, ReaderWords.of("prometheus.rangeBackwards", to, from));
        }
        if (step.toMillis() % 1000 != 0 || step.toSeconds() < 1 || step.toSeconds() > 86_400) {
            throw new InvalidValueException(null, ReaderWords.of("prometheus.stepRange", step));
        }
    }

    /** The first evaluation time: the start of {@link #from()} in UTC. */
    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The end of the range, excluded: the start of the day after {@link #to()} in UTC. */
    public Instant until() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The same import over other days. */
    public PrometheusImport withDays(LocalDate newFrom, LocalDate newTo) {
        return new PrometheusImport(server, credentials, queries, label, newFrom, newTo, step, frequency);
    }

    /** {@code host:port} as a person names the server in a message. */
    public String serverName() {
        int port = server.getPort() >= 0 ? server.getPort() : server.getScheme().equals("https") ? 443 : 80;
        return server.getHost() + ":" + port;
    }
}
