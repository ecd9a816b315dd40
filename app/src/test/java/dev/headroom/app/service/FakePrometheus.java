package dev.headroom.app.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for Prometheus's range-query API in the command line's and the window's tests (the import itself is
 * tested against a real Prometheus in import-export): for any range it answers one series per workload with a
 * sample at every step, the value a function of the time, so a test knows every value that must have been read.
 */
public final class FakePrometheus implements AutoCloseable {
    public static final List<String> WORKLOADS = List.of("checkout", "search");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    public final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
    public final List<String> authorizations = new CopyOnWriteArrayList<>();

    public FakePrometheus() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/query_range", this::answer);
        server.setExecutor(executor);
        server.start();
    }

    /** The value of a workload's sample at a time: whole hours since the epoch modulo 100, plus 100 for search. */
    public static double value(String workload, long epochSecond) {
        return (epochSecond / 3600) % 100 + (workload.equals("search") ? 100 : 0);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        Map<String, String> q = new HashMap<>();
        for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            q.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        requests.add(q);
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        long start = Long.parseLong(q.get("start"));
        long end = Long.parseLong(q.get("end"));
        long step = Long.parseLong(q.get("step"));
        StringBuilder json = new StringBuilder("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[");
        for (int w = 0; w < WORKLOADS.size(); w++) {
            json.append(w == 0 ? "" : ",").append("{\"metric\":{\"namespace\":\"").append(WORKLOADS.get(w))
                    .append("\"},\"values\":[");
            for (long t = start; t <= end; t += step) {
                json.append(t == start ? "" : ",").append('[').append(t).append(",\"")
                        .append(value(WORKLOADS.get(w), t)).append("\"]");
            }
            json.append("]}");
        }
        byte[] body = json.append("]}}").toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
