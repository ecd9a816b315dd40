package dev.headroom.installers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The jars an installer bundles: the application's thin jar and exactly the libraries its manifest's
 * {@code Class-Path} names, copied into a fresh folder. Going by the manifest rather than by what lies in
 * {@code lib/} keeps a stale jar left by an earlier build out of the installer. Each library loses the native
 * libraries of other platforms on the way ({@link Platform#isForeignNative}).
 */
public final class AppInput {

    /** What was copied: the jars in class-path order, and the foreign natives left out, as jar!/entry. */
    public record Copied(List<Path> jars, List<String> droppedNatives) {
    }

    private AppInput() {
    }

    /**
     * Copies {@code appJar} and the libraries of its Class-Path into {@code dest} (created; must not exist),
     * keeping their relative places, so the copied jar's manifest still finds them.
     */
    public static Copied copy(Path appJar, Path dest, Platform platform) throws IOException {
        if (Files.exists(dest)) {
            throw new IOException(dest + " already exists; the installer build starts from an empty folder");
        }
        List<String> classPath = classPath(appJar);
        Files.createDirectories(dest);
        List<Path> jars = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        Path main = dest.resolve(appJar.getFileName());
        Files.copy(appJar, main, StandardCopyOption.COPY_ATTRIBUTES);
        jars.add(main);
        for (String entry : classPath) {
            Path source = appJar.resolveSibling(entry).normalize();
            if (!Files.isRegularFile(source)) {
                throw new IOException(appJar + ": its Class-Path names " + entry + ", which is not at " + source
                        + "; package the app module first (./mvnw -DskipTests package)");
            }
            Path target = dest.resolve(entry).normalize();
            if (!target.startsWith(dest)) {
                throw new IOException(appJar + ": Class-Path entry " + entry + " points outside the application folder");
            }
            Files.createDirectories(target.getParent());
            dropped.addAll(copyWithoutForeignNatives(source, target, platform));
            jars.add(target);
        }
        return new Copied(List.copyOf(jars), List.copyOf(dropped));
    }

    /** The relative paths of the jar's manifest Class-Path, in order. */
    static List<String> classPath(Path appJar) throws IOException {
        try (JarFile jar = new JarFile(appJar.toFile())) {
            if (jar.getManifest() == null) {
                throw new IOException(appJar + " has no manifest");
            }
            String value = jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (value == null || value.isBlank()) {
                throw new IOException(appJar + ": its manifest has no Class-Path; the installer needs the thin jar with lib/");
            }
            return Arrays.stream(value.trim().split("\\s+")).toList();
        }
    }

    /**
     * Copies a jar unchanged when it holds no foreign natives, else rewrites it without them, keeping every
     * other entry's bytes and time. Returns the entries left out.
     */
    static List<String> copyWithoutForeignNatives(Path source, Path target, Platform platform) throws IOException {
        List<String> foreign = new ArrayList<>();
        boolean signed = false;
        try (JarFile jar = new JarFile(source.toFile(), false)) {
            for (var e = jar.entries(); e.hasMoreElements(); ) {
                String name = e.nextElement().getName();
                if (platform.isForeignNative(name)) {
                    foreign.add(name);
                }
                signed |= name.startsWith("META-INF/") && (name.endsWith(".SF") || name.endsWith(".RSA")
                        || name.endsWith(".EC") || name.endsWith(".DSA"));
            }
        }
        if (foreign.isEmpty()) {
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
            return List.of();
        }
        if (signed) {
            throw new IOException(source + " is signed and holds natives of other platforms (" + foreign.getFirst()
                    + "); leaving them out would break its signature");
        }
        try (InputStream in = Files.newInputStream(source); ZipInputStream zin = new ZipInputStream(in);
             OutputStream out = Files.newOutputStream(target); ZipOutputStream zout = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = zin.getNextEntry()) != null; ) {
                if (platform.isForeignNative(entry.getName())) {
                    continue;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                zout.putNextEntry(copy);
                zin.transferTo(zout);
                zout.closeEntry();
            }
        }
        Files.setLastModifiedTime(target, Files.getLastModifiedTime(source));
        String jarName = source.getFileName().toString();
        return foreign.stream().map(entry -> jarName + "!/" + entry).toList();
    }
}
