package dev.headroom.installers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LauncherConfigTest {

    @TempDir
    Path dir;

    @Test
    void an_option_goes_at_the_end_of_the_java_options_section_once() throws IOException {
        Path cfg = dir.resolve("Headroom.cfg");
        Files.writeString(cfg, """
                [Application]
                app.classpath=$APPDIR/headroom.jar
                app.mainclass=dev.headroom.app.Main

                [JavaOptions]
                java-options=-Djpackage.app-version=0.1.0
                java-options=--enable-native-access=ALL-UNNAMED

                [ArgOptions]
                arguments=x
                """);
        LauncherConfig.addJavaOption(cfg, "-XX:AOTCache=$APPDIR/headroom.aot");
        LauncherConfig.addJavaOption(cfg, "-XX:AOTCache=$APPDIR/headroom.aot");

        assertThat(LauncherConfig.javaOptions(cfg)).containsExactly("-Djpackage.app-version=0.1.0",
                "--enable-native-access=ALL-UNNAMED", "-XX:AOTCache=$APPDIR/headroom.aot");
        assertThat(Files.readString(cfg)).contains("java-options=-XX:AOTCache=$APPDIR/headroom.aot\n\n[ArgOptions]");
    }

    @Test
    void a_cfg_without_java_options_gets_the_section() throws IOException {
        Path cfg = dir.resolve("Headroom.cfg");
        Files.writeString(cfg, "[Application]\napp.mainclass=dev.headroom.app.Main\n");
        LauncherConfig.addJavaOption(cfg, "-Xss2m");
        assertThat(Files.readString(cfg)).isEqualTo("[Application]\napp.mainclass=dev.headroom.app.Main\n\n"
                + "[JavaOptions]\njava-options=-Xss2m\n");
    }
}
