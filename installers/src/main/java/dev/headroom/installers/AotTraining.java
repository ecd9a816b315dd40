package dev.headroom.installers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Builds the JDK's ahead-of-time cache (JEP 483/514) into an app image: the image's own launcher starts the
 * window once with {@code -XX:AOTCacheOutput} (a training run, closed by the startup probe at the first laid-out
 * frame), and the launcher's cfg then names the cache with {@code -XX:AOTCache=$APPDIR/headroom.aot}. Training
 * through the launcher itself gives the cache exactly the runtime, class path and options it will meet.
 *
 * <p>The training runs in a throwaway copy of the image, deleted afterwards, so nothing can come to depend on
 * the build folder; the cache is then proved usable by starting the real image with {@code -XX:AOTMode=on},
 * which makes the JVM refuse to start rather than quietly ignore a cache that does not match.
 */
public final class AotTraining {

    /** The cache's file name, beside the launcher's cfg ({@code $APPDIR}). */
    public static final String CACHE = "headroom.aot";
    static final String PROBE_LINE = "window usable after";

    private final Path appImage;
    private final Path launcher;
    private final Path cfg;
    private final Path workDir;
    private final Duration timeout;

    /**
     * @param appImage the image's folder; {@code launcher} and {@code cfg} lie inside it
     * @param workDir  where the training copy, the logs and a throwaway user home go
     * @param timeout  how long one start may take before the build gives up on it
     */
    public AotTraining(Path appImage, Path launcher, Path cfg, Path workDir, Duration timeout) {
        this.appImage = appImage;
        this.launcher = launcher;
        this.cfg = cfg;
        this.workDir = workDir;
        this.timeout = timeout;
    }

    /** Trains, installs the cache into the image and checks that the launcher starts with it; returns its size. */
    public long buildCache() throws IOException, InterruptedException {
        Path training = workDir.resolve("aot-training");
        deleteTree(training);
        Path copy = training.resolve(appImage.getFileName());
        copyTree(appImage, copy);
        Path trainedCfg = copy.resolve(appImage.relativize(cfg));
        Path trainedCache = trainedCfg.resolveSibling(CACHE);
        startWindow(copy.resolve(appImage.relativize(launcher)), "-XX:AOTCacheOutput=" + trainedCache,
                workDir.resolve("aot-training.log"));
        if (!Files.isRegularFile(trainedCache)) {
            throw new IllegalStateException("the training run wrote no AOT cache; see " + workDir.resolve("aot-training.log"));
        }
        Path cache = cfg.resolveSibling(CACHE);
        Files.copy(trainedCache, cache, StandardCopyOption.REPLACE_EXISTING);
        deleteTree(training);
        LauncherConfig.addJavaOption(cfg, "-XX:AOTCache=$APPDIR/" + CACHE);
        // AOTMode=on: the JVM stops with an error if the cache does not match the runtime or class path.
        startWindow(launcher, "-XX:AOTMode=on", workDir.resolve("aot-check.log"));
        return Files.size(cache);
    }

    /**
     * Starts the launcher with the startup probe and extra JVM options (through JAVA_TOOL_OPTIONS, which the
     * JVM reads whatever launched it) and waits for the probe's line and a clean exit. A private user home
     * keeps the builder's recent projects and preferences out of the run.
     */
    private void startWindow(Path exe, String jvmOption, Path log) throws IOException, InterruptedException {
        Path home = workDir.resolve("aot-home");
        deleteTree(home);
        Files.createDirectories(home);
        List<String> command = new ArrayList<>();
        if (needsVirtualDisplay()) {
            command.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24"));
        }
        command.add(exe.toString());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", jvmOption,
                "-Dheadroom.startup.probe=true", "-Duser.home=" + home));
        pb.environment().put("HEADROOM_LOG_DIR", home.resolve("logs").toString());
        Process process = pb.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the window did not start and close within " + timeout.toSeconds()
                    + " s: " + command + "; see " + log);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (process.exitValue() != 0 || !output.contains(PROBE_LINE)) {
            throw new IllegalStateException("starting the window with " + jvmOption + " failed (exit "
                    + process.exitValue() + "); see " + log + ":\n" + tail(output));
        }
        deleteTree(home);
    }

    /** On Linux without a display the training needs Xvfb; Windows and macOS build machines have a desktop. */
    static boolean needsVirtualDisplay() {
        String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        String display = System.getenv("DISPLAY");
        return os.contains("linux") && (display == null || display.isBlank());
    }

    private static String tail(String output) {
        List<String> lines = output.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
