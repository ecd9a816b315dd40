package dev.headroom.io.prometheus;

import dev.headroom.core.model.Wording;
import dev.headroom.io.ReaderWords;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Range queries against one Prometheus server over its HTTP API ({@code GET /api/v1/query_range}), with
 * {@code java.net.http}: TLS checks the server against the JDK's default trust store (on Debian that is the
 * system's, {@code /etc/ssl/certs/java/cacerts}, kept by ca-certificates-java). Responses are read as a stream,
 * so a large matrix is never held as a JSON tree. Safe to share between threads.
 */
public final class PrometheusClient {
    /** How long to wait for the server to accept a connection. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** How much of an error body is shown when it is not Prometheus's own JSON. */
    private static final int BODY_SHOWN = 200;
    private static final JsonFactory JSON = new JsonFactory();

    private final HttpClient http;
    private final URI endpoint;
    private final PrometheusAuth auth;
    private final Duration timeout;
    private final String serverName;

    /**
     * @param server     the server's base URL
     * @param auth       the authentication to send
     * @param timeout    how long one call may take, also passed to Prometheus as the query's own time-out
     * @param serverName {@code host:port}, for messages
     */
    public PrometheusClient(URI server, PrometheusAuth auth, Duration timeout, String serverName) {
        String base = server.toString();
        this.endpoint = URI.create((base.endsWith("/") ? base : base + "/") + "api/v1/query_range");
        this.auth = auth;
        this.timeout = timeout;
        this.serverName = serverName;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * Runs one range query.
     *
     * @throws PrometheusException saying in words what failed: the server unreachable, credentials refused, an
     *                             HTTP error, the query refused (with Prometheus's message), a time-out
     */
    public RangeResult queryRange(String promql, RangeRequest range) {
        StringJoiner params = new StringJoiner("&");
        params.add("query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        params.add("start=" + range.start().getEpochSecond());
        params.add("end=" + range.end().getEpochSecond());
        params.add("step=" + range.step().toSeconds());
        params.add("timeout=" + timeout.toSeconds() + "s");
        // GET: a range query is idempotent, so it may be sent again when a kept-alive connection the server had just
        // closed gives no answer (see send).
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint + "?" + params)).timeout(timeout)
                .header("Accept", "application/json").GET();
        auth.header().ifPresent(h -> request.header("Authorization", h));
        HttpResponse<InputStream> response;
        try {
            response = send(request.build());
        } catch (HttpConnectTimeoutException e) {
            throw new PrometheusException(ReaderWords.of("prometheus.unreachable", serverName,
                    ReaderWords.of("prometheus.noAnswerWithin", CONNECT_TIMEOUT.toSeconds())), true, e);
        } catch (HttpTimeoutException e) {
            throw new PrometheusException(ReaderWords.of("prometheus.timeout", serverName, timeout.toSeconds()), true, e);
        } catch (ConnectException e) {
            throw new PrometheusException(ReaderWords.of("prometheus.unreachable", serverName,
                    reason(e, ReaderWords.of("prometheus.refused"))), true, e);
        } catch (SSLException e) {
            throw new PrometheusException(ReaderWords.of("prometheus.tls", serverName,
                    reason(e, ReaderWords.of("prometheus.noReason"))), true, e);
        } catch (IOException e) {
            if (hasCause(e, UnresolvedAddressException.class) || hasCause(e, UnknownHostException.class)) {
                throw new PrometheusException(ReaderWords.of("prometheus.unreachable", serverName,
                        ReaderWords.of("prometheus.unknownHost")), true, e);
            }
            throw new PrometheusException(ReaderWords.of("prometheus.readFailed", serverName,
                    reason(e, Wording.literal(e.getClass().getSimpleName()))), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrometheusException(ReaderWords.of("prometheus.interrupted"), true, e);
        }
        try (InputStream body = response.body()) {
            return read(response.statusCode(), body);
        } catch (IOException e) {
            throw new PrometheusException(ReaderWords.of("prometheus.answerFailed", serverName,
                    reason(e, Wording.literal(e.getClass().getSimpleName()))), true, e);
        }
    }

    /** Sends once more after a failure to read any answer, which a connection closed under the client gives. */
    private HttpResponse<InputStream> send(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException | ConnectException | SSLException e) {
            throw e;
        } catch (IOException e) {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        }
    }

    private RangeResult read(int status, InputStream body) throws IOException {
        if (status == 401 || status == 403) {
            throw new PrometheusException(auth == PrometheusAuth.NONE
                    ? ReaderWords.of("prometheus.asksForCredentials", serverName, status, status == 401 ? "Unauthorized" : "Forbidden")
                    : ReaderWords.of("prometheus.refusedCredentials", serverName, status, status == 401 ? "Unauthorized" : "Forbidden"),
                    true, null);
        }
        byte[] head = status / 100 == 2 ? null : body.readNBytes(64 * 1024);
        if (head != null) {
            Map<String, String> error = prometheusError(head);
            if (error.containsKey("error")) {
                String type = error.getOrDefault("errorType", "");
                // Prometheus refused this query (bad_data, execution, timeout): the others may still run.
                throw new PrometheusException((type.isEmpty() ? "" : type + ": ") + error.get("error"), false, null);
            }
            throw new PrometheusException(httpError(status, head), true, null);
        }
        try (JsonParser parser = JSON.createParser(body)) {
            return MatrixReader.read(parser);
        } catch (JsonParseException e) {
            throw new PrometheusException(ReaderWords.of("prometheus.notAnApi", serverName, endpoint), true, e);
        } catch (MatrixReader.Refused e) {
            throw new PrometheusException(e.getMessage(), false, e);
        }
    }

    /** Prometheus's own {@code errorType} and {@code error} when the body is its JSON; else nothing. */
    private static Map<String, String> prometheusError(byte[] head) {
        try (JsonParser parser = JSON.createParser(head)) {
            return MatrixReader.error(parser);
        } catch (IOException notJson) {
            // Not Prometheus's JSON (a proxy's page, say): the caller shows the body as text.
            return Map.of();
        }
    }

    /** The status and the start of the body, for an error that is not Prometheus's own. */
    private Wording httpError(int status, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
        if (text.length() > BODY_SHOWN) {
            text = text.substring(0, BODY_SHOWN - 3) + "...";
        }
        Wording answered = status == 404 ? ReaderWords.of("prometheus.http404", serverName, endpoint)
                : ReaderWords.of("prometheus.http", serverName, status);
        return text.isEmpty() ? answered : ReaderWords.of("prometheus.withBody", answered, text);
    }

    private static Wording reason(Throwable e, Wording fallback) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                // Java's and the operating system's own words, in their language, unless it is the common refusal.
                return t.getMessage().toLowerCase(Locale.ROOT).contains("refused") ? ReaderWords.of("prometheus.refused")
                        : Wording.literal(t.getMessage());
            }
        }
        return fallback;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
