package dev.headroom.installers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppInputTest {

    @TempDir
    Path dir;

    private final Platform linux = Platform.parse("linux-x86_64");

    @Test
    void copies_the_manifest_class_path_in_order_and_leaves_out_other_platforms_natives() throws IOException {
        Path target = dir.resolve("target");
        jar(target.resolve("lib/plain-1.0.jar"), null, "a/A.class");
        jar(target.resolve("lib/sqlite-1.0.jar"), null, "org/sqlite/JDBC.class",
                "org/sqlite/native/Linux/x86_64/libsqlitejdbc.so", "org/sqlite/native/Linux/aarch64/libsqlitejdbc.so",
                "org/sqlite/native/Windows/x86_64/sqlitejdbc.dll", "org/sqlite/native/Mac/aarch64/libsqlitejdbc.dylib");
        jar(target.resolve("lib/stale-0.9.jar"), null, "old/Old.class");
        Path app = jar(target.resolve("headroom.jar"), "lib/sqlite-1.0.jar lib/plain-1.0.jar", "Main.class");

        AppInput.Copied copied = AppInput.copy(app, dir.resolve("input"), linux);

        Path input = dir.resolve("input");
        assertThat(copied.jars()).containsExactly(input.resolve("headroom.jar"), input.resolve("lib/sqlite-1.0.jar"),
                input.resolve("lib/plain-1.0.jar"));
        assertThat(input.resolve("lib/stale-0.9.jar")).doesNotExist();
        assertThat(entries(input.resolve("lib/sqlite-1.0.jar"))).contains("org/sqlite/JDBC.class",
                "org/sqlite/native/Linux/x86_64/libsqlitejdbc.so").noneMatch(e -> e.endsWith(".dll")
                || e.endsWith(".dylib") || e.contains("aarch64/lib"));
        assertThat(copied.droppedNatives()).hasSize(3).allMatch(e -> e.startsWith("sqlite-1.0.jar!/org/sqlite/native/"));
        // A jar without foreign natives is the same file, byte for byte.
        assertThat(Files.mismatch(target.resolve("lib/plain-1.0.jar"), input.resolve("lib/plain-1.0.jar"))).isEqualTo(-1);
        try (JarFile kept = new JarFile(input.resolve("lib/sqlite-1.0.jar").toFile())) {
            assertThat(new String(kept.getInputStream(kept.getEntry("org/sqlite/JDBC.class")).readAllBytes(),
                    StandardCharsets.UTF_8)).isEqualTo("org/sqlite/JDBC.class");
        }
    }

    @Test
    void a_library_missing_from_lib_is_named() throws IOException {
        Path target = dir.resolve("target");
        Path app = jar(target.resolve("headroom.jar"), "lib/gone-2.0.jar", "Main.class");
        assertThatThrownBy(() -> AppInput.copy(app, dir.resolve("input"), linux))
                .hasMessageContaining("lib/gone-2.0.jar").hasMessageContaining("package the app module");
    }

    @Test
    void a_jar_without_class_path_is_refused() throws IOException {
        Path app = jar(dir.resolve("fat.jar"), null, "Main.class");
        assertThatThrownBy(() -> AppInput.copy(app, dir.resolve("input"), linux)).hasMessageContaining("no Class-Path");
    }

    @Test
    void a_signed_jar_with_foreign_natives_is_refused_rather_than_broken() throws IOException {
        Path target = dir.resolve("target");
        jar(target.resolve("lib/signed.jar"), null, "META-INF/SIGNER.SF", "x/win-x86_64/foo.dll");
        Path app = jar(target.resolve("headroom.jar"), "lib/signed.jar", "Main.class");
        assertThatThrownBy(() -> AppInput.copy(app, dir.resolve("input"), linux)).hasMessageContaining("signed");
    }

    /** A jar whose entries hold their own names as content; with a Class-Path when given. */
    private static Path jar(Path path, String classPath, String... entries) throws IOException {
        Files.createDirectories(path.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        try (OutputStream out = Files.newOutputStream(path); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (String name : entries) {
                jar.putNextEntry(new ZipEntry(name));
                jar.write(name.getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return path;
    }

    private static List<String> entries(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return new ArrayList<>(Collections.list(file.entries()).stream().map(ZipEntry::getName).toList());
        }
    }
}
