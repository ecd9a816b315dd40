package dev.headroom.installers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlatformTest {

    private final Platform linux = Platform.parse("linux-x86_64");

    @ParameterizedTest
    @ValueSource(strings = {
            "org/sqlite/native/Linux/aarch64/libsqlitejdbc.so",
            "org/sqlite/native/Linux/arm/libsqlitejdbc.so",
            "org/sqlite/native/Linux/x86/libsqlitejdbc.so",
            "org/sqlite/native/Linux-Musl/x86_64/libsqlitejdbc.so",
            "org/sqlite/native/Linux-Android/aarch64/libsqlitejdbc.so",
            "org/sqlite/native/FreeBSD/x86_64/libsqlitejdbc.so",
            "org/sqlite/native/Windows/x86_64/sqlitejdbc.dll",
            "org/sqlite/native/Mac/aarch64/libsqlitejdbc.dylib",
            "org/bytedeco/openblas/windows-x86_64/libopenblas.dll",
            "org/bytedeco/openblas/linux-arm64/libopenblas.so.0",
            "org/bytedeco/openblas/linux-ppc64le/libopenblas.so.0",
            "glass.dll",
            "libprism_es2.dylib"})
    void natives_of_other_platforms_are_foreign_to_linux_x86_64(String entry) {
        assertThat(linux.isForeignNative(entry)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "org/sqlite/native/Linux/x86_64/libsqlitejdbc.so",
            "org/bytedeco/openblas/linux-x86_64/libopenblas.so.0",
            "org/bytedeco/javacpp/linux-x86_64/libjnijavacpp.so",
            "libglass.so",
            "libprism_es2.so",
            // Not natives at all: classes and resources are never left out.
            "org/sqlite/native/Windows/x86_64/",
            "org/sqlite/JDBC.class",
            "org/bytedeco/openblas/windows-x86_64/README.txt"})
    void own_natives_and_other_entries_are_kept(String entry) {
        assertThat(linux.isForeignNative(entry)).isFalse();
    }

    @Test
    void windows_keeps_its_dlls_and_drops_linux_objects() {
        Platform windows = Platform.parse("windows-x86_64");
        assertThat(windows.isForeignNative("org/sqlite/native/Windows/x86_64/sqlitejdbc.dll")).isFalse();
        assertThat(windows.isForeignNative("org/sqlite/native/Windows/aarch64/sqlitejdbc.dll")).isTrue();
        assertThat(windows.isForeignNative("org/sqlite/native/Linux/x86_64/libsqlitejdbc.so")).isTrue();
    }

    @Test
    void javacpp_names_parse() {
        assertThat(Platform.parse("macosx-arm64")).isEqualTo(new Platform("macos", "aarch64"));
        assertThat(Platform.parse("windows-x86_64")).isEqualTo(new Platform("windows", "x86_64"));
        assertThat(Platform.parse("linux-x86_64").toString()).isEqualTo("linux-x86_64");
        assertThatThrownBy(() -> Platform.parse("solaris-sparc")).hasMessageContaining("solaris");
        assertThatThrownBy(() -> Platform.parse("linux")).hasMessageContaining("os-arch");
    }
}
