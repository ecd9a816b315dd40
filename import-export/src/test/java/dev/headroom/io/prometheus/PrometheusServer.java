package dev.headroom.io.prometheus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A real Prometheus (Debian's {@code prometheus} package) on loopback for the tests: history backfilled with
 * {@code promtool tsdb create-blocks-from openmetrics}, then the server started on a free port with that
 * storage, never the system service. {@link #close()} stops it.
 */
final class PrometheusServer implements AutoCloseable {
    private static final Duration READY_WITHIN = Duration.ofSeconds(60);

    private final Process process;
    private final URI url;
    private final Path log;

    private PrometheusServer(Process process, URI url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /** The folder holding both {@code prometheus} and {@code promtool}, if they are installed. */
    static Optional<Path> binaries() {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        dirs.add("/usr/bin");
        return dirs.stream().filter(d -> !d.isBlank()).map(Path::of)
                .filter(d -> Files.isExecutable(d.resolve("prometheus")) && Files.isExecutable(d.resolve("promtool")))
                .findFirst();
    }

    /** Backfills the files into a new storage folder under {@code work} and starts a server on it. */
    static PrometheusServer start(Path bin, Path work, List<Path> openMetrics) throws Exception {
        Path storage = Files.createDirectories(work.resolve("tsdb"));
        backfill(bin.resolve("promtool"), openMetrics, storage, work);
        Path config = work.resolve("prometheus.yml");
        Files.writeString(config, "global:\n  scrape_interval: 1m\n");
        int port = freePort();
        Path log = work.resolve("prometheus.log");
        Process p = new ProcessBuilder(bin.resolve("prometheus").toString(), "--config.file=" + config,
                "--storage.tsdb.path=" + storage, "--storage.tsdb.retention.time=100y",
                "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PrometheusServer server = new PrometheusServer(p, URI.create("http://127.0.0.1:" + port), log);
        try {
            server.awaitReady();
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    URI url() {
        return url;
    }

    /** Runs promtool on a few files at once: it writes one block per two hours, and waits on the disk for each. */
    private static void backfill(Path promtool, List<Path> files, Path storage, Path work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (Path f : files) {
                runs.add(pool.submit(() -> {
                    Path out = work.resolve(f.getFileName() + ".log");
                    Process p = new ProcessBuilder(promtool.toString(), "tsdb", "create-blocks-from", "openmetrics", "-q",
                            f.toString(), storage.toString()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
                    if (p.waitFor() != 0) {
                        throw new IllegalStateException("promtool failed on " + f + ": " + Files.readString(out));
                    }
                    return null;
                }));
            }
            for (Future<?> r : runs) {
                r.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void awaitReady() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("prometheus stopped: " + Files.readString(log));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(url.resolve("/-/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("prometheus was not ready within " + READY_WITHIN + ": " + Files.readString(log));
    }

    /** A port nothing listens on (it was free a moment ago). */
    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
