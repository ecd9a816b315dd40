package dev.headroom.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code headroom template}: the workbook it writes is valid input as it is, and plans (issue #6 round trip). */
class TemplateCommandTest {
    @TempDir
    Path dir;

    @Test
    void theTemplateValidatesAndPlansAsItIs() {
        Path template = dir.resolve("t.xlsx");
        CliRun written = CliRun.of("template", "--out", template.toString());
        assertThat(written.exitCode()).as(written.err()).isZero();

        CliRun validate = CliRun.of("validate", "--input", template.toString());
        assertThat(validate.exitCode()).as(validate.err()).isZero();
        assertThat(validate.out()).contains("valid planning workbook", "3 workloads", "usage: 4 series");

        Path plan = dir.resolve("p.xlsx");
        CliRun planned = CliRun.of("plan", "--input", template.toString(), "--out", plan.toString(), "--time-limit", "5");
        assertThat(planned.exitCode()).as(planned.err()).isZero();
        assertThat(planned.out()).contains("example-pool");
        assertThat(plan).isNotEmptyFile();
    }
}
