package dev.headroom.installers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PackageVersionTest {

    @ParameterizedTest
    @CsvSource({"0.1.0-SNAPSHOT,0.1.0", "1.2.3,1.2.3", "2.0,2.0.0", "1.4.0.Final,1.4.0", "3.1.2+build7,3.1.2"})
    void installers_carry_the_numeric_version(String maven, String installer) {
        assertThat(PackageVersion.of(maven)).isEqualTo(installer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SNAPSHOT", "v1.0", "1", "256.0.0", "1.0.70000"})
    void versions_an_installer_cannot_carry_are_refused(String maven) {
        assertThatThrownBy(() -> PackageVersion.of(maven)).hasMessageContaining(maven);
    }
}
