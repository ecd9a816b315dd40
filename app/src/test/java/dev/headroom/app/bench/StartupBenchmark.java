package dev.headroom.app.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * How long the window takes to become usable, from starting {@code java -jar headroom.jar} to the first laid-out
 * frame (HeadroomApp's startup probe), plainly and with the JDK's ahead-of-time cache (JEP 483/514: classes
 * loaded and linked once in a training run, mapped at start). Needs a display: run under Xvfb.
 *
 * <pre>xvfb-run -a -s "-screen 0 1280x800x24" ./mvnw -q -B -Pstartup -DskipTests -pl app -am package</pre>
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "app/target/headroom.jar").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path cache = jar.resolveSibling("headroom.aot");
        Files.deleteIfExists(cache);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> common = List.of("-Dprism.order=sw", "-Dheadroom.startup.probe=true");

        // Training run: the JVM records what the start-up loads and writes the cache when it exits.
        run(command(java, common, "-XX:AOTCacheOutput=" + cache, jar));
        System.out.printf(Locale.ROOT, "AOT cache: %s, %.1f MB%n", cache.getFileName(), Files.size(cache) / 1e6);

        List<Long> plain = new ArrayList<>();
        List<Long> cached = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            // Interleaved, so that other load on the machine hits both alike.
            plain.add(run(command(java, common, null, jar)));
            cached.add(run(command(java, common, "-XX:AOTCache=" + cache, jar)));
        }
        System.out.println("| start | median ms | min ms | max ms | runs |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        row("java -jar headroom.jar", plain);
        row("with the AOT cache", cached);
        System.out.printf(Locale.ROOT, "cores: %d, java %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.version());
    }

    private static List<String> command(String java, List<String> common, String extra, Path jar) {
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(common);
        if (extra != null) {
            cmd.add(extra);
        }
        cmd.addAll(List.of("-jar", jar.toString()));
        return cmd;
    }

    /** Milliseconds from starting the process to the probe's line. */
    private static long run(List<String> cmd) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        long usable = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (usable < 0 && line.startsWith("window usable after")) {
                    usable = (System.nanoTime() - start) / 1_000_000;
                }
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS) || usable < 0) {
            p.destroyForcibly();
            throw new IllegalStateException("the window did not report that it was usable: " + String.join(" ", cmd));
        }
        return usable;
    }

    private static void row(String label, List<Long> ms) {
        List<Long> sorted = ms.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", label, sorted.get(sorted.size() / 2),
                sorted.getFirst(), sorted.getLast(), sorted.size());
    }
}
