package dev.headroom.installers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds Headroom's installers, run by the Maven profile {@code installer} on the JDK 25 toolchain:
 * <ol>
 *   <li>the app jar and the libraries its manifest names, without other platforms' natives ({@link AppInput});</li>
 *   <li>the JDK modules they need, computed by jdeps on every build, and a jlink runtime of just those;</li>
 *   <li>a jpackage app image with the launcher, icon and the cfg's JVM options;</li>
 *   <li>the AOT cache trained in that image ({@link AotTraining}), unless {@code --aot false};</li>
 *   <li>the packages of {@code --types} (deb, rpm, msi, exe, dmg, pkg) made from the image, with menu entry,
 *       the {@code .headroom} file association, licence and the {@code headroom} command (install scripts in
 *       {@code src/jpackage/<os>}).</li>
 * </ol>
 * Options are {@code --name value} pairs; see installers/pom.xml for the values it passes.
 */
public final class InstallerBuild {

    private final Map<String, String> options;
    private final Path dest;
    private final Path resources;
    private final Platform platform;

    InstallerBuild(Map<String, String> options) {
        this.options = options;
        this.dest = Path.of(required("dest")).toAbsolutePath();
        this.resources = Path.of(required("resources")).toAbsolutePath();
        this.platform = Platform.parse(required("platform"));
    }

    public static void main(String[] args) throws Exception {
        new InstallerBuild(parse(args)).build();
    }

    static Map<String, String> parse(String[] args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("options come in pairs: --name value; got " + Arrays.toString(args));
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected an option name, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private String required(String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing option --" + name);
        }
        return value;
    }

    private String option(String name, String fallback) {
        String value = options.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    void build() throws IOException, InterruptedException {
        long start = System.nanoTime();
        AotTraining.deleteTree(dest.resolve("input"));
        AppInput.Copied input = AppInput.copy(Path.of(required("app-jar")), dest.resolve("input"), platform);
        say("%d jars for %s; left out %d natives of other platforms", input.jars().size(), platform,
                input.droppedNatives().size());

        Set<String> extra = new LinkedHashSet<>(Arrays.stream(option("extra-modules", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList());
        List<String> modules = JdkTools.moduleDeps(input.jars(), extra);
        Files.writeString(dest.resolve("runtime-modules.txt"), String.join(",", modules) + "\n");
        say("runtime modules (jdeps): %s", String.join(",", modules));

        Path runtime = dest.resolve("runtime");
        AotTraining.deleteTree(runtime);
        JdkTools.run("jlink", List.of("--add-modules", String.join(",", modules), "--strip-debug",
                "--no-man-pages", "--no-header-files", "--output", runtime.toString()));

        Path images = dest.resolve("app-image");
        AotTraining.deleteTree(images);
        JdkTools.run("jpackage", appImageArgs(runtime, images));
        Path image = images.resolve(appImageFolder());
        say("app image %s: %.1f MB", image, size(image) / 1e6);

        if (Boolean.parseBoolean(option("aot", "true"))) {
            long bytes = new AotTraining(image, image.resolve(launcherPath()), image.resolve(cfgPath()), dest,
                    Duration.ofSeconds(Long.parseLong(option("aot-timeout", "300")))).buildCache();
            say("AOT cache trained and checked: %.1f MB; app image now %.1f MB", bytes / 1e6, size(image) / 1e6);
        }

        for (String type : option("types", "").split(",")) {
            if (!type.isBlank()) {
                deletePackages(type.strip());
                JdkTools.run("jpackage", packageArgs(type.strip(), image));
            }
        }
        try (Stream<Path> files = Files.list(dest)) {
            for (Path p : files.filter(p -> p.getFileName().toString().matches(".*\\.(deb|rpm|msi|exe|dmg|pkg)")).sorted().toList()) {
                say("package %s: %.1f MB", p.getFileName(), Files.size(p) / 1e6);
            }
        }
        say("done in %.0f s", (System.nanoTime() - start) / 1e9);
    }

    /** Earlier builds' packages of a type go first, so that the folder holds only this build's. */
    private void deletePackages(String type) throws IOException {
        try (Stream<Path> files = Files.list(dest)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith("." + type)).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The app image: runtime, jars, launcher, icon, JVM options; the OS's own app-image settings. */
    List<String> appImageArgs(Path runtime, Path images) {
        List<String> args = new ArrayList<>(List.of("--type", "app-image",
                "--name", required("name"),
                "--dest", images.toString(),
                "--input", dest.resolve("input").toString(),
                "--main-jar", Path.of(required("app-jar")).getFileName().toString(),
                "--main-class", required("main-class"),
                "--runtime-image", runtime.toString(),
                "--app-version", PackageVersion.of(required("version")),
                "--vendor", required("vendor"),
                "--description", required("description"),
                "--copyright", required("copyright"),
                "--icon", icon().toString(),
                // Natives (JavaFX, SQLite, OpenBLAS) load from the class path; the jar manifest's
                // Enable-Native-Access applies to java -jar only.
                "--java-options", "--enable-native-access=ALL-UNNAMED"));
        switch (platform.os()) {
            case "windows" -> args.addAll(List.of(
                    // A second launcher with a console: the GUI launcher has none, so the CLI would print nothing.
                    "--add-launcher", "headroom=" + resources.resolve("windows/headroom-console.properties")));
            case "macos" -> args.addAll(List.of("--mac-package-identifier", "dev.headroom.app",
                    "--mac-package-name", required("name"), "--mac-app-category", "public.app-category.productivity"));
            default -> { }
        }
        return args;
    }

    /** A package of the given type made from the app image, with the OS's desktop integration. */
    List<String> packageArgs(String type, Path image) {
        List<String> args = new ArrayList<>(List.of("--type", type,
                "--app-image", image.toString(),
                "--dest", dest.toString(),
                "--name", required("name"),
                "--app-version", PackageVersion.of(required("version")),
                "--vendor", required("vendor"),
                "--description", required("description"),
                "--copyright", required("copyright"),
                "--license-file", required("license"),
                "--file-associations", resources.resolve("common/headroom-project.properties").toString(),
                "--resource-dir", resources.resolve(platform.os()).toString()));
        String packageName = required("name").toLowerCase(Locale.ROOT);
        switch (type) {
            case "deb", "rpm" -> {
                args.addAll(List.of("--linux-package-name", packageName, "--linux-shortcut",
                        "--linux-menu-group", "Office", "--linux-app-release", option("release", "1")));
                if (type.equals("deb")) {
                    // JavaFX's natives sit inside jars, where jpackage's ldd-based dependency scan cannot see them.
                    args.addAll(List.of("--linux-deb-maintainer", required("maintainer"),
                            "--linux-package-deps", "libgtk-3-0, libgl1, libxxf86vm1"));
                } else {
                    args.addAll(List.of("--linux-rpm-license-type", "GPL-3.0-or-later",
                            "--linux-package-deps", "gtk3, mesa-libGL, libXxf86vm, libXtst"));
                }
            }
            case "msi", "exe" -> args.addAll(List.of("--win-menu", "--win-menu-group", required("name"),
                    "--win-shortcut", "--win-shortcut-prompt", "--win-dir-chooser",
                    // Fixed forever: Windows upgrades in place only a product with the same upgrade code.
                    "--win-upgrade-uuid", "5f0f5d7e-3c1a-4b8e-9a52-6d7c1e2b9f40"));
            case "dmg", "pkg" -> args.addAll(List.of("--mac-package-identifier", "dev.headroom.app",
                    "--mac-package-name", required("name")));
            default -> throw new IllegalArgumentException("unknown installer type '" + type
                    + "' (deb, rpm, msi, exe, dmg, pkg)");
        }
        return args;
    }

    private Path icon() {
        String ext = switch (platform.os()) {
            case "windows" -> "ico";
            case "macos" -> "icns";
            default -> "png";
        };
        return resources.resolve("common/headroom." + ext);
    }

    private String appImageFolder() {
        return platform.os().equals("macos") ? required("name") + ".app" : required("name");
    }

    /** The launcher inside the app image. */
    Path launcherPath() {
        return switch (platform.os()) {
            case "windows" -> Path.of(required("name") + ".exe");
            case "macos" -> Path.of("Contents", "MacOS", required("name"));
            default -> Path.of("bin", required("name"));
        };
    }

    /** The launcher's cfg inside the app image; its folder is the cfg's {@code $APPDIR}. */
    Path cfgPath() {
        return switch (platform.os()) {
            case "windows" -> Path.of("app", required("name") + ".cfg");
            case "macos" -> Path.of("Contents", "app", required("name") + ".cfg");
            default -> Path.of("lib", "app", required("name") + ".cfg");
        };
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void say(String format, Object... args) {
        System.out.println("[installer] " + String.format(Locale.ROOT, format, args));
    }
}
