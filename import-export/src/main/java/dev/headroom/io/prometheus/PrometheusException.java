package dev.headroom.io.prometheus;

import dev.headroom.core.model.Worded;
import dev.headroom.core.model.Wording;

/**
 * A range query failed; the message says why in words (Prometheus's own text for a query it refused).
 * {@link #serverWide()} tells a failure that stops every query (the server unreachable, the credentials refused)
 * from one that concerns only the query sent (a PromQL error).
 */
public final class PrometheusException extends RuntimeException implements Worded {
    private final boolean serverWide;
    private final transient Wording wording;

    /** A failure in Prometheus's own words (a PromQL error it reports), the same in every language. */
    public PrometheusException(String message, boolean serverWide, Throwable cause) {
        this(Wording.literal(message), serverWide, cause);
    }

    /** A failure in Headroom's words, said in the planner's language in the window. */
    public PrometheusException(Wording wording, boolean serverWide, Throwable cause) {
        super(wording.english(), cause);
        this.serverWide = serverWide;
        this.wording = wording;
    }

    @Override
    public Wording wording() {
        return wording;
    }

    /** Whether every query would fail the same way, so there is no point in sending the others. */
    public boolean serverWide() {
        return serverWide;
    }
}
