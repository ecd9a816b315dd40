package dev.headroom.io.prometheus;

/**
 * A range query failed; the message says why in words (Prometheus's own text for a query it refused).
 * {@link #serverWide()} tells a failure that stops every query (the server unreachable, the credentials refused)
 * from one that concerns only the query sent (a PromQL error).
 */
public final class PrometheusException extends RuntimeException {
    private final boolean serverWide;

    public PrometheusException(String message, boolean serverWide, Throwable cause) {
        super(message, cause);
        this.serverWide = serverWide;
    }

    /** Whether every query would fail the same way, so there is no point in sending the others. */
    public boolean serverWide() {
        return serverWide;
    }
}
