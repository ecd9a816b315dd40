package dev.headroom.io.prometheus;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny HTTP server in the test's JVM that answers every range query the same way, for what a real Prometheus
 * is hard to make do on demand: refuse credentials, warn of partial data, answer with a proxy's page, stall.
 * It records the Authorization header and the query string of each request.
 */
final class FakePrometheus implements AutoCloseable {
    private final HttpServer server;
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    final List<String> forms = new CopyOnWriteArrayList<>();

    FakePrometheus(int status, String contentType, String body, long delayMillis) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            forms.add(String.valueOf(exchange.getRequestURI().getRawQuery()));
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    static FakePrometheus json(int status, String body) {
        return new FakePrometheus(status, "application/json", body, 0);
    }

    /** A matrix of one series, namespace "shop", with the given samples as [seconds, "value"] pairs. */
    static String matrix(String values, String extra) {
        return "{\"status\":\"success\"" + extra + ",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":"
                + "{\"namespace\":\"shop\"},\"values\":[" + values + "]}]}}";
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    String serverName() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
