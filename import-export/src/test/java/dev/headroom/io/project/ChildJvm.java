package dev.headroom.io.project;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A {@link ProjectChild} in its own JVM (the test's java and class path), with its output lines as they come. */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;

    ChildJvm(String mode, Path file) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        process = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), ProjectChild.class.getName(), mode, file.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // The child was killed mid-line: what arrived before is what counts.
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next line the child printed, waiting up to the timeout; null when none came. */
    String nextLine(long timeoutMillis) throws InterruptedException {
        return lines.poll(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /** Every line printed so far and not yet taken. */
    List<String> drain() {
        List<String> out = new java.util.ArrayList<>();
        lines.drainTo(out);
        return out;
    }

    /**
     * SIGKILL: no shutdown hooks, no closing of files, as in a crash of the process. Returns once every line the
     * child wrote before it died has been read, so that {@link #drain()} sees them all.
     */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        reader.join(10_000);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
